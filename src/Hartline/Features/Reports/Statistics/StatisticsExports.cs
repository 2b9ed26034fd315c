using System.Text;
using Hartline.Features.Reports.Documents;

namespace Hartline.Features.Reports.Statistics;

/// <summary>A report document as a file to download or write: the one place the page, the API and the command line turn formats into bytes.</summary>
public static class StatisticsExports
{
    public static readonly string[] Formats = ["csv", "json", "xlsx", "pdf"];

    public sealed record ExportFile(byte[] Content, string ContentType, string FileName);

    public static bool IsFormat(string? format) => format is not null && Formats.Contains(format);

    public static async Task<ExportFile> RenderAsync(ReportDocument doc, string format, string baseName)
    {
        using var buffer = new MemoryStream();
        string type;
        switch (format)
        {
            case "csv":
                await using (var writer = new StreamWriter(buffer, new UTF8Encoding(false), leaveOpen: true)) await ReportCsv.WriteAsync(doc, writer);
                type = "text/csv";
                break;
            case "json":
                await ReportJson.WriteAsync(doc, buffer);
                type = "application/json";
                break;
            case "xlsx":
                ReportXlsx.Write(doc, buffer);
                type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
                break;
            case "pdf":
                ReportPdf.Write(doc, buffer, table => ReportCharts.Png(table));
                type = "application/pdf";
                break;
            default:
                throw new ArgumentException($"'{format}' is not one of {string.Join(", ", Formats)}.", nameof(format));
        }
        return new ExportFile(buffer.ToArray(), type, $"{baseName}.{format}");
    }

    /// <summary>A file name for the document: "hartline-statistics-2019Q3-published".</summary>
    public static string BaseName(ReportDocument doc, ReportPeriod period) =>
        $"hartline-statistics-{period.Code.Replace("..", "_to_")}-{(doc.MinCell is null ? "exact" : "published")}";
}
