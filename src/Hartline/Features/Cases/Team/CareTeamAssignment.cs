namespace Hartline.Features.Cases.Team;

/// <summary>
/// A person on the youth's care team for a while. Ended, never deleted: the history is what the
/// continuity measure counts (seed 002: "adults in their lives changed often").
/// </summary>
public sealed class CareTeamAssignment : Security.Audit.IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    public CareTeamRole Role { get; set; }
    /// <summary>The Hartline user, when the person has an account.</summary>
    public Guid? UserId { get; set; }
    /// <summary>The name shown: the user's display name, or a person without an account (a school counselor).</summary>
    public required string Name { get; set; }
    public Guid? AgencyId { get; set; }
    public DateOnly StartedOn { get; set; }
    public DateOnly? EndedOn { get; set; }
    [Hartline.Security.Audit.ConfidentialText]
    public string? EndReason { get; set; }
    public Guid AssignedById { get; set; }
    [Hartline.Data.CreationStamp]
    public DateTime AssignedAt { get; set; }

    public bool IsCurrentOn(DateOnly day) => StartedOn <= day && (EndedOn is null || EndedOn > day);
}

public enum CareTeamRole
{
    PrimaryWorker,
    MdtCoordinator,
    Advocate,
    Attorney,
    Therapist,
    MedicalProvider,
    LawEnforcement,
    Mentor,
    SurvivorMentor,
    SchoolContact,
    PlacementProvider,
    Other,
}

public static class CareTeamStart
{
    /// <summary>The worker who opens a case becomes its first primary worker (saved with the case).</summary>
    public static CareTeamAssignment FirstPrimaryWorker(Case @case, Guid userId, string name, DateTime at) => new()
    {
        CaseId = @case.Id, Role = CareTeamRole.PrimaryWorker, UserId = userId, Name = name, AgencyId = @case.OwnerAgencyId,
        StartedOn = @case.OpenedOn, AssignedById = userId, AssignedAt = at,
    };
}
