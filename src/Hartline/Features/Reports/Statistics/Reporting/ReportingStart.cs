using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hartline.Features.Reports.Statistics.Reporting;

/// <summary>
/// One primary worker's start on a case, as continuity of care counts it: the day, the youth (their reporting number)
/// and the day the youth's first primary worker started, all as integers. Kept with the case's reporting row
/// (<see cref="ReportingRows"/>), in the save's transaction. A year's starts are then one range of one index read
/// without touching a table, instead of every assignment of the year joined to the cases by their ids.
/// </summary>
public sealed class ReportingStart
{
    /// <summary>The care-team assignment this start is (one row per primary-worker assignment).</summary>
    public Guid AssignmentId { get; set; }
    /// <summary>The case the assignment is on: the scope function decides by it who may count the start.</summary>
    public Guid CaseId { get; set; }
    /// <summary><see cref="DateOnly.DayNumber"/> of the day the primary worker started.</summary>
    public int Day { get; set; }
    public int Youth { get; set; }
    /// <summary>The youth's first start across all their cases (<see cref="ReportingCase.FirstPrimaryWorkerDay"/>).</summary>
    public int FirstDay { get; set; }
}

internal sealed class ReportingStartConfiguration : IEntityTypeConfiguration<ReportingStart>
{
    public void Configure(EntityTypeBuilder<ReportingStart> e)
    {
        e.ToTable("ReportingStarts");
        e.HasKey(s => s.AssignmentId);
        // Led by the day, with every column continuity reads (the case for the scope function's filter).
        e.HasIndex(s => new { s.Day, s.Youth, s.FirstDay, s.CaseId }).HasDatabaseName("IX_ReportingStarts_Counting");
        e.HasIndex(s => s.CaseId);
    }
}
