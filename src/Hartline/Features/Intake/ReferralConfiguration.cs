using Hartline.Features.Admin;
using Hartline.Features.Cases;
using Hartline.Features.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hartline.Features.Intake;

internal sealed class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
    public void Configure(EntityTypeBuilder<Referral> e)
    {
        e.Property(r => r.SourceCode).HasMaxLength(40);
        e.Property(r => r.ReportingAgencyName).HasMaxLength(200);
        e.Property(r => r.RegionCode).HasMaxLength(40);
        e.Property(r => r.ResidenceCode).HasMaxLength(40);
        e.HasOne<Agency>().WithMany().HasForeignKey(r => r.ReceivingAgencyId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Person>().WithMany().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Case>().WithMany().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(r => r.ReceivedOn);
    }
}
