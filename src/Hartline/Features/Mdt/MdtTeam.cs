using Hartline.Security.Audit;

namespace Hartline.Features.Mdt;

/// <summary>
/// A regional multidisciplinary team (Connecticut's HART runs one per DCF region). Teams are made
/// inactive, never deleted, so the minutes of their meetings keep their context.
/// </summary>
public sealed class MdtTeam : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    [Hartline.Security.Audit.ShownInAudit]
    public required string Name { get; set; }
    /// <summary>A region code of the jurisdiction (R1–R6 in Connecticut).</summary>
    [Hartline.Security.Audit.ShownInAudit]
    public required string RegionCode { get; set; }
    public bool IsActive { get; set; } = true;
    public Guid CreatedById { get; set; }
    [Hartline.Data.CreationStamp]
    public DateTime CreatedAt { get; set; }
    public List<MdtMember> Members { get; set; } = [];
}

/// <summary>
/// A seat on a team: an agency and the person who sits for it, in one of the roles of the HART
/// organisation chart (seed 002). The person is a Hartline user, or only a name for partners who do not
/// sign in (a faith-based partner, say). Members leave on a date; they are never removed.
/// </summary>
public sealed class MdtMember : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TeamId { get; set; }
    public Guid AgencyId { get; set; }
    public Guid? UserId { get; set; }
    /// <summary>The person's name as shown on rosters and minutes (the user's display name when a user).</summary>
    public required string Name { get; set; }
    public MdtRole Role { get; set; }
    public DateOnly JoinedOn { get; set; }
    public DateOnly? LeftOn { get; set; }

    public bool SitsOn(DateOnly day) => JoinedOn <= day && (LeftOn is null || LeftOn >= day);
}

/// <summary>The seats of the HART organisation chart (seed 002, slide 9) that sit on a regional MDT.</summary>
public enum MdtRole
{
    MdtCoordinator,
    DcfLiaison,
    LawEnforcementLiaison,
    Prosecutor,
    ServiceProvider,
    MedicalAdvocate,
    MentalHealth,
    SchoolOutreach,
    Attorney,
    SurvivorAdvocate,
    HomelessYouthAdvocate,
    FaithBasedPartner,
    Ems,
    Other,
}
