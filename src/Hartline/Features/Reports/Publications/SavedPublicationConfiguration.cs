using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hartline.Features.Reports.Publications;

internal sealed class SavedPublicationConfiguration : IEntityTypeConfiguration<SavedPublication>
{
    public void Configure(EntityTypeBuilder<SavedPublication> e)
    {
        e.ToTable("SavedPublications");
        e.Property(p => p.Title).HasMaxLength(200);
        e.Property(p => p.Period).HasMaxLength(30);
        e.Property(p => p.CrossTabRows).HasMaxLength(40);
        e.Property(p => p.CrossTabColumns).HasMaxLength(40);
        e.Property(p => p.Note).HasMaxLength(500);
        e.Property(p => p.SoftwareVersion).HasMaxLength(100);
        e.HasIndex(p => p.SavedAt);
    }
}
