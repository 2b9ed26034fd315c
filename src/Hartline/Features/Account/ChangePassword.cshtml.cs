using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hartline.Features.Account;

public sealed class ChangePasswordModel(UserManager<HartlineUser> users, SignInManager<HartlineUser> signIn, Sessions sessions) : PageModel
{
    [BindProperty, Required(ErrorMessage = "Enter your current password.")]
    public string? Current { get; set; }

    [BindProperty, Required(ErrorMessage = "Enter a new password.")]
    public string? New { get; set; }

    /// <summary>True at first sign-in (a one-time password); false when the user came from their account page.</summary>
    public bool MustChange => User.HasClaim(c => c.Type == HartlineClaimsFactory.MustChangePasswordClaim);

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var user = await users.GetUserAsync(User);
        if (user is null) return NotFound();
        var result = await users.ChangePasswordAsync(user, Current!, New!);
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors)
                ModelState.AddModelError(e.Code.Contains("Mismatch") ? nameof(Current) : nameof(New), e.Description);
            return Page();
        }
        // Identity gave the user a new stamp: every other session ends; this one gets a fresh cookie below.
        sessions.Forget(user);
        var chosenFreely = !user.MustChangePassword;
        user.MustChangePassword = false;
        await users.UpdateAsync(user);
        await signIn.RefreshSignInAsync(user);
        if (!chosenFreely) return Redirect("/");
        TempData["Notice"] = "Your password is changed. Your other sessions have ended.";
        return Redirect("/Account");
    }
}
