using Hartline.Features.People.Duplicates;
using Hartline.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hartline.Features.People.Review;

[Authorize(Policy = Policies.ReviewDuplicates)]
public sealed class IndexModel(DuplicateReview review, CurrentActor actor) : PageModel
{
    public IReadOnlyList<PossibleDuplicateItem> Items { get; private set; } = [];
    public int Total { get; private set; }

    public async Task OnGetAsync(int? page, CancellationToken ct) => (Items, Total) = await review.QueueAsync(actor.Value, page ?? 1, ct);
}
