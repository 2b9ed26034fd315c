using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hartline.Features.Intake.Determination;

internal sealed class TraffickingDeterminationConfiguration : IEntityTypeConfiguration<TraffickingDetermination>
{
    public void Configure(EntityTypeBuilder<TraffickingDetermination> e)
    {
        e.ToTable("Determinations");
        e.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
        e.Property(d => d.DecidedBy).HasConversion<string>().HasMaxLength(30);
        e.Property(d => d.Exploitation).HasConversion<string>().HasMaxLength(20);
        e.Property(d => d.Actions).HasMaxLength(300);
        e.Property(d => d.Means).HasMaxLength(100);
        e.Property(d => d.Purposes).HasMaxLength(100);
        e.Property(d => d.Note).HasMaxLength(4000);
        e.HasOne<Referral>().WithMany().HasForeignKey(d => d.ReferralId).OnDelete(DeleteBehavior.Restrict);
    }
}
