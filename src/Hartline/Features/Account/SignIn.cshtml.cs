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

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Problem { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        switch (await signIn.SignInAsync(Email!, Password!))
        {
            case SignInOutcome.SignedIn:
                return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
            case SignInOutcome.MustChangePassword:
                return RedirectToPage("/Account/ChangePassword");
            default:
                Problem = SignInService.FailedMessage;
                return Page();
        }
    }
}
