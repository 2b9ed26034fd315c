using Hartline.Features.People.Duplicates;
using Hartline.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hartline.Features.People.Review;

/// <summary>
/// Asks before two records are merged, saying what moves and that it can be undone; the reason is written here.
/// Only for an open pair the coordinator may see (404 otherwise); the compare page's Merge handler merges.
/// </summary>
[Authorize(Policy = Policies.ReviewDuplicates)]
public sealed class MergeModel(DuplicateReview review, CurrentActor actor) : PageModel
{
    public PossibleDuplicateView View { get; private set; } = null!;
    public Guid? Keep { get; private set; }
    public Confirmation Confirm { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid? keep, CancellationToken ct)
    {
        if (await review.OpenAsync(id, actor.Value, ct) is not { Status: PossibleDuplicateStatus.Open } view) return NotFound();
        (View, Keep) = (view, keep == view.A.Id || keep == view.B.Id ? keep : null);
        Confirm = new Confirmation("Merge these records?",
        [
            "The record you keep stands for the youth from now on. The other record is kept too, marked as merged into it.",
            $"The referrals, cases and screenings of the other record move to the one you keep (A, {view.A.Name}: {Count(view.A)}; " +
            $"B, {view.B.Name}: {Count(view.B)}).",
            "The merge can be undone from the merge history: what moved goes back, and the pair comes back to this queue.",
        ],
            "Yes, merge the records", $"/People/Duplicates/{id}?handler=Merge", $"/People/Duplicates/{id}");
        return Page();
    }

    private static string Count(PersonSide s) =>
        $"{s.Referrals} referral{(s.Referrals == 1 ? "" : "s")}, {s.Cases} case{(s.Cases == 1 ? "" : "s")}";
}
