using Hartline.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hartline.Features.Admin;

[Authorize(Policy = Policies.Administer)]
public sealed class UsersModel(UserDirectory directory, Jurisdictions.Jurisdiction j) : PageModel
{
    public UserDirectoryView Directory { get; private set; } = new([], []);
    public string Zone => j.ZoneLabel;

    public async Task OnGetAsync(CancellationToken ct) => Directory = await directory.ReadAsync(ct);
}
