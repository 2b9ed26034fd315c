using Hartline.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hartline.Features.Search;

public static class SearchEndpoints
{
    public static RouteGroupBuilder MapSearch(this RouteGroupBuilder api)
    {
        api.MapGet("/search", Find).WithTags("Search").RequireAuthorization(Policies.CaseRecords)
            .WithName("searchYouth")
            .WithSummary("Youth you may see, found by name (misspellings, nicknames, either order), date of birth, case or referral id, or Careline report number. Audited.");
        return api;
    }

    private static async Task<Results<Ok<SearchResults>, ValidationProblem>> Find(string? q, YouthSearch search, CurrentActor actor, CancellationToken ct)
    {
        var result = await search.FindAsync(q, actor.Value, ct);
        return result.Problem is { } problem
            ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["q"] = [problem] })
            : TypedResults.Ok(result);
    }
}
