using Hartline.Security.Audit;

namespace Hartline.Features.Services.Directory;

/// <summary>
/// What an organisation offers a youth (HSDS <c>service</c>). Eligibility is the description, the age bounds
/// and attribute rows (HSDS 3.0 has no eligibility table): Hartline's facets — service types, genders, regions,
/// populations, a guardian's consent — are attribute rows on Hartline's taxonomies (<see cref="HartlineTaxonomies"/>).
/// </summary>
public sealed class Service : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; set; }
    public Guid? ProgramId { get; set; }
    [ShownInAudit] public required string Name { get; set; }
    public string? AlternateName { get; set; }
    public string? Description { get; set; }
    public string? Url { get; set; }
    public string? Email { get; set; }
    [ShownInAudit] public ServiceStatus Status { get; set; } = ServiceStatus.Active;
    public string? InterpretationServices { get; set; }
    public string? ApplicationProcess { get; set; }
    public string? FeesDescription { get; set; }
    public string? Accreditations { get; set; }
    public string? EligibilityDescription { get; set; }
    [ShownInAudit] public int? MinimumAge { get; set; }
    [ShownInAudit] public int? MaximumAge { get; set; }
    public DateOnly? AssuredDate { get; set; }
    public string? AssurerEmail { get; set; }
    public string? Alert { get; set; }
    public DateTime? LastModified { get; set; }
}

/// <summary>HSDS's service statuses; in files they are written "active", "inactive", "defunct", "temporarily closed".</summary>
public enum ServiceStatus { Active, Inactive, Defunct, TemporarilyClosed }
