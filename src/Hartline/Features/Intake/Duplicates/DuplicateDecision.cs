using Hartline.Security.Audit;
namespace Hartline.Features.Intake.Duplicates;

public enum DuplicateVerdict { SamePerson, DifferentPerson }

/// <summary>
/// A worker's answer to "is this the same youth?" for a candidate shown at intake. Kept so the
/// linkage engine never asks again about a pair a person has settled, and so the choice is auditable.
/// </summary>
public sealed class DuplicateDecision : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ReferralId { get; set; }
    public Guid CandidatePersonId { get; set; }
    public DuplicateVerdict Verdict { get; set; }
    public double Score { get; set; }
    public Guid DecidedById { get; set; }
    public DateTime DecidedAt { get; set; }
}
