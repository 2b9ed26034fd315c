namespace Hartline.Security.Audit;

/// <summary>
/// A value that is not text but identifies a youth (a date of birth). Dates are otherwise written into
/// the audit trail as they are; this one is written only as "(not shown)".
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class IdentifyingAttribute : Attribute;
