using System.Text;
using Microsoft.AspNetCore.Identity;

namespace Hartline.Features.Account.PasswordRules;

/// <summary>
/// NIST SP 800-63B's rules for a password a person chooses: long enough (12 characters; at most 128), and not one that
/// attackers try first — no rules about which kinds of character it must have. Refused: a password built on a word or
/// phrase from Hartline's list of the most guessed (guessed-first.txt), once lower-cased, letter-for-digit swaps undone
/// ("p@ssw0rd") and digits and symbols taken off both ends ("Summer2026!"); a run of one character, a sequence
/// ("123456789012", "abcdefghijkl") or a walk along the keyboard ("qwertyuiop", "1qaz2wsx"); and one built on the user's
/// own e-mail or name.
/// </summary>
public sealed class BreachedPasswords : IPasswordValidator<HartlineUser>
{
    public const int MinimumLength = 12, MaximumLength = 128;

    public const string GuessedMessage = "This password is one attackers try first (a common word or name with digits or symbols added, a " +
        "sequence, or a walk along the keyboard). Choose another: three or four unrelated words make a strong one.";

    private static readonly Lazy<HashSet<string>> Guessed = new(Load);

    // Rows of a US keyboard, each way: a walk along any of them is a guess.
    private static readonly string[] Rows =
        ["`1234567890-=", "qwertyuiop[]\\", "asdfghjkl;'", "zxcvbnm,./", "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik,9ol.0p;/", "abcdefghijklmnopqrstuvwxyz"];

    public Task<IdentityResult> ValidateAsync(UserManager<HartlineUser> manager, HartlineUser user, string? password)
    {
        password ??= "";
        if (password.Length < MinimumLength)
            return Fail("PasswordTooShort", $"Use at least {MinimumLength} characters (a few words with spaces are fine).");
        if (password.Length > MaximumLength)
            return Fail("PasswordTooLong", $"Use at most {MaximumLength} characters.");
        if (IsGuessable(password, user)) return Fail("PasswordGuessable", GuessedMessage);
        return Task.FromResult(IdentityResult.Success);
    }

    /// <summary>Whether the password is one attackers try first, for this user.</summary>
    public static bool IsGuessable(string password, HartlineUser? user = null)
    {
        var lower = Narrow(password).ToLowerInvariant().Trim();
        var plain = Undisguise(lower);
        var core = plain.Trim(NotLetters).Replace(" ", "");
        if (core.Length == 0 || IsPattern(lower) || IsPattern(lower.Trim(NotLetters)) || IsPattern(plain) || IsPattern(core)) return true;
        if (Guessed.Value.Contains(core)) return true;
        // Two guessed words run together ("welcomehome2026"), or one repeated ("password password").
        for (var i = 3; i <= core.Length - 3; i++)
            if (Guessed.Value.Contains(core[..i]) && (Guessed.Value.Contains(core[i..]) || core[i..] == core[..i])) return true;
        return user is not null && NamesOf(user).Any(n => n.Length >= 4 && core.Contains(n, StringComparison.Ordinal));
    }

    private static readonly char[] NotLetters = "0123456789!@#$%^&*()-_=+[]{};:'\",.<>/?\\|`~ ".ToCharArray();

    /// <summary>
    /// Full-width letters, digits and signs ("Ｐａｓｓ１２３") as their ordinary forms: the same password to a person. By hand,
    /// as Hartline runs without ICU (invariant globalization), where Unicode compatibility normalisation is not available.
    /// </summary>
    private static string Narrow(string s) =>
        string.Create(s.Length, s, (span, from) =>
        {
            for (var i = 0; i < from.Length; i++) span[i] = from[i] is >= '\uFF01' and <= '\uFF5E' ? (char)(from[i] - 0xFEE0) : from[i] == '\u3000' ? ' ' : from[i];
        });

    /// <summary>The usual swaps of a digit or symbol for a letter undone inside the word.</summary>
    private static string Undisguise(string lower)
    {
        // Only inside: "summer2026" keeps its year as digits to be trimmed, "p4ssw0rd" becomes "password".
        var start = 0;
        while (start < lower.Length && !char.IsLetter(lower[start])) start++;
        var end = lower.Length;
        while (end > start && !char.IsLetter(lower[end - 1])) end--;
        if (start >= end) return lower;
        var middle = new StringBuilder(lower[start..end]);
        for (var i = 0; i < middle.Length; i++)
            middle[i] = middle[i] switch { '0' => 'o', '1' or '!' or '|' => 'i', '3' => 'e', '4' or '@' => 'a', '5' or '$' => 's', '7' => 't', '8' => 'b', _ => middle[i] };
        return lower[..start] + middle + lower[end..];
    }

    /// <summary>One character over and over, a run up or down the alphabet or the digits, or a walk along a keyboard row.</summary>
    private static bool IsPattern(string s)
    {
        var compact = s.Replace(" ", "");
        if (compact.Length < 4) return compact.Length > 0;
        if (compact.Distinct().Count() <= 2) return true;
        // A short unit repeated ("abcabcabcabc", "1212121212").
        for (var unit = 1; unit <= compact.Length / 3; unit++)
            if (compact.Length % unit == 0 && compact == string.Concat(Enumerable.Repeat(compact[..unit], compact.Length / unit))) return true;
        return Rows.Any(row => IsWalk(compact, row) || IsWalk(compact, new string(row.Reverse().ToArray())));
    }

    /// <summary>Most of the string is made of pieces of at least four characters that run along the row.</summary>
    private static bool IsWalk(string s, string row)
    {
        var covered = 0;
        var i = 0;
        while (i < s.Length)
        {
            var longest = 0;
            for (var at = row.IndexOf(s[i]); at >= 0; at = row.IndexOf(s[i], at + 1))
            {
                var n = 0;
                while (i + n < s.Length && at + n < row.Length && row[at + n] == s[i + n]) n++;
                longest = Math.Max(longest, n);
            }
            if (longest >= 4) covered += longest;
            i += Math.Max(longest, 1);
        }
        return covered >= s.Length * 3 / 4;
    }

    private static IEnumerable<string> NamesOf(HartlineUser user)
    {
        var local = (user.Email ?? "").Split('@')[0];
        return local.Split('.', '_', '-', '+').Append(local.Replace(".", ""))
            .Concat((user.DisplayName ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(n => n.ToLowerInvariant());
    }

    private static HashSet<string> Load()
    {
        using var stream = typeof(BreachedPasswords).Assembly.GetManifestResourceStream("Hartline.Features.Account.PasswordRules.guessed-first.txt")
            ?? throw new InvalidOperationException("The list of passwords guessed first is missing from the build.");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
            if (line.Trim() is { Length: > 0 } word && !word.StartsWith('#')) words.Add(word);
        return words;
    }

    private static Task<IdentityResult> Fail(string code, string message) =>
        Task.FromResult(IdentityResult.Failed(new IdentityError { Code = code, Description = message }));
}
