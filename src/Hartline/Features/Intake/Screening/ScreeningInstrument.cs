namespace Hartline.Features.Intake.Screening;

/// <summary>
/// One version of a screening instrument, loaded from <c>Instruments/{code}.v{version}.json</c>. Responses are
/// stored against <see cref="Key"/> and item codes, so a published version never changes: new wording is a new
/// version, and a youth re-screened later is scored by the version they were screened with.
/// </summary>
public sealed record ScreeningInstrument(
    string Code,
    int Version,
    string Title,
    string Purpose,
    string Audience,
    string Guidance,
    IReadOnlyList<RatingScale> Scales,
    IReadOnlyList<InstrumentDomain> Domains,
    ScoringRule Scoring)
{
    /// <summary>The code and version together, e.g. <c>brief-intake-screen.v1</c>; also the file name without <c>.json</c>.</summary>
    public string Key => $"{Code}.v{Version}";

    /// <summary>Every item of every domain, in the order a worker meets them.</summary>
    public IReadOnlyList<InstrumentItem> Items => [.. Domains.SelectMany(d => d.Items)];

    public InstrumentItem? FindItem(string itemCode) => Items.FirstOrDefault(i => i.Code == itemCode);

    public InstrumentDomain DomainOf(InstrumentItem item) =>
        Domains.FirstOrDefault(d => d.Items.Contains(item))
        ?? throw new ArgumentException($"Item '{item.Code}' is not part of {Key}.", nameof(item));

    public RatingScale ScaleOf(InstrumentItem item) =>
        Scales.FirstOrDefault(s => s.Code == item.Scale)
        ?? throw new ArgumentException($"Item '{item.Code}' uses the scale '{item.Scale}', which {Key} does not define.", nameof(item));
}
