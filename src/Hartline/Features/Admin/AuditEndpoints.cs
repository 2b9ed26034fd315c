using Hartline.Security;

namespace Hartline.Features.Admin;

public static class AuditEndpoints
{
    public static RouteGroupBuilder MapAudit(this RouteGroupBuilder api)
    {
        api.MapGet("/audit", (AuditSearch search, string? user, string? record, DateOnly? from, DateOnly? to, int? page, CancellationToken ct) =>
                search.SearchAsync(new AuditQuery(user, record, from, to, page ?? 1), ct))
            .WithTags("Admin").RequireAuthorization(Policies.Administer)
            .WithSummary("Search the audit trail by user (e-mail contains), record id and date range.");
        return api;
    }
}
