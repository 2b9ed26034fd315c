using Hartline.Features.Admin;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hartline.Features.Account;

internal sealed class HartlineUserConfiguration : IEntityTypeConfiguration<HartlineUser>
{
    public void Configure(EntityTypeBuilder<HartlineUser> e)
    {
        e.Property(u => u.DisplayName).HasMaxLength(200);
        e.HasOne<Agency>().WithMany().HasForeignKey(u => u.AgencyId).OnDelete(DeleteBehavior.Restrict);
        // Written only by the one conditional UPDATE that claims a code's step (TwoFactor/OneTimeCodes). Identity saves a
        // user by marking every property changed: a sign-in holding an older copy would write the step back and let a code
        // taken already be taken again.
        e.Property(u => u.LastCodeStep).Metadata.SetAfterSaveBehavior(Microsoft.EntityFrameworkCore.Metadata.PropertySaveBehavior.Ignore);
    }
}
