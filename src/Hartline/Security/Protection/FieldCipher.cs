using System.Security.Cryptography;
using System.Text;

namespace Hartline.Security.Protection;

/// <summary>
/// Authenticated encryption (AES-256-GCM) of one stored value. The stored form is <c>hlk{version}:{base64}</c>
/// of a fresh 12-byte nonce, the ciphertext and the 16-byte tag: the version says which key to decrypt with,
/// so keys can be rotated while old values are still being re-encrypted. The column's name is authenticated
/// with the value (associated data), so a value copied into another column, a name into a narrative, fails
/// to decrypt instead of being shown where it does not belong.
/// </summary>
public sealed class FieldCipher
{
    public const string Prefix = "hlk";
    private const int NonceBytes = 12, TagBytes = 16;
    private readonly FieldKeys _keys;

    internal FieldCipher(FieldKeys keys) => _keys = keys;

    // AesGcm instances are not for concurrent use; each thread keeps its own per key (the key schedule is the costly part).
    [ThreadStatic] private static Dictionary<byte[], AesGcm>? t_ciphers;

    private static AesGcm For(byte[] key)
    {
        t_ciphers ??= new(ReferenceEqualityComparer.Instance);
        if (!t_ciphers.TryGetValue(key, out var aes)) t_ciphers[key] = aes = new AesGcm(key, TagBytes);
        return aes;
    }

    public string Encrypt(string plain, string column)
    {
        var ring = _keys.ForEncrypting();
        var version = ring.Current;
        var text = Encoding.UTF8.GetBytes(plain);
        var sealedBytes = new byte[NonceBytes + text.Length + TagBytes];
        var nonce = sealedBytes.AsSpan(0, NonceBytes);
        RandomNumberGenerator.Fill(nonce);
        For(ring.Keys[version]).Encrypt(nonce, text, sealedBytes.AsSpan(NonceBytes, text.Length),
            sealedBytes.AsSpan(NonceBytes + text.Length), Encoding.UTF8.GetBytes(column));
        return $"{Prefix}{version}:{Convert.ToBase64String(sealedBytes)}";
    }

    /// <summary>
    /// The plain value. A value without the prefix is one written before encryption was turned on (the sweep after
    /// the migration encrypts them all); a value that has it but does not authenticate is refused, never shown.
    /// </summary>
    public string Decrypt(string stored, string column)
    {
        if (VersionOf(stored) is not { } version) return stored;
        var key = _keys.Key(version) ?? throw new CryptographicException(
            $"A value in {column} is encrypted under key {version}, which is not in the field keys ({string.Join(", ", _keys.Versions)}).");
        var start = stored.IndexOf(':') + 1;
        byte[] sealedBytes;
        try { sealedBytes = Convert.FromBase64String(stored[start..]); }
        catch (FormatException) { throw new CryptographicException($"A value in {column} is damaged (not base64)."); }
        if (sealedBytes.Length < NonceBytes + TagBytes) throw new CryptographicException($"A value in {column} is damaged (too short).");
        var length = sealedBytes.Length - NonceBytes - TagBytes;
        var plain = length <= 512 ? stackalloc byte[length] : new byte[length];
        try
        {
            For(key).Decrypt(sealedBytes.AsSpan(0, NonceBytes), sealedBytes.AsSpan(NonceBytes, length),
                sealedBytes.AsSpan(NonceBytes + length), plain, Encoding.UTF8.GetBytes(column));
        }
        catch (AuthenticationTagMismatchException)
        {
            throw new CryptographicException($"A value in {column} does not authenticate under key {version}: it was altered, moved from another column, or the key is wrong.");
        }
        return Encoding.UTF8.GetString(plain);
    }

    /// <summary>The key version a stored value is encrypted under; null for a value stored in plain text.</summary>
    public static int? VersionOf(string stored)
    {
        if (!stored.StartsWith(Prefix, StringComparison.Ordinal)) return null;
        var colon = stored.IndexOf(':', Prefix.Length);
        if (colon <= Prefix.Length || colon > Prefix.Length + 6) return null;
        return int.TryParse(stored.AsSpan(Prefix.Length, colon - Prefix.Length), System.Globalization.NumberStyles.None, null, out var v) ? v : null;
    }
}
