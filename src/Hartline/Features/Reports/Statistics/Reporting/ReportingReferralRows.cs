using Hartline.Data;
using Hartline.Features.Intake.Determination;
using Hartline.Features.Mdt;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Features.Reports.Statistics.Reporting;

/// <summary>
/// Makes the reporting rows of some referrals from the live records and writes them, as <see cref="ReportingRows"/>
/// does for cases: on every save that changed a referral, a screening, a determination, an agenda or a meeting.
/// </summary>
public static class ReportingReferralRows
{
    private const int Batch = 2000;

    public static async Task RefreshAsync(HartlineDb db, ReportingChanges changes, CancellationToken ct)
    {
        var ids = new HashSet<Guid>(changes.Referrals);
        // A meeting moved or cancelled, or a case put on an agenda, changes the clock of every referral of those cases.
        var caseIds = changes.AgendaCases.ToList();
        foreach (var meetings in changes.Meetings.Chunk(Batch))
            caseIds.AddRange(await db.Set<AgendaItem>().Where(a => meetings.Contains(a.MeetingId)).Select(a => a.CaseId).ToListAsync(ct));
        foreach (var cases in caseIds.Distinct().Chunk(Batch))
            ids.UnionWith(await db.Referrals.Where(r => r.CaseId != null && cases.Contains(r.CaseId.Value)).Select(r => r.Id).ToListAsync(ct));
        if (ids.Count == 0) return;
        if (db is PostgresHartlineDb)
        {
            // As for a youth's cases: the second of two saves about one referral waits, then reads the first's commit.
            var locked = ids.Order().ToArray();
            await db.Database.ExecuteSqlAsync($"SELECT 1 FROM \"Referrals\" WHERE \"Id\" = ANY({locked}) ORDER BY \"Id\" FOR UPDATE", ct);
        }
        foreach (var chunk in ids.Chunk(Batch)) await WriteAsync(db, chunk, ct);
    }

    internal static async Task WriteAsync(HartlineDb db, IReadOnlyCollection<Guid> referralIds, CancellationToken ct)
    {
        var meetings = db.Set<AgendaItem>()
            .Join(db.Set<MdtMeeting>().Where(m => m.Status != MeetingStatus.Cancelled), a => a.MeetingId, m => m.Id, (a, m) => new { a.CaseId, m.StartsAt });
        var referrals = await db.Referrals.AsNoTracking().Where(r => referralIds.Contains(r.Id))
            .Select(r => new
            {
                r.Id, r.ReceivedAt, r.SourceCode, r.ExploitationSuspected, r.ScreenedAt, r.DeterminedAt, r.LinkedAt,
                Positive = db.Screenings.Any(s => s.ReferralId == r.Id && s.BandLevel >= 1),
                Latest = db.Determinations.Where(d => d.ReferralId == r.Id).OrderByDescending(d => d.DecidedAt).ThenByDescending(d => d.Id)
                    .Select(d => (TraffickingStatus?)d.Status).FirstOrDefault(),
                FirstMdt = meetings.Where(m => m.CaseId == r.CaseId && m.StartsAt >= r.ReceivedAt).Min(m => (DateTime?)m.StartsAt),
            })
            .ToListAsync(ct);
        var codes = await ReportingCodes.NumbersAsync(db, referrals.Select(r => r.SourceCode), ct);
        var existing = await db.Set<ReportingReferral>().Where(r => referralIds.Contains(r.ReferralId)).ToDictionaryAsync(r => r.ReferralId, ct);
        foreach (var r in referrals)
        {
            var row = existing.GetValueOrDefault(r.Id) ?? db.Set<ReportingReferral>().Add(new ReportingReferral { ReferralId = r.Id }).Entity;
            row.ReceivedTicks = r.ReceivedAt.Ticks;
            row.Source = codes.Of(r.SourceCode);
            row.Suspected = (int)r.ExploitationSuspected;
            row.ScreenedPositive = r.Positive;
            row.Latest = r.Latest is { } status ? (int)status + 1 : 0;
            row.Linked = r.LinkedAt != null;
            row.HoursToScreening = Hours(r.ReceivedAt, r.ScreenedAt);
            row.HoursToDetermination = Hours(r.ReceivedAt, r.DeterminedAt);
            row.DaysToFirstMdt = r.FirstMdt is { } mdt ? Math.Max(0, (mdt - r.ReceivedAt).TotalDays) : null;
        }
        await db.SaveReportingRowsAsync(ct);
    }

    // A screening recorded as before the referral's receipt (a back-dated entry) counts as at once, never as negative.
    private static double? Hours(DateTime received, DateTime? at) => at is { } t ? Math.Max(0, (t - received).TotalHours) : null;
}
