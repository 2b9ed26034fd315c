using Hartline.Features.Admin;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hartline.Features.Cases.Sharing;

internal sealed class SharingConsentConfiguration : IEntityTypeConfiguration<SharingConsent>
{
    public void Configure(EntityTypeBuilder<SharingConsent> e)
    {
        e.ToTable("SharingConsents");
        e.Property(c => c.GivenBy).HasConversion<string>().HasMaxLength(30);
        e.Property(c => c.GiverName).HasMaxLength(200);
        e.Property(c => c.Limits).HasMaxLength(2000);
        e.Property(c => c.WithdrawnNote).HasMaxLength(2000);
        e.PrimitiveCollection(c => c.Purposes).ElementType().HasConversion<string>();
        e.HasOne<Case>().WithMany().HasForeignKey(c => c.CaseId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Agency>().WithMany().HasForeignKey(c => c.RecipientAgencyId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(c => new { c.CaseId, c.WithdrawnOn });
        e.Ignore(c => c.IsActive);
    }
}
