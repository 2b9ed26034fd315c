using Hartline.Data;
using Hartline.Features.Reports.Statistics.Reporting;
using Hartline.Features.Intake.Determination;
using Hartline.Jurisdictions;
using Hartline.Security;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Features.Reports.Statistics.Referrals;

/// <summary>Reads the referrals received in a span of days (local time) through the scope function, statistics purpose.</summary>
public sealed class ReferralFacts(HartlineDb db, Jurisdiction j, HartlineDbPool pool, TimeProvider clock)
{
    /// <summary>Which referrals count and at which stage: the statistics and the older exact intake funnel say the same.</summary>
    public const string FunnelRule =
        "Referrals received in the period (local time) that are visible to you, counted where they stand today. Screen-positive: " +
        "at least one screening reached 'possible' or higher. Possible, confirmed and not a victim: the latest determination. ";

    public const string CountingRule = FunnelRule +
        "Clocks: from receipt to the first screening and the first determination, in hours; to the first MDT meeting held or " +
        "scheduled after receipt with the referral's case on the agenda, in days. A median or 90th percentile is published only " +
        "when the referrals it rests on are published and number at least the threshold.";

    public Task<IReadOnlyList<ReferralRecord>> ReadAsync(DateOnly fromDay, DateOnly toDay, Actor actor, CancellationToken ct = default) =>
        ReadWithAsync(db, fromDay, toDay, actor, ct);

    /// <summary>
    /// The same read on a connection of its own, so it can run beside another read of the request's context (the
    /// statistics document reads the clients and the referrals side by side). Each read is one statement, as before.
    /// </summary>
    public async Task<IReadOnlyList<ReferralRecord>> ReadApartAsync(DateOnly fromDay, DateOnly toDay, Actor actor, CancellationToken ct = default)
    {
        await using var own = pool.Rent(() => actor, clock);
        return await ReadWithAsync(own, fromDay, toDay, actor, ct);
    }

    private async Task<IReadOnlyList<ReferralRecord>> ReadWithAsync(HartlineDb db, DateOnly fromDay, DateOnly toDay, Actor actor, CancellationToken ct)
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
            int Column(string name) => reader.Ordinal(name);
            var (received, source, suspected, positive, latest, linked, screening, determination, mdt) = (Column("ReceivedTicks"), Column("Source"),
                Column("Suspected"), Column("ScreenedPositive"), Column("Latest"), Column("Linked"), Column("HoursToScreening"),
                Column("HoursToDetermination"), Column("DaysToFirstMdt"));
            return row => new Row(row.Int64(received), row.Int32(source), row.Int32(suspected), row.Boolean(positive),
                row.Int32(latest), row.Boolean(linked), row.Double(screening), row.Double(determination), row.Double(mdt));
        }, ct);
        var codes = await ReportingCodes.AllAsync(db, ct); // after the rows: every number they hold is known
        return read.Select(r => new ReferralRecord(j.LocalDate(new DateTime(r.Received, DateTimeKind.Utc)),
            r.Source < codes.Length ? codes[r.Source] : CategoryRows.NotRecordedCode, (ExploitationType)r.Suspected, r.Positive,
            r.Latest == 0 ? null : (TraffickingStatus)(r.Latest - 1), r.Linked, r.Screening, r.Determination, r.Mdt)).ToList();
    }

    private readonly record struct Row(long Received, int Source, int Suspected, bool Positive, int Latest, bool Linked,
        double? Screening, double? Determination, double? Mdt);
}
