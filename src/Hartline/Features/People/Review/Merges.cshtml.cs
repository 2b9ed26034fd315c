using Hartline.Features.People.Duplicates;
using Hartline.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hartline.Features.People.Review;

[Authorize(Policy = Policies.ReviewDuplicates)]
public sealed class MergesModel(PersonMerging merging, CurrentActor actor) : PageModel
{
    public IReadOnlyList<MergeItem> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Items = await merging.ListAsync(actor.Value, ct);

    public async Task<IActionResult> OnPostUndoAsync(Guid mergeId, CancellationToken ct)
    {
        // A merge already undone comes back to the list as well: only a missing one is a 404.
        var undone = await merging.UndoAsync(mergeId, actor.Value, ct);
        return undone.Kind == OutcomeKind.NotFound ? NotFound() : Redirect("/People/Merges");
    }
}
