using System.Security.Cryptography;

namespace Hartline.Features.Account;

/// <summary>One-time passwords printed by the CLI: long, random, and free of look-alike characters.</summary>
public static class Passwords
{
    private const string Alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public static string Generate(int length = 16) =>
        string.Concat(Enumerable.Range(0, length).Select(_ => Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)]));
}
