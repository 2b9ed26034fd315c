using Hartline.Features.Account;
using Hartline.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hartline.Features.Admin;

/// <summary>
/// A change to someone else's account that ends something (their sessions, their sign-in, their authenticator app):
/// the page asks first (<see cref="Confirmation"/>), the post makes the change and goes back to the account. Never on
/// one's own account, and 404 for an account that does not exist.
/// </summary>
public abstract class AccountChangeModel(UserDirectory directory, UserManager<HartlineUser> users, CurrentActor actor) : PageModel
{
    public Confirmation Confirm { get; private set; } = null!;

    protected abstract Confirmation Ask(UserRow account);

    /// <summary>Makes the change; returns the notice shown on the account's page.</summary>
    protected abstract Task<string> ChangeAsync(HartlineUser user, UserRow account);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await AccountAsync(id, ct) is not { } account) return NotFound();
        Confirm = Ask(account);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await AccountAsync(id, ct) is not { } account || await users.FindByIdAsync(id.ToString()) is not { } user) return NotFound();
        TempData["Notice"] = await ChangeAsync(user, account);
        return Redirect($"/Admin/Users/{id}");
    }

    private async Task<UserRow?> AccountAsync(Guid id, CancellationToken ct) =>
        id == actor.Value.UserId ? null : await directory.OneAsync(id, ct);
}
