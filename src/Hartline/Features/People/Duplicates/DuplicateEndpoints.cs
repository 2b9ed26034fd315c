using Hartline.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hartline.Features.People.Duplicates;

public static class DuplicateEndpoints
{
    public static RouteGroupBuilder MapDuplicateReview(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/people").WithTags("Duplicates").RequireAuthorization(Policies.ReviewDuplicates);
        g.MapGet("/possible-duplicates", async (DuplicateReview review, CurrentActor actor, int? page, CancellationToken ct) =>
        {
            var (items, total) = await review.QueueAsync(actor.Value, page ?? 1, ct);
            return new PossibleDuplicatePage(items, total, page ?? 1, DuplicateReview.PageSize);
        }).WithSummary("Open pairs of registry records that may be the same youth, most likely first.");
        g.MapGet("/possible-duplicates/{id:guid}", Get).WithSummary("A pair side by side with the per-field explanation (audited).");
        g.MapPost("/possible-duplicates/{id:guid}/merge", Merge).WithSummary("Merge the pair, keeping the chosen record; undoable.");
        g.MapPost("/possible-duplicates/{id:guid}/not-duplicates", Dismiss).WithSummary("Record that the two records are different youth.");
        g.MapGet("/merges", (PersonMerging merging, CurrentActor actor, CancellationToken ct) => merging.ListAsync(actor.Value, ct))
            .WithSummary("Merges, newest first.");
        g.MapPost("/merges/{id:guid}/undo", Undo).WithSummary("Undo a merge: the moved referrals, cases and screenings go back.");
        return api;
    }

    private static async Task<Results<Ok<PossibleDuplicateView>, NotFound>> Get(Guid id, DuplicateReview review, CurrentActor actor, CancellationToken ct) =>
        await review.OpenAsync(id, actor.Value, ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound();

    private static async Task<Results<Ok<MergeDone>, NotFound, ValidationProblem>> Merge(Guid id, MergeInput body, PersonMerging merging,
        CurrentActor actor, CancellationToken ct)
    {
        var merged = await merging.MergeAsync(id, body, actor.Value, ct);
        return merged.Kind switch
        {
            OutcomeKind.Done => TypedResults.Ok(new MergeDone(merged.Value)),
            OutcomeKind.NotFound => TypedResults.NotFound(),
            _ => TypedResults.ValidationProblem(Errors.CamelCase(merged.Errors)), // named as in the request: survivorId, reason
        };
    }

    private static async Task<Results<NoContent, NotFound>> Dismiss(Guid id, DuplicateReview review, CurrentActor actor, CancellationToken ct) =>
        await review.DismissAsync(id, actor.Value, ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<Results<NoContent, NotFound, ValidationProblem>> Undo(Guid id, PersonMerging merging, CurrentActor actor, CancellationToken ct)
    {
        var undone = await merging.UndoAsync(id, actor.Value, ct);
        return undone.Kind switch
        {
            OutcomeKind.Done => TypedResults.NoContent(),
            OutcomeKind.NotFound => TypedResults.NotFound(),
            _ => TypedResults.ValidationProblem(undone.Errors),
        };
    }
}

public sealed record MergeDone(Guid MergeId);
public sealed record PossibleDuplicatePage(IReadOnlyList<PossibleDuplicateItem> Items, int Total, int Page, int PageSize);
