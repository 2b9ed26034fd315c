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
                var charts = ChartPictures(doc);
                ReportPdf.Write(doc, buffer, table => charts.GetValueOrDefault(table));
                type = "application/pdf";
                break;
            default:
                throw new ArgumentException($"'{format}' is not one of {string.Join(", ", Formats)}.", nameof(format));
        }
        return new ExportFile(buffer.ToArray(), type, $"{baseName}.{format}");
    }

    // Printed at about 150 dots per inch across the text width: sharp on paper, and each picture costs PDFsharp a
    // third less to take in than at 1,200 pixels.
    private const int PrintedChartWidth = 960;

    /// <summary>Every table's chart drawn at once, on all the cores: the pictures are most of a PDF's making.</summary>
    private static Dictionary<ReportTable, byte[]?> ChartPictures(ReportDocument doc)
    {
        var pictures = new byte[]?[doc.Tables.Count];
        Parallel.For(0, doc.Tables.Count, i => pictures[i] = ReportCharts.Png(doc.Tables[i], PrintedChartWidth));
        var byTable = new Dictionary<ReportTable, byte[]?>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < pictures.Length; i++) byTable[doc.Tables[i]] = pictures[i];
        return byTable;
    }

    /// <summary>A file name for the document: "hartline-statistics-2019Q3-published".</summary>
    public static string BaseName(ReportDocument doc, ReportPeriod period) =>
        $"hartline-statistics-{period.Code.Replace("..", "_to_")}-{(doc.MinCell is null ? "exact" : "published")}";
}
