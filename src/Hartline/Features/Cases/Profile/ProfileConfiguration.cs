using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hartline.Features.Cases.Profile;

internal sealed class ProfileConfiguration : IEntityTypeConfiguration<ExploitationProfile>
{
    public void Configure(EntityTypeBuilder<ExploitationProfile> e)
    {
        e.ToTable("ExploitationProfiles");
        e.HasKey(p => p.CaseId);
        e.HasOne<Case>().WithOne().HasForeignKey<ExploitationProfile>(p => p.CaseId).OnDelete(DeleteBehavior.Restrict);
        e.Property(p => p.TraffickingStatus).HasConversion<string>().HasMaxLength(30);
        e.Property(p => p.StatusDecidedBy).HasConversion<string>().HasMaxLength(30);
        e.Property(p => p.LaborIndustry).HasMaxLength(40);
        e.Property(p => p.RecruitmentMethod).HasMaxLength(40);
        e.Property(p => p.RecruiterRelationship).HasMaxLength(40);
    }
}
