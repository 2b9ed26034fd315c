using System.Text.Json;
using System.Text.Json.Serialization;

namespace Hartline.Bench.Measures;

// One record per kind of line. "measure" (and impl/provider) are ordered first so a reader scanning the
// output sees what a line is before its figures. Times in ms, memory in MiB, rounded to 0.1.

public sealed record FillLine(int Cases, int Seed, bool Reused, long? Rows, long? RaceRows, long? Grants,
    double? MigrateMs, double? Ms, double? RowsPerS, double DbMb, double? PeakWorkingSetMb, string Db)
{
    [JsonPropertyOrder(-3)] public string Measure => "fill";
    [JsonPropertyOrder(-2)] public string Impl => "adonet";
    [JsonPropertyOrder(-1)] public string Provider => "sqlite";
}

/// <summary>
/// The SQLite file copied into PostgreSQL (--postgres): a fill line too, so one reader handles both. When
/// copied: rows per table, migrate_ms (schema only), analyze_ms, ms (recreate + migrate + copy + ANALYZE)
/// and rows_per_s (the copy phase only). Db names server and database, never the password.
/// </summary>
public sealed record CopyLine(int Cases, int Seed, bool Reused, long? Rows, IReadOnlyDictionary<string, long>? Tables,
    double? MigrateMs, double? AnalyzeMs, double? Ms, double? RowsPerS, double DbMb, double? PeakWorkingSetMb, string Db)
{
    [JsonPropertyOrder(-3)] public string Measure => "fill";
    [JsonPropertyOrder(-2)] public string Impl => "copy";
    [JsonPropertyOrder(-1)] public string Provider => "postgres";
}

public sealed record ReadBackLine([property: JsonPropertyOrder(-1)] string Provider, int Cases, long CasesCounted, long PeopleCounted,
    long ReferralsCounted, int Sampled, bool Ok)
{
    [JsonPropertyOrder(-3)] public string Measure => "ef_readback";
}

public sealed record ReportLine([property: JsonPropertyOrder(-2)] string Impl, [property: JsonPropertyOrder(-1)] string Provider, int Cases,
    string Quarter, int Clients, double MsMedian, double MsMin, double MsFirst, int Runs, double AllocMbPerRun, double PeakWorkingSetMb)
{
    [JsonPropertyOrder(-3)] public string Measure => "quarterly_report";
}

public sealed record EfQueryLine([property: JsonPropertyOrder(-1)] string Provider, int Cases, string Quarter, int Query, double Ms, string Sql)
{
    [JsonPropertyOrder(-3)] public string Measure => "ef_query";
}

public sealed record AgreementLine([property: JsonPropertyOrder(-1)] string Provider, int Cases, string Quarter, bool Identical, int Differences, double RatioEfToSql)
{
    [JsonPropertyOrder(-3)] public string Measure => "report_agreement";
}

/// <summary>Measures go to stdout as JSON lines; progress and notes go to stderr.</summary>
internal static class MeasureLines
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write<T>(T line)
    {
        Console.Out.WriteLine(JsonSerializer.Serialize(line, Json));
        Console.Out.Flush();
    }

    public static double Round(double value) => Math.Round(value, 1);
}
