using Hartline.Security.Audit;

namespace Hartline.Features.Services.Directory;

/// <summary>A vocabulary of terms (HSDS <c>taxonomy</c>): Hartline's service types and eligibility facets, or an imported one.</summary>
public sealed class Taxonomy : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    [ShownInAudit] public required string Name { get; set; }
    public required string Description { get; set; }
    public string? Uri { get; set; }
    public string? Version { get; set; }
}

/// <summary>One term of a taxonomy (HSDS <c>taxonomy_term</c>), perhaps under a broader one.</summary>
public sealed class TaxonomyTerm : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string? Code { get; set; }
    [ShownInAudit] public required string Name { get; set; }
    public required string Description { get; set; }
    public Guid? ParentId { get; set; }
    /// <summary>HSDS's older free-text name of the taxonomy, kept as imported.</summary>
    public string? TaxonomyName { get; set; }
    public string? Language { get; set; }
    public Guid? TaxonomyId { get; set; }
    public string? TermUri { get; set; }
}

/// <summary>
/// A taxonomy term applied to any directory record (HSDS <c>attribute</c>): "this service is trauma-specific
/// mental health", "serves boys and male-bodied youth", "region: New Haven". <see cref="LinkEntity"/> names the
/// table <see cref="LinkId"/> is in ("service", "organization", …), as HSDS writes it.
/// </summary>
public sealed class DirectoryAttribute : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid LinkId { get; set; }
    public Guid TaxonomyTermId { get; set; }
    public string? LinkType { get; set; }
    public required string LinkEntity { get; set; }
    public string? Value { get; set; }
}
