using Hartline.Features.Admin;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hartline.Features.Cases.Notes;

internal sealed class CaseNoteConfiguration : IEntityTypeConfiguration<CaseNote>
{
    public void Configure(EntityTypeBuilder<CaseNote> e)
    {
        e.ToTable("CaseNotes");
        e.Property(n => n.AuthorName).HasMaxLength(256);
        e.Property(n => n.Level).HasConversion<string>().HasMaxLength(20);
        e.Property(n => n.Kind).HasConversion<string>().HasMaxLength(20);
        e.Property(n => n.Text).HasMaxLength(CaseNote.TextMaxLength);
        e.HasOne<Case>().WithMany().HasForeignKey(n => n.CaseId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Agency>().WithMany().HasForeignKey(n => n.AuthorAgencyId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<CaseNote>().WithMany().HasForeignKey(n => n.SupersedesId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(n => n.Readers).WithOne().HasForeignKey(r => r.NoteId).OnDelete(DeleteBehavior.Restrict);
        // The notes page lists one case's notes newest first.
        e.HasIndex(n => new { n.CaseId, n.WrittenAt });
    }
}

internal sealed class CaseNoteReaderConfiguration : IEntityTypeConfiguration<CaseNoteReader>
{
    public void Configure(EntityTypeBuilder<CaseNoteReader> e)
    {
        e.ToTable("CaseNoteReaders");
        e.HasKey(r => new { r.NoteId, r.AgencyId });
        e.HasOne<Agency>().WithMany().HasForeignKey(r => r.AgencyId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(r => r.AgencyId);
    }
}
