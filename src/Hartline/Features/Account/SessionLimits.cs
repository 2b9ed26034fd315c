using System.Globalization;
using System.Security.Claims;

namespace Hartline.Features.Account;

/// <summary>
/// How long a session lasts: it ends after <c>Hartline:Session:IdleMinutes</c> without a request (default 30: a screen left
/// open on a shared desk), and <c>Hartline:Session:AbsoluteHours</c> after the sign-in however busy (default 12: one working
/// day, so a stolen cookie does not live for ever). Either way the next request goes to sign-in (the API answers 401).
/// Read from configuration once: every request is checked against it.
/// </summary>
public sealed class SessionLimits(IConfiguration config)
{
    public const string SignedInAtClaim = "hartline:signed-in-at";

    public TimeSpan Idle { get; } = TimeSpan.FromMinutes(config.GetValue("Hartline:Session:IdleMinutes", 30.0));

    public TimeSpan Absolute { get; } = TimeSpan.FromHours(config.GetValue("Hartline:Session:AbsoluteHours", 12.0));

    /// <summary>True when the session's sign-in is older than the absolute limit, or the cookie does not say when it was.</summary>
    public bool IsOver(ClaimsPrincipal principal, DateTimeOffset now) =>
        !long.TryParse(principal.FindFirstValue(SignedInAtClaim), NumberStyles.Integer, CultureInfo.InvariantCulture, out var at)
        || now - DateTimeOffset.FromUnixTimeSeconds(at) > Absolute;
}
