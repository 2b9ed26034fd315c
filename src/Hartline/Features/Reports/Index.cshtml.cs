using Hartline.Features.Reports.Documents;
using Hartline.Features.Reports.Statistics;
using Hartline.Features.Reports.Statistics.Clients;
using Hartline.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hartline.Features.Reports;

/// <summary>
/// The statistics of a period: every table of the catalogue with its chart, a cross-tabulation, comparisons and the
/// trend, and the same document to download as CSV, XLSX, PDF or JSON. Roles that may open case files choose exact
/// figures or the published ones; every other role (the Analyst) sees only the published ones.
/// </summary>
[Authorize(Policy = Policies.Statistics)]
public sealed class IndexModel(StatisticsReport statistics, Publications.Publications publications, CurrentActor actor, TimeProvider clock,
    Jurisdictions.Jurisdiction j, IConfiguration configuration) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Period { get; set; }
    /// <summary>The older address's name for the period (/Reports?quarter=2019Q3), still honoured.</summary>
    [BindProperty(SupportsGet = true)] public string? Quarter { get; set; }
    /// <summary>"exact" (case roles only) or the smallest number shown, as typed.</summary>
    [BindProperty(SupportsGet = true)] public string? Figures { get; set; }
    [BindProperty(SupportsGet = true)] public string? Rows { get; set; }
    [BindProperty(SupportsGet = true)] public string? Columns { get; set; }
    [BindProperty(SupportsGet = true)] public bool? Compare { get; set; }

    public Dictionary<string, string[]> Errors { get; private set; } = [];
    public ReportDocument? Document { get; private set; }
    public bool MaySeeExact => StatisticsQuery.MaySeeExact(actor.Value);
    public int ConfiguredMinCell => StatisticsQuery.ConfiguredMinCell(configuration);
    public IReadOnlyList<(string Key, string Title)> Dimensions => ClientDimensions.All(j).Select(d => (d.Key, d.RowHeading)).ToList();
    /// <summary>The period shown is not over yet: its figures are so far, not final.</summary>
    public bool InProgress { get; private set; }
    public string PeriodText => Period ?? Quarter ?? Reports.Quarter.LastComplete(j.Today(clock)).ToString();

    // Continuity, the youth's say, legal, service referrals and missing episodes are topics of the document itself.
    public async Task OnGetAsync(CancellationToken ct) => await BuildAsync(ct);

    /// <summary>The same document as the page, as a file: csv, json (xlsx and pdf once their writers land).</summary>
    public async Task<IActionResult> OnGetDownloadAsync(string? format, CancellationToken ct)
    {
        if (!StatisticsExports.IsFormat(format)) return NotFound();
        if (await BuildAsync(ct) is not { } request) return Page();
        var file = await StatisticsExports.RenderAsync(Document!, format!, StatisticsExports.BaseName(Document!, request.Period));
        return File(file.Content, file.ContentType, file.FileName);
    }

    public bool MayKeep => Publications.Publications.MayKeep(actor.Value);

    [BindProperty] public string? Note { get; set; }

    /// <summary>Keeps the figures shown as published (never exact ones), then opens the kept copy.</summary>
    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        if (Note is { Length: > 500 }) Errors["note"] = ["Keep the note under 500 characters."];
        if (Errors.Count > 0 || await BuildAsync(ct) is not { } request) return Page();
        var id = await publications.SaveAsync(request, Document!, Note, actor.Value, ct);
        if (id is null) return NotFound();
        return Redirect($"/Reports/Publications/{id}");
    }

    /// <summary>The address of a download of what the page shows.</summary>
    public string DownloadUrl(string format) => Url.Page("/Reports/Index", "Download",
        new { period = PeriodText, figures = Figures, rows = Rows, columns = Columns, compare = Compare, format })!;

    private async Task<StatisticsRequest?> BuildAsync(CancellationToken ct)
    {
        var exact = Figures == "exact";
        var query = new StatisticsQuery(PeriodText, exact ? null : Figures, exact, Rows, Columns, Compare != false);
        var today = j.Today(clock);
        if (!query.TryResolve(actor.Value, ConfiguredMinCell, j, today, out var request, out var errors))
        {
            Errors = errors.ToDictionary();
            return null;
        }
        InProgress = request.Period.To >= today;
        Document = await statistics.BuildAsync(request, actor.Value, ct);
        return request;
    }

    public string? ErrorFor(string field) => Errors.TryGetValue(field, out var e) ? string.Join(" ", e) : null;
}
