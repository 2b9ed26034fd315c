using Hartline.Features.Admin;
using Hartline.Features.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hartline.Features.Mdt;

internal sealed class MdtTeamConfiguration : IEntityTypeConfiguration<MdtTeam>
{
    public void Configure(EntityTypeBuilder<MdtTeam> e)
    {
        e.ToTable("MdtTeams");
        e.Property(t => t.Name).HasMaxLength(MdtRules.NameMax);
        e.Property(t => t.RegionCode).HasMaxLength(20);
        e.HasMany(t => t.Members).WithOne().HasForeignKey(m => m.TeamId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(t => t.RegionCode);
    }
}

internal sealed class MdtMemberConfiguration : IEntityTypeConfiguration<MdtMember>
{
    public void Configure(EntityTypeBuilder<MdtMember> e)
    {
        e.ToTable("MdtMembers");
        e.Property(m => m.Name).HasMaxLength(MdtRules.NameMax);
        e.Property(m => m.Role).HasConversion<string>().HasMaxLength(40);
        e.HasOne<Agency>().WithMany().HasForeignKey(m => m.AgencyId).OnDelete(DeleteBehavior.Restrict);
        // Which teams an agency sits on: the visibility check of every MDT page.
        e.HasIndex(m => new { m.AgencyId, m.LeftOn });
        e.HasIndex(m => m.UserId);
    }
}

internal sealed class MdtMeetingConfiguration : IEntityTypeConfiguration<MdtMeeting>
{
    public void Configure(EntityTypeBuilder<MdtMeeting> e)
    {
        e.ToTable("MdtMeetings");
        e.Property(m => m.Place).HasMaxLength(MdtRules.PlaceMax);
        e.Property(m => m.Type).HasConversion<string>().HasMaxLength(30);
        e.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
        e.HasOne<MdtTeam>().WithMany().HasForeignKey(m => m.TeamId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(m => new { m.TeamId, m.StartsAt });
        e.HasIndex(m => m.StartsAt);
    }
}

internal sealed class AgendaItemConfiguration : IEntityTypeConfiguration<AgendaItem>
{
    public void Configure(EntityTypeBuilder<AgendaItem> e)
    {
        e.ToTable("MdtAgendaItems");
        e.HasOne<MdtMeeting>().WithMany().HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Case>().WithMany().HasForeignKey(a => a.CaseId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(a => new { a.MeetingId, a.CaseId }).IsUnique();
        e.HasIndex(a => a.CaseId);
    }
}

internal sealed class MeetingAttendanceConfiguration : IEntityTypeConfiguration<MeetingAttendance>
{
    public void Configure(EntityTypeBuilder<MeetingAttendance> e)
    {
        e.ToTable("MdtAttendance");
        e.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        e.Property(a => a.GuestName).HasMaxLength(MdtRules.NameMax);
        e.Property(a => a.GuestAgency).HasMaxLength(MdtRules.NameMax);
        e.Property(a => a.GuestRole).HasMaxLength(MdtRules.NameMax);
        e.HasOne<MdtMeeting>().WithMany().HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<MdtMember>().WithMany().HasForeignKey(a => a.MemberId).OnDelete(DeleteBehavior.Restrict);
        // One mark per member per meeting (guests have no member: NULLs never collide).
        e.HasIndex(a => new { a.MeetingId, a.MemberId }).IsUnique();
    }
}

internal sealed class AgendaNoteConfiguration : IEntityTypeConfiguration<AgendaNote>
{
    public void Configure(EntityTypeBuilder<AgendaNote> e)
    {
        e.ToTable("MdtAgendaNotes");
        e.Property(n => n.Kind).HasConversion<string>().HasMaxLength(20);
        e.Property(n => n.Text).HasMaxLength(MdtRules.TextMax);
        e.HasOne<AgendaItem>().WithMany().HasForeignKey(n => n.AgendaItemId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(n => n.AgendaItemId);
    }
}

internal sealed class ActionItemConfiguration : IEntityTypeConfiguration<ActionItem>
{
    public void Configure(EntityTypeBuilder<ActionItem> e)
    {
        e.ToTable("MdtActionItems");
        e.Property(a => a.Description).HasMaxLength(MdtRules.DescriptionMax);
        e.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        e.HasOne<AgendaItem>().WithMany().HasForeignKey(a => a.AgendaItemId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<MdtMeeting>().WithMany().HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Case>().WithMany().HasForeignKey(a => a.CaseId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<MdtMember>().WithMany().HasForeignKey(a => a.OwnerMemberId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(a => a.MeetingId);
        // The overdue list and "due soon" on the dashboard.
        e.HasIndex(a => new { a.Status, a.DueOn });
        e.HasIndex(a => new { a.OwnerMemberId, a.Status });
    }
}
