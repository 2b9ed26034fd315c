using Hartline.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hartline.Features.Admin;

public static class AuditEndpoints
{
    public static RouteGroupBuilder MapAudit(this RouteGroupBuilder api)
    {
        api.MapGet("/audit", Search).WithName("searchAuditTrail").WithTags("Admin").RequireAuthorization(Policies.Administer)
            .WithSummary("Search the audit trail, newest first, 50 events a page: user (part of the e-mail, or the user's id), agency (id), " +
                "action, entity (kind of record) and record (its id), from and to (days, yyyy-MM-dd, the jurisdiction's). Filters combine. " +
                "Names, dates of birth, places, contacts and free text appear in details only as their length or \"(not shown)\".");
        api.MapGet("/audit.csv", Export).WithName("exportAuditTrail").WithTags("Admin").RequireAuthorization(Policies.Administer)
            .Produces(StatusCodes.Status200OK, typeof(Stream), "text/csv")
            .WithSummary("The same search as CSV (the newest 50,000 events at most), in words and the jurisdiction's time. Audited as an export.");
        return api;
    }

    private static async Task<Results<Ok<AuditResults>, ValidationProblem>> Search([AsParameters] AuditFilter filter, AuditSearch search, CancellationToken ct)
    {
        var (query, errors) = filter.Check();
        return errors.Count > 0 ? TypedResults.ValidationProblem(errors) : TypedResults.Ok(await search.SearchAsync(query, ct));
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem>> Export([AsParameters] AuditFilter filter, AuditExport export, CancellationToken ct)
    {
        var (query, errors) = filter.Check();
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        var csv = await export.CsvAsync(query, ct);
        return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(csv), "text/csv; charset=utf-8", "audit-log.csv");
    }
}
