using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hartline.Features.Reports.Statistics.Reporting;

/// <summary>
/// A category code (region, gender, race/ethnicity…) as a number in the reporting rows. Numbered as codes are first
/// seen, never renumbered, so editing the jurisdiction's lists never makes a stored row mean something else. Number 0
/// is "not recorded" and has no row.
/// </summary>
public sealed class ReportingCode
{
    public const int NotRecorded = 0;

    public int Number { get; set; }
    public required string Code { get; set; }
}

internal sealed class ReportingCodeConfiguration : IEntityTypeConfiguration<ReportingCode>
{
    public void Configure(EntityTypeBuilder<ReportingCode> e)
    {
        e.ToTable("ReportingCodes");
        e.HasKey(c => c.Number);
        e.Property(c => c.Number).ValueGeneratedOnAdd();
        e.Property(c => c.Code).HasMaxLength(400); // a set of types of exploitation is one code
        e.HasIndex(c => c.Code).IsUnique();
    }
}
