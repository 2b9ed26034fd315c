using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hartline.Features.Reports.Statistics.Reporting;

/// <summary>
/// One referral as the statistics count it: how far it got and its clocks, worked out when the referral, its
/// screenings, its determinations or its case's MDT meetings are saved (<see cref="ReportingReferralRows"/>), in the
/// same transaction. Counting a quarter then reads one index instead of three lookups per referral.
/// </summary>
public sealed class ReportingReferral
{
    public Guid ReferralId { get; set; }
    /// <summary>The receipt's UTC ticks: the period's days become a range on the jurisdiction's calendar.</summary>
    public long ReceivedTicks { get; set; }
    public int Source { get; set; }
    public int Suspected { get; set; }
    public bool ScreenedPositive { get; set; }
    /// <summary>The latest determination's status plus one; 0 when none.</summary>
    public int Latest { get; set; }
    public bool Linked { get; set; }
    public double? HoursToScreening { get; set; }
    public double? HoursToDetermination { get; set; }
    public double? DaysToFirstMdt { get; set; }
}

internal sealed class ReportingReferralConfiguration : IEntityTypeConfiguration<ReportingReferral>
{
    public void Configure(EntityTypeBuilder<ReportingReferral> e)
    {
        e.ToTable("ReportingReferrals");
        e.HasKey(r => r.ReferralId);
        e.HasIndex(r => new
        {
            r.ReceivedTicks, r.Source, r.Suspected, r.ScreenedPositive, r.Latest, r.Linked, r.HoursToScreening, r.HoursToDetermination, r.DaysToFirstMdt,
        }).HasDatabaseName("IX_ReportingReferrals_Counting");
    }
}
