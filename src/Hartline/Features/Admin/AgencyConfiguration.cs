using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hartline.Features.Admin;

internal sealed class AgencyConfiguration : IEntityTypeConfiguration<Agency>
{
    public void Configure(EntityTypeBuilder<Agency> e)
    {
        e.Property(a => a.Name).HasMaxLength(200);
        e.HasIndex(a => a.Name).IsUnique();
        e.Property(a => a.Kind).HasConversion<string>().HasMaxLength(40);
    }
}
