using Hartline.Features.People.Duplicates;
using Hartline.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hartline.Features.People.Review;

/// <summary>
/// Asks before a merge is undone, from the merge history or from the pair's page (<c>?pair=</c>), and posts back
/// to the Undo handler of the page it came from. Only for a merge still in force of youth the coordinator may see.
/// </summary>
[Authorize(Policy = Policies.ReviewDuplicates)]
public sealed class UndoMergeModel(PersonMerging merging, DuplicateReview review, CurrentActor actor) : PageModel
{
    public Confirmation Confirm { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid mergeId, Guid? pair, CancellationToken ct)
    {
        var merge = (await merging.ListAsync(actor.Value, ct)).FirstOrDefault(m => m.Id == mergeId && m.UndoneAt is null);
        if (merge is null) return NotFound();
        if (pair is { } pairId && (await review.OpenAsync(pairId, actor.Value, ct))?.ActiveMergeId != mergeId) return NotFound();
        var (action, back) = pair is { } p
            ? ($"/People/Duplicates/{p}?handler=Undo&mergeId={mergeId}", $"/People/Duplicates/{p}")
            : ($"/People/Merges?handler=Undo&mergeId={mergeId}", "/People/Merges");
        Confirm = new Confirmation($"Undo the merge of {merge.Merged} into {merge.Survivor}?",
        [
            $"The referrals, cases and screenings that moved to {merge.Survivor} in the merge of {merge.MergedAt:yyyy-MM-dd} go back to {merge.Merged}.",
            $"{merge.Merged} is a youth of their own again; both records stay, and the merge stays in the history, marked undone.",
            "The pair comes back to the review queue, to be decided again.",
        ],
            "Yes, undo the merge", action, back);
        return Page();
    }
}
