using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hartline.Security.Audit.Chain;

/// <summary>
/// The record kept of events taken out of the trail once past retention and written to an archive file: where the chain
/// stood at the last one taken (so the events left still chain on from it), how many, and the file's digest. Sealed
/// with the audit key, so that it cannot be moved on to hide events deleted from the start of the trail.
/// </summary>
public sealed class AuditArchive
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public DateTime ArchivedAt { get; set; }
    public long FromSeq { get; set; }
    public long UpToSeq { get; set; }
    /// <summary>The chain value of the event at <see cref="UpToSeq"/>.</summary>
    public required string Chain { get; set; }
    public long Count { get; set; }
    /// <summary>The archive file's name as written (no folder).</summary>
    public required string File { get; set; }
    /// <summary>SHA-256 of the archive file, hex.</summary>
    public required string FileDigest { get; set; }
    public required string Seal { get; set; }

    public string ExpectedSeal(byte[] key) => AuditSeal.OfFields(key, "archive", Id.ToString("D"), FromSeq.ToString(), UpToSeq.ToString(),
        Chain, Count.ToString(), File, FileDigest, (ArchivedAt.Ticks / 10).ToString());
}

internal sealed class AuditArchiveConfiguration : IEntityTypeConfiguration<AuditArchive>
{
    public void Configure(EntityTypeBuilder<AuditArchive> e)
    {
        e.ToTable("AuditArchives");
        e.Property(a => a.Chain).HasMaxLength(64);
        e.Property(a => a.Seal).HasMaxLength(64);
        e.Property(a => a.File).HasMaxLength(260);
        e.Property(a => a.FileDigest).HasMaxLength(64);
        e.HasIndex(a => a.UpToSeq).IsUnique();
    }
}
