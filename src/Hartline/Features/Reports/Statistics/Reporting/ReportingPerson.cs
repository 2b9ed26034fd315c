using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hartline.Features.Reports.Statistics.Reporting;

/// <summary>
/// A youth's number in the reporting rows: a small integer instead of the registry's id, so the counting index stays
/// narrow and distinct youths are told apart without reading ids. Given once, never changed or reused.
/// </summary>
public sealed class ReportingPerson
{
    public int Number { get; set; }
    public Guid PersonId { get; set; }
}

internal sealed class ReportingPersonConfiguration : IEntityTypeConfiguration<ReportingPerson>
{
    public void Configure(EntityTypeBuilder<ReportingPerson> e)
    {
        e.ToTable("ReportingPeople");
        e.HasKey(p => p.Number);
        e.Property(p => p.Number).ValueGeneratedOnAdd();
        e.HasIndex(p => p.PersonId).IsUnique();
    }
}
