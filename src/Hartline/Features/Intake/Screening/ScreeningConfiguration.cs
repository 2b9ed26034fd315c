using Hartline.Features.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hartline.Features.Intake.Screening;

internal sealed class ScreeningConfiguration : IEntityTypeConfiguration<ScreeningRecord>
{
    public void Configure(EntityTypeBuilder<ScreeningRecord> e)
    {
        e.ToTable("Screenings");
        e.Property(s => s.InstrumentCode).HasMaxLength(60);
        e.Property(s => s.BandCode).HasMaxLength(40);
        e.HasOne<Person>().WithMany().HasForeignKey(s => s.PersonId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Referral>().WithMany().HasForeignKey(s => s.ReferralId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(s => s.Responses).WithOne().HasForeignKey(r => r.ScreeningId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ScreeningResponseConfiguration : IEntityTypeConfiguration<ScreeningResponse>
{
    public void Configure(EntityTypeBuilder<ScreeningResponse> e)
    {
        e.ToTable("ScreeningResponses");
        e.HasKey(r => new { r.ScreeningId, r.ItemCode });
        e.Property(r => r.ItemCode).HasMaxLength(60);
    }
}
