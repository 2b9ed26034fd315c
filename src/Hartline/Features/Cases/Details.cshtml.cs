using Hartline.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hartline.Features.Cases;

[Authorize(Policy = Policies.CaseRecords)]
public sealed class DetailsModel(CaseFiles files) : PageModel
{
    public CaseFile? CaseFile { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        CaseFile = await files.OpenAsync(id, User, ct);
        return CaseFile is null ? NotFound() : Page();
    }
}
