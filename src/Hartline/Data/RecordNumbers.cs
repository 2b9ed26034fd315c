using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hartline.Data;

/// <summary>The kinds of record that carry a number people say and write down.</summary>
public enum NumberedRecord { Referral, Case, ServiceReferral }

/// <summary>The last number given to a kind of record in a year ("R", 2026 → 42 means R-2026-00042 was the last referral).</summary>
public sealed class RecordNumberCounter
{
    public required string Prefix { get; set; }
    public int Year { get; set; }
    public int Last { get; set; }
}

internal sealed class RecordNumberCounterConfiguration : IEntityTypeConfiguration<RecordNumberCounter>
{
    public void Configure(EntityTypeBuilder<RecordNumberCounter> e)
    {
        e.ToTable("RecordNumberCounters");
        e.HasKey(c => new { c.Prefix, c.Year });
        e.Property(c => c.Prefix).HasMaxLength(4);
    }
}

/// <summary>
/// Numbers a worker can read out on the phone, write on a form or type into the search box: R-2026-00042 for
/// the 42nd referral received in 2026 (on the jurisdiction's calendar), C-2026-00017 for a case opened that year. An id is a Guid
/// nobody can say. One counter row per kind and year, bumped by a single UPDATE … RETURNING, which both
/// providers run atomically (SQLite holds the write lock, PostgreSQL the row's), so two intakes at the same
/// moment never get the same number. A save that fails after taking a number leaves a gap: numbers are never
/// reused, and a gap says only that a save did not happen.
/// </summary>
public sealed partial class RecordNumbers(HartlineDb db)
{
    public static string PrefixOf(NumberedRecord kind) => kind switch { NumberedRecord.Referral => "R", NumberedRecord.Case => "C", _ => "S" };

    /// <param name="year">The year the record belongs to: the referral's receipt, the case's opening.</param>
    public async Task<string> NextAsync(NumberedRecord kind, int year, CancellationToken ct = default)
    {
        var prefix = PrefixOf(kind);
        await db.Database.ExecuteSqlAsync(
            $"""INSERT INTO "RecordNumberCounters" ("Prefix", "Year", "Last") VALUES ({prefix}, {year}, 0) ON CONFLICT DO NOTHING""", ct);
        var last = await db.Database.SqlQuery<int>(
            $"""UPDATE "RecordNumberCounters" SET "Last" = "Last" + 1 WHERE "Prefix" = {prefix} AND "Year" = {year} RETURNING "Last" AS "Value" """)
            .ToListAsync(ct);
        return Format(prefix, year, last.Single());
    }

    public static string Format(string prefix, int year, int n) => $"{prefix}-{year}-{n:D5}";

    /// <summary>
    /// A number as typed ("r-2026-42", "R202600042", "C 2026 17") in its written form, or null when the text is not
    /// one. The kind is its letter; the year four digits; the rest the count, leading zeros or not.
    /// </summary>
    public static (NumberedRecord Kind, string Number)? Read(string? typed)
    {
        if (typed is null || RecordNumberPattern().Match(typed.Trim()) is not { Success: true } m) return null;
        if (!int.TryParse(m.Groups["n"].Value, out var n) || n == 0) return null;
        var kind = char.ToUpperInvariant(m.Groups["kind"].Value[0]) == 'R' ? NumberedRecord.Referral : NumberedRecord.Case;
        return (kind, Format(PrefixOf(kind), int.Parse(m.Groups["year"].Value), n));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?<kind>[RrCc])[-\s]?(?<year>(19|20)\d\d)[-\s]?(?<n>\d{1,7})$")]
    private static partial System.Text.RegularExpressions.Regex RecordNumberPattern();
}
