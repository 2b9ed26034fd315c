using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hartline.Features;

/// <summary>The page shown for error status codes. A refused record and a missing one look the same.</summary>
public sealed class StatusModel : PageModel
{
    public string Title { get; private set; } = "Something went wrong";
    public string Message { get; private set; } = "The request could not be completed.";

    // The status page re-runs with the refused request's method: a refused form post lands here too.
    public void OnPost(int? code) => OnGet(code);

    public void OnGet(int? code)
    {
        (Title, Message) = code switch
        {
            404 => ("Not found", "There is no page here, or it is not yours to see."),
            429 => ("Too many attempts", Account.SignInLimit.Message),
            400 => ("Bad request", "The request could not be read. Go back and check what you entered."),
            _ => (Title, Message),
        };
    }
}
