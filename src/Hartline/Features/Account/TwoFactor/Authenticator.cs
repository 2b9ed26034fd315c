using Hartline.Security.Audit;
using Microsoft.AspNetCore.Identity;
using QRCoder;

namespace Hartline.Features.Account.TwoFactor;

/// <summary>What a person scans or types into their authenticator app.</summary>
/// <param name="Key">The secret, in groups of four letters for typing.</param>
/// <param name="Uri">The <c>otpauth://totp/…</c> address the QR code holds (and scripts sign in with).</param>
/// <param name="QrSvg">The QR code as an SVG element, drawn with attributes only (the pages allow no inline styles).</param>
public sealed record AuthenticatorSetUp(string Key, string Uri, string QrSvg);

/// <summary>
/// Setting up an authenticator app through Identity: the key (kept by Identity with the user), the address and QR code
/// for the app, the first code that proves the app has it, and the recovery codes for a lost phone.
/// </summary>
public sealed class Authenticator(UserManager<HartlineUser> users, AuditLog audit)
{
    public const string Issuer = "Hartline";
    public const int RecoveryCodes = 10;

    /// <summary>The user's key (a new one when they have none) as the app takes it.</summary>
    public async Task<AuthenticatorSetUp> SetUpAsync(HartlineUser user)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            Check(await users.ResetAuthenticatorKeyAsync(user));
            key = (await users.GetAuthenticatorKeyAsync(user))!;
        }
        var uri = UriOf(user.Email!, key);
        using var qr = QRCodeGenerator.GenerateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(qr).GetGraphic(new System.Drawing.Size(240, 240), "#000000", "#ffffff", drawQuietZones: true,
            sizingMode: SvgQRCode.SizingMode.ViewBoxAttribute);
        return new AuthenticatorSetUp(string.Join(' ', key.Chunk(4).Select(c => new string(c))).ToLowerInvariant(), uri, svg);
    }

    /// <summary>
    /// The address an authenticator app (or a script) takes: the issuer, the account, the key — the account written as
    /// people read it (an e-mail's "@" stays, as in the key-URI format's own examples; anything else is escaped).
    /// </summary>
    public static string UriOf(string email, string key) =>
        $"otpauth://totp/{Issuer}:{Uri.EscapeDataString(email).Replace("%40", "@")}?secret={key}&issuer={Issuer}&digits=6&period={OneTimeCodes.StepSeconds}";

    /// <summary>
    /// Turns two-factor sign-in on once the app's first code is right; returns the recovery codes to show once, or null
    /// when the code was wrong (or already taken).
    /// </summary>
    public async Task<IReadOnlyList<string>?> EnableAsync(HartlineUser user, string code)
    {
        if (!await users.VerifyTwoFactorTokenAsync(user, OneTimeCodes.ProviderName, code)) return null;
        Check(await users.SetTwoFactorEnabledAsync(user, true));
        var recovery = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodes))!.ToList();
        await audit.WriteAsync(AuditAction.Update, "User", user.Id.ToString(), new { twoFactor = "set up" });
        return recovery;
    }

    /// <summary>New recovery codes (the old ones stop working).</summary>
    public async Task<IReadOnlyList<string>> NewRecoveryCodesAsync(HartlineUser user)
    {
        var recovery = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodes))!.ToList();
        await audit.WriteAsync(AuditAction.Update, "User", user.Id.ToString(), new { twoFactor = "new recovery codes" });
        return recovery;
    }

    /// <summary>
    /// Enrols a user at once with a new key and no prompt (the demo's users, and tests): returns the key for the
    /// otpauth address printed beside their password.
    /// </summary>
    public async Task<string> EnrolAsync(HartlineUser user)
    {
        Check(await users.ResetAuthenticatorKeyAsync(user));
        Check(await users.SetTwoFactorEnabledAsync(user, true));
        return (await users.GetAuthenticatorKeyAsync(user))!;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}
