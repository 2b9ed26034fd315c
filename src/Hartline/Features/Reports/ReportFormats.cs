using System.Globalization;
using System.Text.Json;
using CsvHelper;

namespace Hartline.Features.Reports;

/// <summary>Writes a quarterly report as CSV (one row per category) or JSON; shared by the CLI and the web.</summary>
public static class ReportFormats
{
    public static readonly string[] Supported = ["csv", "json"];

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static Task WriteAsync(QuarterlyReportResult report, string format, TextWriter writer) => WriteAsync(report, format, writer, csv =>
    {
        Row(csv, "quarter", "dimension", "code", "category", "count");
        Row(csv, report.Quarter, "total", "", "Clients served", Count(report.ClientsServed));
        foreach (var d in report.Dimensions)
            foreach (var r in d.Rows) Row(csv, report.Quarter, d.Key, r.Code, r.Label, Count(r.Count));
    });

    /// <summary>
    /// The published report: a withheld cell has an empty count and says why in the <c>suppressed</c> column
    /// (<c>primary</c> or <c>complementary</c>); JSON gives <c>"count": null</c> and the same word.
    /// </summary>
    public static Task WriteAsync(PublishedQuarterlyReport report, string format, TextWriter writer) => WriteAsync(report, format, writer, csv =>
    {
        Row(csv, "quarter", "dimension", "code", "category", "count", "suppressed");
        Row(csv, report.Quarter, "total", "", "Clients served", Count(report.ClientsServed), report.ClientsServedSuppressed ?? "");
        foreach (var d in report.Dimensions)
            foreach (var r in d.Rows) Row(csv, report.Quarter, d.Key, r.Code, r.Label, Count(r.Count), r.Suppressed ?? "");
    });

    // JSON is the report as it is; CSV is one row per category, written by the caller's rows.
    private static async Task WriteAsync<T>(T report, string format, TextWriter writer, Action<CsvWriter> rows)
    {
        switch (format)
        {
            case "json":
                await writer.WriteAsync(JsonSerializer.Serialize(report, Json));
                await writer.WriteLineAsync();
                break;
            case "csv":
                using (var csv = CsvWriter.Create(writer, CsvWriterOptions.Default with { NewLine = "\n" }, leaveOpen: true))
                {
                    rows(csv);
                    csv.Flush();
                }
                await writer.FlushAsync();
                break;
            default:
                throw new ArgumentException($"--format: '{format}' is not one of {string.Join(", ", Supported)}.");
        }
    }

    private static string Count(int? n) => n is { } count ? Count(count) : "";

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static void Row(CsvWriter csv, params string[] fields)
    {
        foreach (var f in fields) csv.WriteField(f);
        csv.EndRecord();
    }
}
