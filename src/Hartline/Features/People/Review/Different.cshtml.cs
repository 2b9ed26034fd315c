using Hartline.Features.People.Duplicates;
using Hartline.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hartline.Features.People.Review;

/// <summary>
/// Asks before a pair is marked as two different youth: the pair leaves the queue for good. Only for an open pair
/// the coordinator may see (404 otherwise); the compare page's NotDuplicates handler records it.
/// </summary>
[Authorize(Policy = Policies.ReviewDuplicates)]
public sealed class DifferentModel(DuplicateReview review, CurrentActor actor) : PageModel
{
    public Confirmation Confirm { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await review.OpenAsync(id, actor.Value, ct) is not { Status: PossibleDuplicateStatus.Open } view) return NotFound();
        Confirm = new Confirmation($"Are {view.A.Name} and {view.B.Name} different youth?",
        [
            "The pair leaves the review queue, recorded as two different youth, with your name and today's date.",
            "Both records stay as they are: nothing moves.",
            "Hartline will not propose this pair again, even when a later referral makes the two look alike.",
        ],
            "Yes, they are different youth", $"/People/Duplicates/{id}?handler=NotDuplicates", $"/People/Duplicates/{id}");
        return Page();
    }
}
