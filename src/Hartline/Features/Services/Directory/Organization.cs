using Hartline.Security.Audit;

namespace Hartline.Features.Services.Directory;

/// <summary>
/// An organisation that provides services (HSDS <c>organization</c>). It may be a Hartline agency, whose
/// Provider users then keep its services' availability current; many listed organisations never sign in.
/// </summary>
public sealed class Organization : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    [ShownInAudit] public required string Name { get; set; }
    public string? AlternateName { get; set; }
    public required string Description { get; set; }
    public string? Email { get; set; }
    public string? Website { get; set; }
    public int? YearIncorporated { get; set; }
    public string? LegalStatus { get; set; }
    public string? Logo { get; set; }
    public string? Uri { get; set; }
    public Guid? ParentOrganizationId { get; set; }
    /// <summary>The Hartline agency this organisation is, when it signs in (Hartline's own column, not in HSDS).</summary>
    public Guid? AgencyId { get; set; }
}

/// <summary>A group of related services an organisation runs under one name (HSDS <c>program</c>).</summary>
public sealed class ServiceProgram : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; set; }
    [ShownInAudit] public required string Name { get; set; }
    public string? AlternateName { get; set; }
    public required string Description { get; set; }
}
