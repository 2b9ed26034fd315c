namespace Hartline.Security.Protection;

/// <summary>
/// The field keys of this process. Entity Framework builds one model per process, and queries compiled against it
/// run with every context, so the model's encrypting converters cannot hold a context's own keys: they use the
/// process's ring. One process serves one database, so that is one ring — the first a context is given; any other
/// ring a context is given must be of the same database (the same index key), and its keys are gathered into the
/// first (a key added by <c>keys new</c> and read from another ring's file is then known everywhere in the process).
/// </summary>
public static class FieldKeyring
{
    private static readonly object Gate = new();
    private static volatile FieldKeys? s_held;
    private static readonly List<FieldKeys> Sources = [];

    internal static FieldKeys? Held => s_held;

    /// <summary>The ring the converters encrypt and decrypt with.</summary>
    public static FieldKeys Process => s_held
        ?? throw new InvalidOperationException("No field keys yet: a Hartline context is made with DatabaseTarget.Options, which gives them.");

    /// <summary>Makes <paramref name="keys"/> the process's ring, or gathers its keys into it; returns it unchanged.</summary>
    public static FieldKeys Use(FieldKeys keys)
    {
        lock (Gate)
        {
            if (s_held is null) s_held = keys;
            else if (!ReferenceEquals(s_held, keys)) s_held.Absorb(keys);
            if (!Sources.Any(s => ReferenceEquals(s, keys))) Sources.Add(keys);
            return keys;
        }
    }

    /// <summary>Every ring given to a context looks at its file again; new keys are gathered. True when the process's ring grew.</summary>
    internal static bool RefreshSources()
    {
        FieldKeys[] sources;
        lock (Gate) sources = Sources.Where(s => !ReferenceEquals(s, s_held)).ToArray();
        var grew = false;
        foreach (var source in sources)
        {
            source.Reload();
            grew |= s_held!.Absorb(source);
        }
        return grew;
    }
}
