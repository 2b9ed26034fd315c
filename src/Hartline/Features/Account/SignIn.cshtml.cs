using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hartline.Features.Account;

[EnableRateLimiting(SignInLimit.Policy)]
public sealed class SignInModel(SignInService signIn) : PageModel
{
    [BindProperty, Required(ErrorMessage = "Enter your e-mail address.")]
    public string? Email { get; set; }

    [BindProperty, Required(ErrorMessage = "Enter your password.")]
    public string? Password { get; set; }

    /// <summary>The authenticator app's code, or a recovery code; empty for someone who has not set two-factor sign-in up.</summary>
    [BindProperty]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Problem { get; private set; }

    /// <summary>The password was right and a code is needed: the form puts the cursor in the code's box.</summary>
    public bool CodeAsked { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        switch (await signIn.SignInAsync(Email!, Password!, Code))
        {
            case SignInOutcome.SignedIn:
                return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
            case SignInOutcome.MustChangePassword:
                return RedirectToPage("/Account/ChangePassword");
            case SignInOutcome.MustSetUpTwoFactor:
                return RedirectToPage("/Account/TwoFactor");
            case SignInOutcome.CodeNeeded:
                // The password is kept in the form so only the code is left to type (the page is never cached).
                ModelState.AddModelError(nameof(Code), SignInService.CodeNeededMessage);
                CodeAsked = true;
                return Page();
            default:
                Problem = SignInService.FailedMessage;
                return Page();
        }
    }
}
