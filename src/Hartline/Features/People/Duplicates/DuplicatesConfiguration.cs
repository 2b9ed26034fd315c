using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hartline.Features.People.Duplicates;

internal sealed class PossibleDuplicateConfiguration : IEntityTypeConfiguration<PossibleDuplicate>
{
    public void Configure(EntityTypeBuilder<PossibleDuplicate> e)
    {
        e.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
        e.Property(d => d.FoundBy).HasMaxLength(40);
        e.Property(d => d.Explanation).HasMaxLength(8000);
        e.HasOne<Person>().WithMany().HasForeignKey(d => d.PersonAId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Person>().WithMany().HasForeignKey(d => d.PersonBId).OnDelete(DeleteBehavior.Restrict);
        // One row per pair: a later finding updates it rather than adding another.
        e.HasIndex(d => new { d.PersonAId, d.PersonBId }).IsUnique();
        e.HasIndex(d => d.Status);
    }
}

internal sealed class PersonMergeConfiguration : IEntityTypeConfiguration<PersonMerge>
{
    public void Configure(EntityTypeBuilder<PersonMerge> e)
    {
        e.Property(m => m.Reason).HasMaxLength(1000);
        e.HasOne<Person>().WithMany().HasForeignKey(m => m.SurvivorId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Person>().WithMany().HasForeignKey(m => m.MergedId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<PossibleDuplicate>().WithMany().HasForeignKey(m => m.PossibleDuplicateId).OnDelete(DeleteBehavior.Restrict);
    }
}
