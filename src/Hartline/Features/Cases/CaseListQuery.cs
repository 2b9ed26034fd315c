using Hartline.Features.Shared;

namespace Hartline.Features.Cases;

/// <summary>The columns the case list sorts by.</summary>
public enum CaseSort { Opened, Youth, Born, Region, Status, Owner }

/// <summary>
/// What the case list shows: filters that combine, a sort, a page. Bound from the query string by the
/// page and the API alike, so a link to a filtered, sorted page keeps working.
/// </summary>
public sealed class CaseListQuery
{
    // Nullable, every one: a missing parameter is no filter (the API binds these as optional).
    public int? Page { get; set; }
    public CaseStatus? Status { get; set; }
    public string? Region { get; set; }
    /// <summary>The owner agency's id.</summary>
    public Guid? Owner { get; set; }
    /// <summary>The primary worker: a user's id, "me", or "none" for cases with no primary worker.</summary>
    public string? Worker { get; set; }
    /// <summary>Only cases with a referral that raised an immediate safety concern.</summary>
    public bool? Safety { get; set; }
    public AgeGroup? Age { get; set; }
    public CaseSort? Sort { get; set; }
    public CaseSort SortedBy => Sort ?? CaseSort.Opened;
    /// <summary>Whether any filter narrows the list (a sort or a page does not).</summary>
    public bool Filtered => Status is not null || !string.IsNullOrWhiteSpace(Region) || Owner is not null
        || !string.IsNullOrWhiteSpace(Worker) || Safety == true || Age is not null;
    /// <summary>"asc" or "desc"; the default is the one the column is usually read in (newest first, names A–Z).</summary>
    public string? Dir { get; set; }

    public bool Descending => Dir is null ? SortedBy is CaseSort.Opened or CaseSort.Born : Dir.Equals("desc", StringComparison.OrdinalIgnoreCase);

    /// <summary>The query string for the same filters, with a different sort (page 1) or page.</summary>
    public string Link(CaseSort? sort = null, int? page = null) => QueryLink.Of(
        ("status", Status), ("region", Region), ("owner", Owner), ("worker", Worker), ("safety", Safety == true ? "true" : null), ("age", Age),
        ("sort", sort ?? Sort),
        ("dir", sort is { } s ? QueryLink.NextDirection(s == SortedBy, Descending) : Dir), ("page", page is > 1 ? page : null));
}
