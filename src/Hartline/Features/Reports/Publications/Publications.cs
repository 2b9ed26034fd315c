using System.Text.Json;
using Hartline.Data;
using Hartline.Features.Reports.Disclosure;
using Hartline.Features.Reports.Documents;
using Hartline.Features.Reports.Statistics;
using Hartline.Features.Reports.Statistics.Clients;
using Hartline.Jurisdictions;
using Hartline.Security;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Features.Reports.Publications;

public sealed record PublicationSummary(Guid Id, string Title, string Period, int MinCell, string? Note, DateTime DataAsOf, DateTime SavedAt, string SavedBy);

public sealed record PublicationView(PublicationSummary Summary, string SoftwareVersion, ReportDocument Published, IReadOnlyList<FigureChange> ChangesSince);

/// <summary>
/// Keeps published statistics documents and re-runs them. Only actors whose statistics reach every case (the
/// coordinator, the analyst) keep or re-run them: the same request then reads the same cases, so a difference is a
/// change in the data, not in who asked.
/// </summary>
public sealed class Publications(HartlineDb db, StatisticsReport statistics, Jurisdiction j, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static bool MayKeep(Actor actor) => RecordScope.LevelOf(actor, ScopePurpose.Statistics) == ScopeLevel.All;

    public async Task<Guid?> SaveAsync(StatisticsRequest request, ReportDocument doc, string? note, Actor actor, CancellationToken ct)
    {
        if (!MayKeep(actor) || request.Rules is null || doc.MinCell is null) return null; // exact figures are never kept as published
        var saved = new SavedPublication
        {
            Title = doc.Title, Period = request.Period.Code, MinCell = request.Rules.Threshold,
            CrossTabRows = request.CrossTab?.Rows, CrossTabColumns = request.CrossTab?.Columns, Compare = request.Compare, Trend = request.Trend,
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(), DataAsOf = doc.DataAsOf.UtcDateTime, SoftwareVersion = doc.SoftwareVersion,
            Figures = JsonSerializer.Serialize(doc, Json), SavedById = actor.UserId ?? Guid.Empty,
        };
        db.Add(saved);
        await db.SaveChangesAsync(ct);
        return saved.Id;
    }

    public async Task<IReadOnlyList<PublicationSummary>> ListAsync(Actor actor, CancellationToken ct) =>
        !MayKeep(actor) ? [] : (await Summaries(db.Set<SavedPublication>().OrderByDescending(p => p.SavedAt).Take(200)).ToListAsync(ct))
            .OrderByDescending(p => p.SavedAt).ToList(); // the join may not keep the order

    /// <summary>The document as published and what reads differently now; null when it does not exist or the actor may not keep publications.</summary>
    public async Task<PublicationView?> OpenAsync(Guid id, Actor actor, CancellationToken ct)
    {
        if (!MayKeep(actor)) return null;
        var saved = await db.Set<SavedPublication>().AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
        if (saved is null) return null;
        var summary = await Summaries(db.Set<SavedPublication>().Where(p => p.Id == id)).SingleAsync(ct);
        var published = JsonSerializer.Deserialize<ReportDocument>(saved.Figures, Json)!;
        // The same request again, on today's data: the period as its code, which parses to the same days.
        ReportPeriod.TryParse(saved.Period, j.Today(clock), out var period, out _);
        var crossTab = saved.CrossTabRows is { } rows && saved.CrossTabColumns is { } columns ? new CrossTabChoice(rows, columns) : null;
        var now = await statistics.BuildAsync(new StatisticsRequest(period, new DisclosureRules(saved.MinCell), crossTab, saved.Compare, saved.Trend), actor, ct);
        return new PublicationView(summary, saved.SoftwareVersion, published, FigureChanges.Between(published, now));
    }

    // Filtered and ordered before the projection: a query cannot look inside the summary record.
    private IQueryable<PublicationSummary> Summaries(IQueryable<SavedPublication> kept) =>
        from p in kept.AsNoTracking()
        join u in db.Users on p.SavedById equals u.Id into users
        from u in users.DefaultIfEmpty()
        select new PublicationSummary(p.Id, p.Title, p.Period, p.MinCell, p.Note, p.DataAsOf, p.SavedAt, u == null ? "someone no longer here" : u.DisplayName);
}
