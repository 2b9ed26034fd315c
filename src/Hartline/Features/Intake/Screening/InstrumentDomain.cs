namespace Hartline.Features.Intake.Screening;

/// <summary>A group of related items (e.g. housing and caregiving); reasons and conditions refer to it by code.</summary>
public sealed record InstrumentDomain(string Code, string Title, string Guidance, IReadOnlyList<InstrumentItem> Items);

/// <summary>
/// One thing the worker rates from what they already know. <see cref="Critical"/> marks items that point to
/// exploitation itself, so a scoring rule can say "any critical item rated at least V" without listing them.
/// </summary>
public sealed record InstrumentItem(string Code, string Text, string Guidance, string Scale, bool Critical = false);
