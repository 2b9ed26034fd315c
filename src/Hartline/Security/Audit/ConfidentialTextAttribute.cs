namespace Hartline.Security.Audit;

/// <summary>
/// Free text about a youth or a case (a note, a decision, an offender's alias). The audit trail records
/// that it was written or changed and how long it is, never the words: Administrators review the trail
/// but may not read case files. Every text is kept out of the trail unless marked
/// <see cref="ShownInAuditAttribute"/>; this says so on the fields where it matters most, and wins over that mark.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ConfidentialTextAttribute : Attribute;
