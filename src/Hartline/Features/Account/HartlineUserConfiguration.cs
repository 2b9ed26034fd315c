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
    }
}
