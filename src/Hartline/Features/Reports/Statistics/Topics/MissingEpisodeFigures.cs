using Hartline.Data;
using Hartline.Features.Cases.Missing;
using Hartline.Jurisdictions;
using Hartline.Security;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Features.Reports.Statistics.Topics;

/// <summary>Where youths went missing from: the code as stored ("" when not recorded), its words, the episodes.</summary>
public sealed record MissingFromCount(string Code, string Label, int Episodes);

/// <summary>The missing-from-care episodes that began in a period (exact counts; the catalogue publishes them with disclosure control).</summary>
public sealed record MissingEpisodesResult(string Period, DateOnly From, DateOnly To, int Episodes, int Youths,
    IReadOnlyList<MissingFromCount> ByMissingFrom, int ReportedToPolice, int ReportedToNcmec, int Ended, double? MedianDaysMissing);

/// <summary>
/// Missing-from-care episodes for a period, over the cases the reader may count (the scope function, statistics
/// purpose). Only counts and durations leave: no names, no places found, no notes.
/// </summary>
public sealed class MissingEpisodeFigures(HartlineDb db, Jurisdiction j)
{
    public const string CountingRule =
        "Episodes that began on a day of the period (the jurisdiction's calendar) in cases visible to you, where they stand today. A youth " +
        "with several episodes counts once among the youths who went missing. Where from: the residence category recorded when the youth went " +
        "missing. Days missing: from going missing to being found, for the episodes ended by now; a median is published only when the episodes " +
        "it rests on are published and number at least the threshold.";

    public async Task<MissingEpisodesResult> ComputeAsync(string period, DateOnly from, DateOnly to, Actor actor, CancellationToken ct = default)
    {
        // StartedAt is UTC: the period's days are the jurisdiction's, so its bounds are its local midnights.
        var (start, end) = (j.ToUtc(from.ToDateTime(TimeOnly.MinValue)), j.ToUtc(to.AddDays(1).ToDateTime(TimeOnly.MinValue)));
        var episodes = await db.Set<MissingEpisode>().AsNoTracking()
            .Where(e => e.StartedAt >= start && e.StartedAt < end)
            .Join(RecordScope.Cases(db.Cases, actor, ScopePurpose.Statistics), e => e.CaseId, c => c.Id,
                (e, c) => new { c.PersonId, e.MissingFromCode, e.StartedAt, e.EndedAt, e.ReportedToPolice, e.ReportedToNcmec })
            .ToListAsync(ct);

        var byCode = episodes.GroupBy(e => CategoryRows.CodeOf(e.MissingFromCode)).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var list = j.ResidenceAtExploitation;
        var rows = list.Select(c => new MissingFromCount(c.Code, c.Name, byCode.GetValueOrDefault(c.Code)))
            // A code the list no longer has is shown as itself, never merged into another row.
            .Concat(byCode.Keys.Where(code => code != CategoryRows.NotRecordedCode && list.All(c => c.Code != code)).Order(StringComparer.Ordinal)
                .Select(code => new MissingFromCount(code, $"{code} (not on the list)", byCode[code])))
            .Append(new MissingFromCount(CategoryRows.NotRecordedCode, CategoryRows.NotRecordedLabel, byCode.GetValueOrDefault(CategoryRows.NotRecordedCode)))
            .ToList();
        var days = episodes.Where(e => e.EndedAt is not null).Select(e => Math.Max(0, (e.EndedAt!.Value - e.StartedAt).TotalDays)).ToList();
        return new MissingEpisodesResult(period, from, to, episodes.Count, episodes.Select(e => e.PersonId).Distinct().Count(), rows,
            episodes.Count(e => e.ReportedToPolice), episodes.Count(e => e.ReportedToNcmec), days.Count, Percentile.Of(days, 0.5));
    }
}
