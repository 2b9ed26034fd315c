using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hartline.Features.Jobs;

internal sealed class BackgroundJobConfiguration : IEntityTypeConfiguration<BackgroundJob>
{
    public void Configure(EntityTypeBuilder<BackgroundJob> e)
    {
        e.ToTable("BackgroundJobs");
        e.Property(j => j.Kind).HasMaxLength(40);
        e.Property(j => j.State).HasConversion<string>().HasMaxLength(20);
        e.Property(j => j.LeaseOwner).HasMaxLength(120);
        e.Property(j => j.ResultFile).HasMaxLength(120);
        e.Property(j => j.Failure).HasMaxLength(500);
        // The runner's poll: the waiting and running jobs, oldest first.
        e.HasIndex(j => new { j.State, j.RequestedAt });
        // A user's own list.
        e.HasIndex(j => new { j.RequestedById, j.Kind, j.RequestedAt });
    }
}
