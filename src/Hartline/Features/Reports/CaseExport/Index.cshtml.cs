using Hartline.Features.Jobs;
using Hartline.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hartline.Features.Reports.CaseExport;

/// <summary>Start the de-identified case export, follow your exports, download the finished ones. Others' exports are not listed.</summary>
[Authorize(Policy = Policies.Statistics)]
public sealed class IndexModel(JobQueue jobs, CaseExportJob export, CurrentActor actor, Jurisdictions.Jurisdiction j,
    Microsoft.Extensions.Options.IOptions<JobOptions> jobOptions) : PageModel
{
    /// <summary>How long a finished file is kept, in words ("7 days").</summary>
    public string Kept => jobOptions.Value.KeepDays == 1 ? "1 day" : $"{jobOptions.Value.KeepDays:0.#} days";

    public IReadOnlyList<JobView> Exports { get; private set; } = [];

    public bool AnyUnfinished => Exports.Any(e => e.State is JobState.Queued or JobState.Running);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!export.MayRun(actor.Value)) return NotFound();
        Exports = await jobs.ListAsync(CaseExportJob.JobKind, actor.Value, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await jobs.EnqueueAsync(CaseExportJob.JobKind, actor.Value, ct: ct) is null) return NotFound();
        TempData["Notice"] = "The export has started. It is listed below; check again in a moment.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnGetFileAsync(Guid id, CancellationToken ct) =>
        await jobs.OpenFileAsync(id, actor.Value, ct) is { } file ? File(file.Content, file.ContentType, file.DownloadName) : NotFound();

    public string Local(DateTime utc) => j.ToLocal(utc).ToString("d MMM yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    public static string FileText(JobView e, string kept) =>
        e.FileRemoved ? $"Removed after {kept}" : e.State == JobState.Failed ? "None" : "Not ready yet";

    public static string Progress(JobView e) => e.Total is { } total
        ? $"{e.Done:N0} of {total:N0} cases"
        : "Counting the cases";

    public static string TagClass(JobState state) => state switch
    {
        JobState.Finished => "tag-ok", JobState.Failed => "tag-alert", JobState.Running => "tag-warn", _ => "tag-muted",
    };
}
