using System.Security.Cryptography;
using System.Text;

namespace Hartline.Linkage.Privacy;

/// <summary>Why a key was refused; the CLI names the key file in front of the message.</summary>
public sealed class LinkageKeyException(string message) : Exception(message);

/// <summary>
/// The secret the participating agencies share. Whoever holds it can test guesses against an encoding
/// (see docs/privacy-preserving-linkage.md), so it never goes to the party that links the files.
/// </summary>
/// <remarks>
/// The Bloom filter and the block key are made with two keys derived from this one (HMAC with a
/// label), so a weakness in how one is used tells nothing about the other.
/// </remarks>
public sealed class LinkageKey
{
    /// <summary>256 bits: HMAC-SHA256 gains nothing from more, and less would make guessing the key thinkable.</summary>
    public const int MinimumBytes = 32;

    internal byte[] BloomKey { get; }
    internal byte[] BlockKey { get; }

    private LinkageKey(ReadOnlySpan<byte> secret)
    {
        BloomKey = Derive(secret, "hartline-pprl/v1/bloom");
        BlockKey = Derive(secret, "hartline-pprl/v1/block");
    }

    /// <summary>A key from its raw bytes, refusing fewer than <see cref="MinimumBytes"/>.</summary>
    public static LinkageKey FromBytes(ReadOnlySpan<byte> secret)
    {
        if (secret.Length < MinimumBytes)
            throw new LinkageKeyException($"the key has {secret.Length} bytes; at least {MinimumBytes} random bytes are needed (make one with 'hartline pprl new-key').");
        return new LinkageKey(secret);
    }

    /// <summary>
    /// A key from the contents of a key file: Base64 text (as <see cref="NewKeyFileText"/> writes it,
    /// easy to pass on through a password manager) or else the raw bytes.
    /// </summary>
    public static LinkageKey FromFileContents(byte[] contents)
    {
        var text = Encoding.ASCII.GetString(contents).Trim();
        var decoded = new byte[text.Length];
        var secret = text.Length > 0 && Convert.TryFromBase64String(text, decoded, out var written)
            ? decoded.AsSpan(0, written)
            : contents.AsSpan();
        return FromBytes(secret);
    }

    /// <summary>The text of a new key file: 32 bytes from the operating system's CSPRNG, in Base64, one line.</summary>
    public static string NewKeyFileText() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(MinimumBytes)) + "\n";

    private static byte[] Derive(ReadOnlySpan<byte> secret, string label) =>
        HMACSHA256.HashData(secret, Encoding.ASCII.GetBytes(label));
}
