using Hartline.Linkage;

namespace Hartline.Bench.Linkage;

/// <summary>
/// Generated records with their truth: <see cref="PersonOfRecord"/>[i] is the index in
/// <see cref="Persons"/> of the youth that <see cref="Records"/>[i] describes.
/// </summary>
public sealed class LinkageDataset(IReadOnlyList<PersonRecord> records, int[] personOfRecord, IReadOnlyList<TruePerson> persons)
{
    public IReadOnlyList<PersonRecord> Records { get; } = records;
    public IReadOnlyList<int> PersonOfRecord { get; } = personOfRecord;
    public IReadOnlyList<TruePerson> Persons { get; } = persons;

    /// <summary>How many persons have 1, 2, 3, … records (index 0 = one record).</summary>
    public int[] CopiesHistogram()
    {
        var copies = new int[Persons.Count];
        foreach (var p in PersonOfRecord) copies[p]++;
        var histogram = new int[copies.Max()];
        foreach (var c in copies) histogram[c - 1]++;
        return histogram;
    }

    /// <summary>The record's position, from the id the generator gave it (R0000042 → 42).</summary>
    public static int RecordIndex(string id) => int.Parse(id.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture);
}
