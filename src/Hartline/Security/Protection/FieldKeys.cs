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
    /// <summary>How often a ring read from a file looks at the file again, for a key added while the service runs.</summary>
    public static readonly TimeSpan FileCheckInterval = TimeSpan.FromSeconds(30);
    private readonly byte[] _indexKey;
    private volatile Ring _ring;
    private readonly string? _file;
    private DateTime _fileWritten;
    private long _checkedAt;

    /// <summary>The encryption keys by version and the current one, replaced whole when the file gains a key.</summary>
    internal sealed record Ring(IReadOnlyDictionary<int, byte[]> Keys, int Current);

    private FieldKeys(Dictionary<int, byte[]> keys, byte[] indexKey, string? file = null)
    {
        _ring = new Ring(keys, keys.Keys.Max());
        _indexKey = indexKey;
        _file = file;
        _checkedAt = Environment.TickCount64;
        if (file is not null) _fileWritten = File.GetLastWriteTimeUtc(file);
        Cipher = new FieldCipher(this);
    }

    /// <summary>The version new values are encrypted under.</summary>
    public int Current => _ring.Current;

    public IReadOnlyCollection<int> Versions => _ring.Keys.Keys.ToList();

    public FieldCipher Cipher { get; }

    /// <summary>The ring to encrypt with: a file's ring looks at its file now and then, so a key added by <c>keys new</c> is taken up without a restart.</summary>
    internal Ring ForEncrypting()
    {
        if (Environment.TickCount64 - Interlocked.Read(ref _checkedAt) > FileCheckInterval.TotalMilliseconds) Refresh();
        return _ring;
    }

    /// <summary>A key by version; a version this ring does not know sends it back to its file first (another node may have rotated).</summary>
    internal byte[]? Key(int version) =>
        _ring.Keys.GetValueOrDefault(version) ?? (Refresh() ? _ring.Keys.GetValueOrDefault(version) : null);

    /// <summary>Looks at the ring's file again and, for the process's ring, at the files of the others it took keys from.</summary>
    private bool Refresh()
    {
        Interlocked.Exchange(ref _checkedAt, Environment.TickCount64);
        var changed = _file is not null && Reload();
        return ReferenceEquals(FieldKeyring.Held, this) ? FieldKeyring.RefreshSources() | changed : changed;
    }

    /// <summary>Takes up keys added to the file; never drops one (values may still be under it) nor accepts a changed one.</summary>
    internal bool Reload()
    {
        if (_file is null) return false;
        lock (_indexKey)
        {
            if (!File.Exists(_file) || File.GetLastWriteTimeUtc(_file) == _fileWritten) return false;
            _fileWritten = File.GetLastWriteTimeUtc(_file);
            return Absorb(Parse(File.ReadAllText(_file), _file));
        }
    }

    /// <summary>
    /// Takes the keys of another ring of the same database (the same index key) that this one lacks: the process's ring
    /// gathers every ring a context was given, so values under any of them read. Never drops a key nor accepts a changed one.
    /// </summary>
    internal bool Absorb(FieldKeys other)
    {
        lock (_indexKey)
        {
            if (!other._indexKey.AsSpan().SequenceEqual(_indexKey))
                throw new CryptographicException($"{other._file ?? "These field keys"}: the index key is not the one this process uses. " +
                    "One process serves one database's keys; the blind indexes were made with the first.");
            var keys = new Dictionary<int, byte[]>(_ring.Keys);
            foreach (var (version, key) in other._ring.Keys)
                if (keys.TryGetValue(version, out var held) && !held.AsSpan().SequenceEqual(key))
                    throw new CryptographicException($"{other._file ?? "These field keys"}: key {version} is not the key {version} this process holds; values are encrypted under it. Put it back.");
                else keys[version] = key;
            if (keys.Count == _ring.Keys.Count) return false;
            _ring = new Ring(keys, keys.Keys.Max());
            return true;
        }
    }

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

    /// <summary>
    /// A key for another purpose (the audit trail's seals), derived from the index key: it lives where the field keys
    /// live, outside the database, and never changes, as blind indexes already need of the index key.
    /// </summary>
    public byte[] Derive(string purpose) =>
        HKDF.DeriveKey(HashAlgorithmName.SHA256, _indexKey, KeyBytes, info: Encoding.UTF8.GetBytes(purpose));

    public static FieldKeys Generate() => new(new() { [1] = RandomNumberGenerator.GetBytes(KeyBytes) }, RandomNumberGenerator.GetBytes(KeyBytes));

    /// <summary>The same ring with one more encryption key, which becomes the current one.</summary>
    public FieldKeys WithNewKey()
    {
        Refresh();
        var ring = _ring;
        var keys = new Dictionary<int, byte[]>(ring.Keys) { [ring.Current + 1] = RandomNumberGenerator.GetBytes(KeyBytes) };
        return new(keys, _indexKey);
    }

    public string ToText()
    {
        var lines = new List<string> { $"index:{Convert.ToBase64String(_indexKey)}" };
        lines.AddRange(_ring.Keys.OrderBy(k => k.Key).Select(k => $"{k.Key}:{Convert.ToBase64String(k.Value)}"));
        return string.Join('\n', lines) + "\n";
    }

    /// <summary>A ring read from a key file, which it looks at again for keys added later.</summary>
    public static FieldKeys FromFile(string file)
    {
        var read = Parse(File.ReadAllText(file), file);
        return new(new Dictionary<int, byte[]>(read._ring.Keys), read._indexKey, file);
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
