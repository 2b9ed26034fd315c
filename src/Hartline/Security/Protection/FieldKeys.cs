using System.Security.Cryptography;
using System.Text;

namespace Hartline.Security.Protection;

/// <summary>
/// The keys that protect identities at rest: numbered encryption keys (the highest encrypts, every one still
/// listed decrypts, so values written under an older key stay readable until <c>hartline keys rotate</c> has
/// re-encrypted them) and one index key for the blind indexes that exact lookups use. Held outside the database:
/// a stolen database file alone reveals no identity.
/// </summary>
/// <remarks>
/// The text form is one entry a line (or separated by ';', for an environment variable): <c>index:BASE64</c> and
/// <c>N:BASE64</c>, each key 32 random bytes; '#' starts a comment. The index key is never rotated with the others:
/// changing it would mean recomputing every blind index.
/// </remarks>
public sealed class FieldKeys
{
    public const int KeyBytes = 32;
    private readonly Dictionary<int, byte[]> _keys;
    private readonly byte[] _indexKey;

    private FieldKeys(Dictionary<int, byte[]> keys, byte[] indexKey)
    {
        _keys = keys;
        _indexKey = indexKey;
        Current = keys.Keys.Max();
        Fingerprint = Convert.ToHexString(SHA256.HashData(Encoding.ASCII.GetBytes(ToText())));
        Cipher = new FieldCipher(this);
    }

    /// <summary>The version new values are encrypted under.</summary>
    public int Current { get; }

    public IReadOnlyCollection<int> Versions => _keys.Keys;

    /// <summary>A one-way digest of the material: two rings with the same keys share one database model.</summary>
    public string Fingerprint { get; }

    public FieldCipher Cipher { get; }

    internal byte[]? Key(int version) => _keys.GetValueOrDefault(version);

    /// <summary>
    /// A keyed digest of a value for exact lookups (a blind index): equal values give equal digests, and without
    /// the index key nobody can test a guessed name or date against them. 12 bytes: collisions among a registry's
    /// values are negligible, and a lookup re-checks what it finds anyway.
    /// </summary>
    public string Index(string purpose, string value)
    {
        Span<byte> hash = stackalloc byte[32];
        HMACSHA256.HashData(_indexKey, Encoding.UTF8.GetBytes(purpose + "\n" + value), hash);
        return Convert.ToBase64String(hash[..12]);
    }

    public static FieldKeys Generate() => new(new() { [1] = RandomNumberGenerator.GetBytes(KeyBytes) }, RandomNumberGenerator.GetBytes(KeyBytes));

    /// <summary>The same ring with one more encryption key, which becomes the current one.</summary>
    public FieldKeys WithNewKey()
    {
        var keys = new Dictionary<int, byte[]>(_keys) { [Current + 1] = RandomNumberGenerator.GetBytes(KeyBytes) };
        return new(keys, _indexKey);
    }

    public string ToText()
    {
        var lines = new List<string> { $"index:{Convert.ToBase64String(_indexKey)}" };
        lines.AddRange(_keys.OrderBy(k => k.Key).Select(k => $"{k.Key}:{Convert.ToBase64String(k.Value)}"));
        return string.Join('\n', lines) + "\n";
    }

    /// <summary>Reads the text form; <paramref name="source"/> names where it came from in a message.</summary>
    public static FieldKeys Parse(string text, string source)
    {
        var keys = new Dictionary<int, byte[]>();
        byte[]? index = null;
        var entries = text.Split(['\n', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        foreach (var (entry, number) in entries.Select((e, i) => (e, i + 1)))
        {
            if (entry.StartsWith('#')) continue;
            var colon = entry.IndexOf(':');
            if (colon <= 0) throw new FormatException($"{source}: entry {number} is not 'index:KEY' or 'N:KEY'.");
            var (name, value) = (entry[..colon].Trim(), entry[(colon + 1)..].Trim());
            byte[] key;
            try { key = Convert.FromBase64String(value); }
            catch (FormatException) { throw new FormatException($"{source}: key '{name}' is not base64."); }
            if (key.Length != KeyBytes) throw new FormatException($"{source}: key '{name}' has {key.Length} bytes; keys have {KeyBytes}.");
            if (name == "index") index = key;
            else if (int.TryParse(name, out var version) && version > 0)
            {
                if (!keys.TryAdd(version, key)) throw new FormatException($"{source}: key {version} is listed twice.");
            }
            else throw new FormatException($"{source}: '{name}' is neither 'index' nor a key number (1, 2, …).");
        }
        if (index is null) throw new FormatException($"{source}: there is no index key ('index:KEY').");
        if (keys.Count == 0) throw new FormatException($"{source}: there is no encryption key ('1:KEY').");
        return new(keys, index);
    }
}
