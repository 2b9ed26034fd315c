using Hartline.Linkage.Text;

namespace Hartline.Linkage.Model;

/// <summary>
/// A name (or city) as typed, in the forms the comparer works on: folded, its parts, its sound.
/// <see cref="Id"/> is its id in a batch's <see cref="NameValues"/> (0 outside one).
/// </summary>
internal sealed record NameValue(int Id, string Folded, string[] Parts, ulong Sound, ulong LastSound)
{
    public static readonly NameValue Empty = new(0, "", [], 0, 0);

    /// <param name="parts">False for fields whose parts nothing compares (middle name, city).</param>
    public static NameValue Of(string? raw, bool parts = true, int id = 0)
    {
        if (string.IsNullOrEmpty(raw)) return id == 0 ? Empty : Empty with { Id = id };
        var folded = NameFolding.Fold(raw);
        var significant = parts ? NameParts.Significant(raw) : [];
        var sound = PreparedPerson.Sound(folded);
        // The sound of a double family name's last part, for the rule that blocks on it.
        return new NameValue(id, folded, significant, sound, significant.Length > 1 ? PreparedPerson.Sound(significant[^1]) : sound);
    }
}

/// <summary>
/// Every distinct name and city of a batch, prepared once: a million records hold a few thousand
/// given names, and folding, splitting and NYSIIS-coding each copy again was most of the prepare
/// stage. The ids also let the comparer remember levels per pair of values (<see cref="LevelMemo"/>).
/// </summary>
/// <remarks>
/// Values are keyed by the text as typed, so every derived form is that of the record itself; "Jose"
/// and "José" get two ids with one folded form, which only costs a memo entry.
/// </remarks>
internal sealed class NameValues
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private NameValue[] _values = [NameValue.Empty];

    /// <summary>Every name and city of the records, prepared on <paramref name="parallelism"/> cores.</summary>
    public static NameValues Of(IReadOnlyList<PersonRecord> records, int parallelism)
    {
        var table = new NameValues();
        var distinct = new List<string>();
        foreach (var r in records)
        {
            table.Add(r.GivenName, distinct);
            table.Add(r.MiddleName, distinct);
            table.Add(r.FamilyName, distinct);
            table.Add(r.City, distinct);
        }
        if (distinct.Count >= LevelMemo.MaxId) throw new ArgumentException($"More than {LevelMemo.MaxId} distinct names.");
        var values = new NameValue[distinct.Count + 1];
        values[0] = NameValue.Empty;
        Parallel.For(0, distinct.Count, new ParallelOptions { MaxDegreeOfParallelism = parallelism },
            i => values[i + 1] = NameValue.Of(distinct[i], id: i + 1));
        table._values = values;
        return table;
    }

    private void Add(string? raw, List<string> distinct)
    {
        if (string.IsNullOrEmpty(raw)) return;
        ref var id = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_ids, raw, out var exists);
        if (exists) return;
        distinct.Add(raw);
        id = distinct.Count;
    }

    public int IdOf(string? raw) => string.IsNullOrEmpty(raw) ? 0 : _ids[raw];

    public NameValue this[int id] => _values[id];

    public int Count => _values.Length;
}
