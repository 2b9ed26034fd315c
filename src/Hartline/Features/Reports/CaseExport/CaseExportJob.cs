using Hartline.Data;
using Hartline.Features.Jobs;
using Hartline.Features.Reports.Publications;
using Hartline.Jurisdictions;
using Hartline.Security;

namespace Hartline.Features.Reports.CaseExport;

/// <summary>
/// The de-identified case-level export (for researchers and the federal profile): one CSV row per case the asker's
/// statistics reach, written page by page so that a million cases take the memory of one page. Only those whose
/// statistics reach every case may run it (as for figures kept as published): a file from a narrower scope would be
/// a partial picture passed off as the whole.
/// </summary>
public sealed class CaseExportJob(HartlineDb db, Jurisdiction j, IConfiguration configuration) : IJobHandler
{
    public const string JobKind = "case-export";

    /// <summary>Cases read and written at a time (<c>Hartline:CaseExport:PageSize</c>): the memory the export holds, and the step of its progress.</summary>
    private int PageSize => Math.Max(1, configuration.GetValue("Hartline:CaseExport:PageSize", 5000));

    public string Kind => JobKind;
    public string FileExtension => "csv";
    public string ContentType => "text/csv";

    public bool MayRun(Actor actor) => Publications.Publications.MayKeep(actor);

    public async Task RunAsync(JobRun run, CancellationToken ct)
    {
        var pages = new CaseExportPages(db, j, run.Actor);
        var columns = new CaseExportColumns(j);
        var total = await pages.CountAsync(ct);
        await run.ReportAsync(0, total, ct);

        await using var writer = new StreamWriter(run.Output, new System.Text.UTF8Encoding(false), 1 << 16, leaveOpen: true);
        using var csv = CsvHelper.CsvWriter.Create(writer, CsvHelper.CsvWriterOptions.Default with { NewLine = "\n" }, leaveOpen: true);
        foreach (var h in CaseExportColumns.Header) csv.WriteField(h);
        csv.EndRecord();

        long done = 0;
        Guid? after = null;
        while (true)
        {
            db.ChangeTracker.Clear(); // nothing is tracked; this keeps it so if a later read forgets AsNoTracking
            var page = await pages.NextAsync(after, PageSize, ct);
            if (page.Count == 0) break;
            foreach (var c in page)
            {
                foreach (var cell in columns.Row(c)) csv.WriteField(SpreadsheetCell.Guard(cell));
                csv.EndRecord();
            }
            csv.Flush();
            await writer.FlushAsync(ct);
            done += page.Count;
            after = page[^1].CaseId;
            // Cases opened while the export runs may make it pass the count it started with.
            await run.ReportAsync(done, Math.Max(total, done), ct);
        }
    }
}
