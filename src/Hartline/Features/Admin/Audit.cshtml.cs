using Hartline.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hartline.Features.Admin;

[Authorize(Policy = Policies.Administer)]
public sealed class AuditModel(AuditSearch search, Jurisdictions.Jurisdiction j) : PageModel
{
    public AuditQuery Query { get; private set; } = new();
    public AuditResults Results { get; private set; } = new([], 1, AuditSearch.PageSize, false);

    public async Task OnGetAsync(string? user, string? record, DateOnly? from, DateOnly? to, int? page, CancellationToken ct)
    {
        Query = new AuditQuery(user, record, from, to, page ?? 1);
        Results = await search.SearchAsync(Query, ct);
    }

    /// <summary>Events are stored in UTC; the page shows them on the jurisdiction's clock, like the day filters.</summary>
    public DateTime Local(DateTime utc) => j.ToLocal(utc);

    public string PageLink(int page) =>
        $"?user={Uri.EscapeDataString(Query.User ?? "")}&record={Uri.EscapeDataString(Query.Record ?? "")}" +
        $"&from={Query.From:yyyy-MM-dd}&to={Query.To:yyyy-MM-dd}&page={page}";
}
