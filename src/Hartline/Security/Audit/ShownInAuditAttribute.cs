namespace Hartline.Security.Audit;

/// <summary>
/// Text (or a list of texts) that the audit trail may write as it is: a code of a vocabulary ("careline",
/// "R2"), the name of an agency or team, ids kept as text. Every other text is written only as its
/// length (see <see cref="AuditValues"/>): a new text field stays out of the trail until someone decides
/// it is safe to show an Administrator, who may not open a case file.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ShownInAuditAttribute : Attribute;
