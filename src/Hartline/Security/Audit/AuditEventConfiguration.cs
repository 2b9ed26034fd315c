using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hartline.Security.Audit;

internal sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> e)
    {
        e.Property(a => a.Actor).HasMaxLength(256);
        e.Property(a => a.Action).HasConversion<string>().HasMaxLength(20);
        e.Property(a => a.EntityType).HasMaxLength(60);
        e.Property(a => a.EntityId).HasMaxLength(60);
        e.Property(a => a.Purpose).HasMaxLength(500);
        e.HasIndex(a => a.At);
        e.HasIndex(a => new { a.EntityType, a.EntityId });
        e.HasIndex(a => a.UserId);
        e.Property(a => a.Seal).HasMaxLength(64);
        e.Property(a => a.Chain).HasMaxLength(64);
        // One event per place; the sealer finds the events still to chain through it (their place is null).
        e.HasIndex(a => a.Seq).IsUnique();
    }
}
