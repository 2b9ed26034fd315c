using System.Security.Cryptography;

namespace Hartline.Features.Services.Directory.Exchange;

/// <summary>
/// A checked upload kept for its confirmation step: the page checks a file, shows what importing it would change and
/// asks "Import this directory?"; the browser cannot send the file again by itself, so the server keeps it until then,
/// in memory, for the user who sent it, for half an hour at most. Only a few are kept (the oldest go first): a
/// coordinator who never confirms costs nothing lasting.
/// </summary>
public sealed class HeldUploads(TimeProvider clock)
{
    public static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(30);
    private const int MaxHeld = 8;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Held> _held = [];

    private sealed record Held(Guid User, string FileName, byte[] Content, DateTimeOffset At);

    /// <summary>Keeps the file for <paramref name="user"/>; the token names it in the confirmation form.</summary>
    public string Hold(Guid user, string fileName, byte[] content)
    {
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        lock (_gate)
        {
            Expire();
            while (_held.Count >= MaxHeld) _held.Remove(_held.MinBy(h => h.Value.At).Key);
            _held[token] = new Held(user, fileName, content, clock.GetUtcNow());
        }
        return token;
    }

    /// <summary>The file held under <paramref name="token"/> for this user, given once; null when expired, taken, or another's.</summary>
    public (string FileName, byte[] Content)? Take(Guid user, string? token)
    {
        lock (_gate)
        {
            Expire();
            if (token is null || !_held.TryGetValue(token, out var held) || held.User != user) return null;
            _held.Remove(token);
            return (held.FileName, held.Content);
        }
    }

    private void Expire()
    {
        var now = clock.GetUtcNow();
        foreach (var old in _held.Where(h => now - h.Value.At > KeptFor).Select(h => h.Key).ToList()) _held.Remove(old);
    }
}
