using Hartline.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hartline.Features.Cases;

public static class CaseEndpoints
{
    public static RouteGroupBuilder MapCases(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/cases").WithTags("Cases").RequireAuthorization(Policies.CaseRecords);
        g.MapGet("/", List).WithSummary("Cases visible to you, 50 a page: filters combine (status, region, owner, worker = id|me|none, safety, age), sort by a column (dir asc|desc).");
        g.MapGet("/{id:guid}", Get).WithSummary("One case file (the view is audited). 404 when missing or not yours to see.");
        return api;
    }

    private static Task<CasePage> List(CaseFiles files, CurrentActor actor, [AsParameters] CaseListQuery query, CancellationToken ct) =>
        files.ListAsync(actor.Value, query, ct);

    private static async Task<Results<Ok<CaseFile>, NotFound>> Get(Guid id, CaseFiles files, HttpContext http, CancellationToken ct) =>
        await files.OpenAsync(id, Actor.FromPrincipal(http.User), ct) is { } file ? TypedResults.Ok(file) : TypedResults.NotFound();
}
