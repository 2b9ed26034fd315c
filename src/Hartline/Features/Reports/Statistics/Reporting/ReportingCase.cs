using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hartline.Features.Reports.Statistics.Reporting;

/// <summary>
/// One case as the statistics count it, in one narrow row of integers: kept by the save that changes the case, its
/// youth, the youth's race/ethnicity or the case's exploitation profile (<see cref="ReportingRows"/>), in the same
/// transaction, so it always equals the live records. Counting a million cases then reads one index of small numbers
/// instead of joining four tables. Never a name: the youth is a number (<see cref="ReportingPerson"/>), categories are
/// numbers of <see cref="ReportingCode"/>, dates are day numbers.
/// </summary>
public sealed class ReportingCase
{
    /// <summary>A case still open is open until this day, so "active on a day" is one range test on the index.</summary>
    public const int StillOpen = int.MaxValue;

    public Guid CaseId { get; set; }
    public int Youth { get; set; }
    /// <summary><see cref="DateOnly.DayNumber"/> of the day the case was opened.</summary>
    public int OpenedDay { get; set; }
    /// <summary>Day number of the closure; <see cref="StillOpen"/> while open.</summary>
    public int ClosedDay { get; set; }
    public int Region { get; set; }
    public int Residence { get; set; }
    public int Gender { get; set; }
    /// <summary>
    /// The youth's age in whole years on the day the case was opened; null when the date of birth is not recorded.
    /// An age, not the date: the date of birth is encrypted in the people's table and must not stand here in plain.
    /// </summary>
    public int? AgeAtOpening { get; set; }
    /// <summary>The youth's one race/ethnicity, or the jurisdiction's "multiple" code when they have several.</summary>
    public int RaceEthnicity { get; set; }
    public int Recruiter { get; set; }
    /// <summary>The profile's types of exploitation, as the number of their set (<see cref="ReportingCodes.TypeSet"/>); 0 when none.</summary>
    public int ExploitationTypes { get; set; }
    /// <summary>
    /// The day the youth's first primary worker started, across all of the youth's cases (the same on each of them);
    /// <see cref="StillOpen"/> when none has. Continuity of care then reads only the year's starts: whether a start is a
    /// change depends on whether an earlier one exists, which is this day.
    /// </summary>
    public int FirstPrimaryWorkerDay { get; set; } = StillOpen;
}

internal sealed class ReportingCaseConfiguration : IEntityTypeConfiguration<ReportingCase>
{
    public void Configure(EntityTypeBuilder<ReportingCase> e)
    {
        e.ToTable("ReportingCases");
        e.HasKey(r => r.CaseId);
        // Every column a count needs, led by the closing day: a period's cases are one range of one index, read without
        // touching the table (the open cases sort last, at StillOpen).
        e.HasIndex(r => new
        {
            r.ClosedDay, r.OpenedDay, r.Youth, r.Region, r.Residence, r.Gender, r.AgeAtOpening, r.RaceEthnicity, r.Recruiter, r.ExploitationTypes,
        }).HasDatabaseName("IX_ReportingCases_Counting");
        e.HasIndex(r => r.Youth);
    }
}
