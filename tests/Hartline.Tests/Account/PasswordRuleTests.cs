using System.Net;
using Hartline.Features.Account;
using Hartline.Features.Account.PasswordRules;
using Hartline.Security;
using Hartline.Tests.Support;

namespace Hartline.Tests.Account;

/// <summary>
/// NIST SP 800-63B's rules: length, and no password attackers try first — whatever characters it is made of, and
/// without rules about which kinds it must hold.
/// </summary>
public sealed class PasswordRuleTests(HartlineApp app) : IClassFixture<HartlineApp>
{
    [Theory]
    [InlineData("Password123!")]
    [InlineData("P@ssw0rd2024")]
    [InlineData("p4ssw0rd p4ssw0rd")]
    [InlineData("Summer2026!!")]
    [InlineData("!!Welcome2026")]
    [InlineData("Hartline2026!")]
    [InlineData("connecticut1!")]
    [InlineData("qwertyuiop12")]
    [InlineData("1qaz2wsx3edc")]
    [InlineData("zxcvbnm,./zxc")]
    [InlineData("123456789012")]
    [InlineData("abcdefghijklm")]
    [InlineData("9876543210987")]
    [InlineData("aaaaaaaaaaaa")]
    [InlineData("abcabcabcabc")]
    [InlineData("121212121212")]
    [InlineData("sunshinesunshine")]
    [InlineData("welcomehome2026")]
    [InlineData("ILOVEYOU2026!")]
    [InlineData("            ")]
    [InlineData("Ｐａｓｓｗｏｒｄ１２３４")] // full-width letters: the same password to a person
    public void Passwords_attackers_try_first_are_refused(string password) =>
        Assert.True(BreachedPasswords.IsGuessable(password), password);

    [Theory]
    [InlineData("correct horse battery staple")]
    [InlineData("Gx7#pL2q!vR9")]
    [InlineData("marmalade tugboat orchid")]
    [InlineData("wXo3qr8mKd2N4sLp")]
    [InlineData("the heron waits at dawn")]
    [InlineData("ruisseau-bleu-montagne")]
    [InlineData("Ñandú corre lejos 77")]
    [InlineData("日本語のパスフレーズです")]
    public void Long_or_random_passwords_of_any_characters_pass(string password) =>
        Assert.False(BreachedPasswords.IsGuessable(password), password);

    [Fact]
    public void A_password_built_on_the_users_own_name_or_e_mail_is_refused()
    {
        var user = new HartlineUser { DisplayName = "Marisol Quintero", Email = "mquintero@dcf.example" };
        Assert.True(BreachedPasswords.IsGuessable("Quintero!2026xyz", user));
        Assert.True(BreachedPasswords.IsGuessable("mquintero12345", user));
        Assert.False(BreachedPasswords.IsGuessable("Quintero!2026xyz"));
    }

    [Fact]
    public async Task The_change_password_page_says_why_a_password_is_refused_and_keeps_the_old_one()
    {
        var user = await app.World.User(Roles.Investigator, await app.World.Agency());
        var client = await app.World.SignedIn(user);
        foreach (var (chosen, says) in new[] { ("Summer2026!!", "attackers try first"), ("short one", "at least 12 characters"), (new string('x', 129), "at most 128") })
        {
            var refused = await client.PostFormAsync("/Account/ChangePassword", [new("Current", user.Password), new("New", chosen)]);
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Contains(says, Forms.Html(await refused.Content.ReadAsStringAsync()).QuerySelector("#New-error")!.TextContent);
        }
        // Nothing changed: the old password still signs in.
        await app.World.SignedIn(user);
        // No composition rule: a long lower-case passphrase is taken.
        var taken = await client.PostFormAsync("/Account/ChangePassword", [new("Current", user.Password), new("New", "marmalade tugboat orchid")]);
        Assert.Equal(HttpStatusCode.Redirect, taken.StatusCode);
    }
}
