using System.Security.Cryptography;

namespace Hartline.Features.Account;

/// <summary>One-time passwords printed by the CLI: long, random, and free of look-alike characters.</summary>
public static class Passwords
{
    private const string Alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /// <summary>
    /// A random password, drawn again in the rare case (about one in ten thousand) that it happens to spell a word the
    /// password rules refuse, such as "t3st" inside it for a user named Test.
    /// </summary>
    public static string Generate(int length = 16, HartlineUser? user = null)
    {
        while (true)
        {
            var password = string.Concat(Enumerable.Range(0, length).Select(_ => Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)]));
            if (!PasswordRules.BreachedPasswords.IsGuessable(password, user)) return password;
        }
    }
}
