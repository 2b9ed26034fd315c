using Hartline.Security.Audit;
namespace Hartline.Features.People.Duplicates;

public enum PossibleDuplicateStatus { Open, Merged, NotDuplicates }

/// <summary>
/// Two registry records the linkage engine thinks may be the same youth, waiting for a coordinator.
/// Found by a batch run over the registry or at intake (including matches the worker could not see).
/// PersonAId is always the smaller id, so a pair is stored once.
/// </summary>
public sealed class PossibleDuplicate : IAudited, Hartline.Data.IVersioned
{
    /// <summary>Counts the saves that changed it (<see cref="Hartline.Data.IVersioned"/>).</summary>
    public int Version { get; set; }
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid PersonAId { get; set; }
    public Guid PersonBId { get; set; }
    public double Probability { get; set; }
    /// <summary>The engine's per-field explanation (JSON), as it was when the pair was found.</summary>
    public string Explanation { get; set; } = "[]";
    [Hartline.Security.Audit.ShownInAudit]
    public required string FoundBy { get; set; }
    public DateTime FoundAt { get; set; }
    public PossibleDuplicateStatus Status { get; set; } = PossibleDuplicateStatus.Open;
    public DateTime? DecidedAt { get; set; }
    public Guid? DecidedById { get; set; }

    public static (Guid A, Guid B) Order(Guid x, Guid y) => x.CompareTo(y) < 0 ? (x, y) : (y, x);
}
