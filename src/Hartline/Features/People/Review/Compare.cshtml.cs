using Hartline.Features.People.Duplicates;
using Hartline.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hartline.Features.People.Review;

[Authorize(Policy = Policies.ReviewDuplicates)]
public sealed class CompareModel(DuplicateReview review, PersonMerging merging, CurrentActor actor) : PageModel
{
    public PossibleDuplicateView? View { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        View = await review.OpenAsync(id, actor.Value, ct);
        return View is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostMergeAsync(Guid id, MergeInput input, CancellationToken ct)
    {
        if (await review.OpenAsync(id, actor.Value, ct) is null) return NotFound();
        var merged = await merging.MergeAsync(id, input, actor.Value, ct);
        if (merged.Kind == OutcomeKind.Done) return Redirect($"/People/Duplicates/{id}");
        ModelState.AddOutcomeErrors(merged.Errors);
        return await OnGetAsync(id, ct);
    }

    public async Task<IActionResult> OnPostNotDuplicatesAsync(Guid id, CancellationToken ct)
    {
        if (await review.OpenAsync(id, actor.Value, ct) is null) return NotFound();
        await review.DismissAsync(id, actor.Value, ct);
        return Redirect("/People/Duplicates");
    }

    public async Task<IActionResult> OnPostUndoAsync(Guid id, Guid mergeId, CancellationToken ct)
    {
        if (await review.OpenAsync(id, actor.Value, ct) is null) return NotFound();
        var undone = await merging.UndoAsync(mergeId, actor.Value, ct, pairId: id);
        if (undone.Kind == OutcomeKind.NotFound) return NotFound();
        ModelState.AddOutcomeErrors(undone.Errors);
        return ModelState.IsValid ? Redirect($"/People/Duplicates/{id}") : await OnGetAsync(id, ct);
    }
}
