using Hartline.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hartline.Features.Account;

[AllowAnonymous]
public sealed class SignOutModel(SignInService signIn, CurrentActor actor) : PageModel
{
    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync(actor.Value);
        return RedirectToPage("/Account/SignIn");
    }
}
