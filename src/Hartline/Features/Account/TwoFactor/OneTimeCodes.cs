using Hartline.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OtpNet;

namespace Hartline.Features.Account.TwoFactor;

/// <summary>
/// Identity's authenticator codes (RFC 6238: six digits, a new one every 30 seconds, from the key the user's app
/// scanned), with one thing Identity's own provider does not do: a code is taken once. The time step of each code
/// accepted is kept on the user, and a code of that step or an earlier one is refused — so a code read over a
/// shoulder or from a log cannot be used again, even within its 30 seconds. The step is claimed with one conditional
/// UPDATE, so two sign-ins racing with the same code on two nodes cannot both win.
/// </summary>
public sealed class OneTimeCodes(HartlineDb db, [FromKeyedServices(OneTimeCodes.ClockKey)] TimeProvider clock)
    : IUserTwoFactorTokenProvider<HartlineUser>
{
    /// <summary>The name Identity knows the provider by (its authenticator provider, <c>IdentityOptions.Tokens</c>).</summary>
    public const string ProviderName = "HartlineAuthenticator";
    /// <summary>The clock the codes are checked against: the system's; tests give their own to have a fresh step per sign-in.</summary>
    public const string ClockKey = "one-time-codes";
    public const int StepSeconds = 30;

    // The code before and the code after the current one are accepted too: a phone's clock a little off, or a code typed
    // as it changed.
    private static readonly VerificationWindow Window = new(previous: 1, future: 1);

    /// <summary>The app makes the codes, not the server.</summary>
    public Task<string> GenerateAsync(string purpose, UserManager<HartlineUser> manager, HartlineUser user) => Task.FromResult("");

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<HartlineUser> manager, HartlineUser user)
    {
        var code = Normalise(token);
        if (code is null || await manager.GetAuthenticatorKeyAsync(user) is not { } key) return false;
        var totp = new Totp(Base32Encoding.ToBytes(key), StepSeconds);
        if (!totp.VerifyTotp(clock.GetUtcNow().UtcDateTime, code, out var step, Window)) return false;
        var claimed = await db.Users.Where(u => u.Id == user.Id && (u.LastCodeStep == null || u.LastCodeStep < step))
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.LastCodeStep, step));
        if (claimed == 0) return false;
        // The tracked user is told too, without marking it changed: a later save of it must not write an older step back.
        var entry = db.Entry(user);
        entry.Property(u => u.LastCodeStep).CurrentValue = step;
        entry.Property(u => u.LastCodeStep).OriginalValue = step;
        return true;
    }

    /// <summary>Only users who have set up an authenticator app can be asked for a code.</summary>
    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<HartlineUser> manager, HartlineUser user) =>
        !string.IsNullOrEmpty(await manager.GetAuthenticatorKeyAsync(user));

    /// <summary>The code an authenticator app shows for <paramref name="key"/> at <paramref name="utc"/> (the demo's sign-in page, tests, the bench).</summary>
    public static string CodeAt(string key, DateTime utc) => new Totp(Base32Encoding.ToBytes(key), StepSeconds).ComputeTotp(utc);

    /// <summary>Six digits once spaces and dashes are taken out (apps show "123 456"); null for anything else.</summary>
    public static string? Normalise(string? typed)
    {
        var code = string.Concat((typed ?? "").Where(c => !char.IsWhiteSpace(c) && c != '-'));
        return code.Length == 6 && code.All(char.IsAsciiDigit) ? code : null;
    }
}
