using Hartline.Data;
using Hartline.Features.Reports.Statistics.Reporting;
using Hartline.Features.Intake.Determination;
using Hartline.Jurisdictions;
using Hartline.Security;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Features.Reports.Statistics.Referrals;

/// <summary>Reads the referrals received in a span of days (local time) through the scope function, statistics purpose.</summary>
public sealed class ReferralFacts(HartlineDb db, Jurisdiction j)
{
    /// <summary>Which referrals count and at which stage: the statistics and the older exact intake funnel say the same.</summary>
    public const string FunnelRule =
        "Referrals received in the period (local time) that are visible to you, counted where they stand today. Screen-positive: " +
        "at least one screening reached 'possible' or higher. Possible, confirmed and not a victim: the latest determination. ";

    public const string CountingRule = FunnelRule +
        "Clocks: from receipt to the first screening and the first determination, in hours; to the first MDT meeting held or " +
        "scheduled after receipt with the referral's case on the agenda, in days. A median or 90th percentile is published only " +
        "when the referrals it rests on are published and number at least the threshold.";

    public async Task<IReadOnlyList<ReferralRecord>> ReadAsync(DateOnly fromDay, DateOnly toDay, Actor actor, CancellationToken ct = default)
    {
        var from = j.ToUtc(fromDay.ToDateTime(TimeOnly.MinValue)).Ticks;
        var to = j.ToUtc(toDay.AddDays(1).ToDateTime(TimeOnly.MinValue)).Ticks;
        // The reporting rows (kept by every save of a referral, its screenings, determinations and meetings) through the
        // scope function: one index range, no lookup per referral.
        var rows = RecordScope.OfReferrals(db.Set<ReportingReferral>(), r => r.ReferralId, db.Referrals, db.Cases, actor, ScopePurpose.Statistics)
            .Where(r => r.ReceivedTicks >= from && r.ReceivedTicks < to)
            .Select(r => new { r.ReceivedTicks, r.Source, r.Suspected, r.ScreenedPositive, r.Latest, r.Linked, r.HoursToScreening, r.HoursToDetermination, r.DaysToFirstMdt });
        var read = await ReportingReader.ReadAsync<Row>(db, rows, reader =>
        {
            int Column(string name) => reader.GetOrdinal(name);
            var (received, source, suspected, positive, latest, linked, screening, determination, mdt) = (Column("ReceivedTicks"), Column("Source"),
                Column("Suspected"), Column("ScreenedPositive"), Column("Latest"), Column("Linked"), Column("HoursToScreening"),
                Column("HoursToDetermination"), Column("DaysToFirstMdt"));
            double? Hours(System.Data.Common.DbDataReader row, int column) => row.IsDBNull(column) ? null : row.GetDouble(column);
            return row => new Row(row.GetInt64(received), row.GetInt32(source), row.GetInt32(suspected), row.GetBoolean(positive),
                row.GetInt32(latest), row.GetBoolean(linked), Hours(row, screening), Hours(row, determination), Hours(row, mdt));
        }, ct);
        var codes = await ReportingCodes.AllAsync(db, ct); // after the rows: every number they hold is known
        return read.Select(r => new ReferralRecord(j.LocalDate(new DateTime(r.Received, DateTimeKind.Utc)),
            r.Source < codes.Length ? codes[r.Source] : CategoryRows.NotRecordedCode, (ExploitationType)r.Suspected, r.Positive,
            r.Latest == 0 ? null : (TraffickingStatus)(r.Latest - 1), r.Linked, r.Screening, r.Determination, r.Mdt)).ToList();
    }

    private readonly record struct Row(long Received, int Source, int Suspected, bool Positive, int Latest, bool Linked,
        double? Screening, double? Determination, double? Mdt);
}
