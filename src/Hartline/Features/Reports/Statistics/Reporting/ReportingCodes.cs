using Hartline.Data;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Features.Reports.Statistics.Reporting;

/// <summary>Category codes and their numbers in the reporting rows, both ways.</summary>
public sealed class ReportingCodes(IReadOnlyDictionary<string, int> numbers)
{
    /// <summary>A code's number; blank or missing is <see cref="ReportingCode.NotRecorded"/>.</summary>
    public int Of(string? code) => string.IsNullOrWhiteSpace(code) ? ReportingCode.NotRecorded : numbers[code];

    private const string TypeSetPrefix = "types:";

    /// <summary>
    /// A set of types of exploitation as one code ("types:labor|sex"), so a case's types are one number in its row;
    /// blank for none.
    /// </summary>
    public static string TypeSet(IEnumerable<string> types)
    {
        var set = types.Where(t => !string.IsNullOrWhiteSpace(t)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return set.Count == 0 ? "" : TypeSetPrefix + string.Join('|', set);
    }

    /// <summary>The types of a set code made by <see cref="TypeSet"/>; none for any other code.</summary>
    public static IReadOnlyList<string> TypesOf(string code) =>
        code.StartsWith(TypeSetPrefix, StringComparison.Ordinal) ? code[TypeSetPrefix.Length..].Split('|') : [];

    /// <summary>Every code numbered so far, by number (index 0, not recorded, is the empty code).</summary>
    public static async Task<string[]> AllAsync(HartlineDb db, CancellationToken ct)
    {
        var rows = await db.Set<ReportingCode>().AsNoTracking().Select(c => new { c.Number, c.Code }).ToListAsync(ct);
        var codes = new string[rows.Count == 0 ? 1 : rows.Max(r => r.Number) + 1];
        Array.Fill(codes, CategoryRows.NotRecordedCode);
        foreach (var r in rows) codes[r.Number] = r.Code;
        return codes;
    }

    /// <summary>The numbers of these codes, numbering the new ones.</summary>
    public static async Task<ReportingCodes> NumbersAsync(HartlineDb db, IEnumerable<string?> codes, CancellationToken ct)
    {
        var wanted = codes.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c!).ToHashSet(StringComparer.Ordinal);
        var known = await db.Set<ReportingCode>().AsNoTracking().Where(c => wanted.Contains(c.Code)).ToDictionaryAsync(c => c.Code, c => c.Number, ct);
        var missing = wanted.Where(c => !known.ContainsKey(c)).Order(StringComparer.Ordinal).ToList();
        if (missing.Count == 0) return new ReportingCodes(known);
        // Two saves may meet a new code at once (on PostgreSQL): the second's insert does nothing and reads the first's.
        foreach (var code in missing)
            await db.Database.ExecuteSqlAsync($"INSERT INTO \"ReportingCodes\" (\"Code\") VALUES ({code}) ON CONFLICT (\"Code\") DO NOTHING", ct);
        return new ReportingCodes(await db.Set<ReportingCode>().AsNoTracking().Where(c => wanted.Contains(c.Code)).ToDictionaryAsync(c => c.Code, c => c.Number, ct));
    }
}
