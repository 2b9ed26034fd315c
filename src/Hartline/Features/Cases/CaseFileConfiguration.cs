using Hartline.Features.Admin;
using Hartline.Features.Cases.Lifecycle;
using Hartline.Features.Cases.Missing;
using Hartline.Features.Cases.Team;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hartline.Features.Cases;

internal sealed class CaseStatusChangeConfiguration : IEntityTypeConfiguration<CaseStatusChange>
{
    public void Configure(EntityTypeBuilder<CaseStatusChange> e)
    {
        e.ToTable("CaseStatusChanges");
        e.Property(s => s.From).HasConversion<string>().HasMaxLength(20);
        e.Property(s => s.To).HasConversion<string>().HasMaxLength(20);
        e.Property(s => s.ReasonCode).HasMaxLength(40);
        e.Property(s => s.Note).HasMaxLength(2000);
        e.HasOne<Case>().WithMany().HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(s => new { s.CaseId, s.ChangedAt });
    }
}

internal sealed class MissingEpisodeConfiguration : IEntityTypeConfiguration<MissingEpisode>
{
    public void Configure(EntityTypeBuilder<MissingEpisode> e)
    {
        e.ToTable("MissingEpisodes");
        e.Property(m => m.MissingFromCode).HasMaxLength(40);
        e.Property(m => m.WhereFound).HasMaxLength(500);
        e.Property(m => m.Note).HasMaxLength(2000);
        e.HasOne<Case>().WithMany().HasForeignKey(m => m.CaseId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(m => new { m.CaseId, m.StartedAt });
    }
}

internal sealed class CareTeamAssignmentConfiguration : IEntityTypeConfiguration<CareTeamAssignment>
{
    public void Configure(EntityTypeBuilder<CareTeamAssignment> e)
    {
        e.ToTable("CareTeamAssignments");
        e.Property(a => a.Role).HasConversion<string>().HasMaxLength(30);
        e.Property(a => a.Name).HasMaxLength(200);
        e.Property(a => a.EndReason).HasMaxLength(500);
        e.HasOne<Case>().WithMany().HasForeignKey(a => a.CaseId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Agency>().WithMany().HasForeignKey(a => a.AgencyId).OnDelete(DeleteBehavior.Restrict);
        // Dashboards ask "my cases" by user; continuity reads primary workers per case.
        e.HasIndex(a => new { a.CaseId, a.Role });
        e.HasIndex(a => a.UserId);
    }
}
