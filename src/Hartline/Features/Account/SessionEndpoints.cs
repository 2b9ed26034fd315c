using Hartline.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hartline.Features.Account;

/// <param name="Code">The authenticator app's 6-digit code (each taken once), or a recovery code; needed by every user who has
/// two-factor sign-in on, which every role that opens case files must have.</param>
public sealed record SignInRequest(string? Email, string? Password, string? Code = null);

/// <summary>API sign-in: sets the same cookie as the page, for scripts and the API's own clients.</summary>
public static class SessionEndpoints
{
    public static RouteGroupBuilder MapSession(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/session").WithTags("Session");
        g.MapPost("/", SignIn).AllowAnonymous().RequireRateLimiting(SignInLimit.Policy)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden) // wrong password; one-time password
            .WithSummary("Sign in with e-mail, password and the authenticator code (sets the session cookie).");
        g.MapDelete("/", SignOut).WithSummary("Sign out: ends this session and the user's sessions on other devices.");
        g.MapGet("/token", Token).WithSummary("A request token for changes through the API (send it in the X-CSRF-TOKEN header).");
        return api;
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> SignIn(SignInRequest body, SignInService service,
        HttpContext http, Microsoft.AspNetCore.Antiforgery.IAntiforgery antiforgery)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(body.Email)) errors["email"] = ["Enter your e-mail address."];
        if (string.IsNullOrEmpty(body.Password)) errors["password"] = ["Enter your password."];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        var outcome = await service.SignInAsync(body.Email!, body.Password!, body.Code);
        if (outcome == SignInOutcome.SignedIn)
        {
            // The request token for the API's changes, bound to the user now signed in (this request began anonymous).
            http.User = service.SignedIn!;
            Hosting.Api.ApiAntiforgery.Issue(http, antiforgery);
        }
        return outcome switch
        {
            SignInOutcome.SignedIn => TypedResults.NoContent(),
            SignInOutcome.MustChangePassword => TypedResults.Problem("Change your one-time password on the sign-in page first.", statusCode: 403),
            SignInOutcome.MustSetUpTwoFactor => TypedResults.Problem(TwoFactor.TwoFactorMessages.SetUpFirst, statusCode: 403),
            SignInOutcome.CodeNeeded => TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["code"] = [SignInService.CodeNeededMessage] }),
            _ => TypedResults.Problem(SignInService.FailedMessage, statusCode: 401),
        };
    }

    public sealed record RequestToken(string Token);

    private static Ok<RequestToken> Token(HttpContext http, Microsoft.AspNetCore.Antiforgery.IAntiforgery antiforgery) =>
        TypedResults.Ok(new RequestToken(Hosting.Api.ApiAntiforgery.Issue(http, antiforgery)));

    private static async Task<NoContent> SignOut(SignInService service, CurrentActor actor)
    {
        await service.SignOutAsync(actor.Value);
        return TypedResults.NoContent();
    }
}
