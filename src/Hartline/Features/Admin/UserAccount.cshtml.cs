using Hartline.Features.Account;
using Hartline.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Hartline.Features.Admin;

/// <summary>
/// One account, for an administrator: its role (changed here; the person's sessions end so the next carries it), its
/// two-factor sign-in (reset for a lost phone), and whether it may sign in (disabled, or enabled again). An
/// administrator cannot disable or change the role of their own account: another administrator does that.
/// </summary>
[Authorize(Policy = Policies.Administer)]
public sealed class UserAccountModel(UserDirectory directory, UserAdministration admin, UserManager<HartlineUser> users, CurrentActor actor,
    Jurisdictions.Jurisdiction j) : PageModel
{
    public UserRow Account { get; private set; } = null!;
    public bool IsMe => Account.Id == actor.Value.UserId;
    public string Zone => j.ZoneLabel;

    [BindProperty]
    public string? Role { get; set; }

    public IEnumerable<SelectListItem> RoleOptions => Roles.All.Select(r => new SelectListItem(DisplayNames.Role(r), r, DisplayNames.Role(r) == Account.Roles.FirstOrDefault()));

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostRoleAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct) || await users.FindByIdAsync(id.ToString()) is not { } user) return NotFound();
        var role = Roles.Normalize(Role ?? "");
        if (role is null) ModelState.AddModelError(nameof(Role), "Choose one of the roles listed.");
        else if (IsMe) ModelState.AddModelError(nameof(Role), "You cannot change your own role: ask another administrator.");
        if (!ModelState.IsValid) return Page();
        await admin.ChangeRoleAsync(user, role!);
        TempData["Notice"] = $"{Account.Name} is now {DisplayNames.Role(role!)}. Their sessions have ended; they sign in again to work in the new role.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostEnableAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct) || await users.FindByIdAsync(id.ToString()) is not { } user) return NotFound();
        await admin.EnableAsync(user);
        TempData["Notice"] = $"{Account.Name} can sign in again.";
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await directory.OneAsync(id, ct) is not { } row) return false;
        Account = row;
        return true;
    }
}
