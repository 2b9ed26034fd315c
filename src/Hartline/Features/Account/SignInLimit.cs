using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Hartline.Features.Account;

/// <summary>
/// At most <c>Hartline:SignIn:AttemptsPerMinute</c> (default 10) sign-in attempts a minute from one
/// address, on the page and the API. Lockout protects each account; this keeps one attacker from
/// locking out every account by trying them all. The page answers 429 with its own message (the
/// status page), the API a 429 ProblemDetails.
/// </summary>
public static class SignInLimit
{
    public const string Policy = "sign-in";
    public const string Message = "Too many sign-in attempts from your network. Wait a minute, then try again.";

    public static IServiceCollection AddSignInLimit(this IServiceCollection services) => services.AddRateLimiter(o =>
    {
        o.AddPolicy(Policy, http =>
        {
            // Showing the form costs nothing; only the attempts count.
            if (!HttpMethods.IsPost(http.Request.Method)) return RateLimitPartition.GetNoLimiter("form");
            var perMinute = http.RequestServices.GetRequiredService<IConfiguration>().GetValue("Hartline:SignIn:AttemptsPerMinute", 10);
            return RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
        });
        o.OnRejected = async (rejected, ct) =>
        {
            var http = rejected.HttpContext;
            http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            http.Response.Headers.RetryAfter = "60";
            if (!Hosting.WebServices.IsApi(http.Request)) return; // the status page shows the message
            await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = http,
                ProblemDetails = { Status = 429, Title = "Too many sign-in attempts", Detail = Message },
            });
        };
    });
}
