using Hartline.Security.Audit;
namespace Hartline.Features.People.Duplicates;

/// <summary>
/// A merge of one registry record into another, with exactly what moved, so it can be undone. Neither
/// person record is deleted: the merged one points at the survivor until the merge is undone.
/// </summary>
public sealed class PersonMerge : IAudited, Hartline.Data.IVersioned
{
    /// <summary>Counts the saves that changed it (<see cref="Hartline.Data.IVersioned"/>).</summary>
    public int Version { get; set; }
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SurvivorId { get; set; }
    public Guid MergedId { get; set; }
    public Guid? PossibleDuplicateId { get; set; }
    /// <summary>Ids (JSON arrays) of the referrals, cases and screenings moved from the merged person to the survivor.</summary>
    [Hartline.Security.Audit.ShownInAudit]
    public string MovedReferrals { get; set; } = "[]";
    [Hartline.Security.Audit.ShownInAudit]
    public string MovedCases { get; set; } = "[]";
    [Hartline.Security.Audit.ShownInAudit]
    public string MovedScreenings { get; set; } = "[]";
    public string? Reason { get; set; }
    public DateTime MergedAt { get; set; }
    public Guid MergedById { get; set; }
    public DateTime? UndoneAt { get; set; }
    public Guid? UndoneById { get; set; }
}
