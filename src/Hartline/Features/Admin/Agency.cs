using Hartline.Security.Audit;
namespace Hartline.Features.Admin;

/// <summary>An organisation on the response team. Every user belongs to exactly one.</summary>
public sealed class Agency : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    [Hartline.Security.Audit.ShownInAudit]
    public required string Name { get; set; }
    public AgencyKind Kind { get; set; }
    public bool IsActive { get; set; } = true;
    [Hartline.Data.CreationStamp]
    public DateTime CreatedAt { get; set; }
}

public enum AgencyKind
{
    [System.ComponentModel.DataAnnotations.Display(Name = "Child welfare")] ChildWelfare,
    [System.ComponentModel.DataAnnotations.Display(Name = "Law enforcement")] LawEnforcement,
    Prosecution,
    [System.ComponentModel.DataAnnotations.Display(Name = "Service provider")] ServiceProvider,
    Medical,
    School,
    Coordination,
    Other,
}
