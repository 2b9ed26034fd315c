using Hartline.Features.Shared;

namespace Hartline.Features.Intake;

/// <summary>The columns the referral list sorts by.</summary>
public enum ReferralSort { Received, Youth, Source, Status }

/// <summary>What the referral list shows: filters that combine, a sort, a page (query string, page and API alike).</summary>
public sealed class ReferralListQuery
{
    // Nullable, every one: a missing parameter is no filter (the API binds these as optional).
    public int? Page { get; set; }
    public ReferralStatus? Status { get; set; }
    public string? Region { get; set; }
    /// <summary>The receiving agency's id.</summary>
    public Guid? Agency { get; set; }
    public bool? Safety { get; set; }
    /// <summary>The youth's age today.</summary>
    public AgeGroup? Age { get; set; }
    /// <summary>Only referrals not yet determined that were received at least this many days ago.</summary>
    public int? Waiting { get; set; }
    public ReferralSort? Sort { get; set; }
    public ReferralSort SortedBy => Sort ?? ReferralSort.Received;
    public string? Dir { get; set; }

    public bool Descending => Dir is null ? SortedBy == ReferralSort.Received : Dir.Equals("desc", StringComparison.OrdinalIgnoreCase);

    public string Link(ReferralSort? sort = null, int? page = null) => QueryLink.Of(
        ("status", Status), ("region", Region), ("agency", Agency), ("safety", Safety == true ? "true" : null), ("age", Age),
        ("waiting", Waiting), ("sort", sort ?? Sort),
        ("dir", sort is { } s ? QueryLink.NextDirection(s == SortedBy, Descending) : Dir), ("page", page is > 1 ? page : null));
}
