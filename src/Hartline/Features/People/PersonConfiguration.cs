using Hartline.Features.Admin;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hartline.Features.People;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> e)
    {
        e.ToTable("People");
        // Names and the date of birth are encrypted (ProtectedColumns): no index on them, only on their blind indexes.
        e.Property(p => p.GenderCode).HasMaxLength(40);
        e.Property(p => p.GivenNameIndex).HasMaxLength(24);
        e.Property(p => p.FamilyNameIndex).HasMaxLength(24);
        e.Property(p => p.BirthDateIndex).HasMaxLength(24);
        e.HasIndex(p => p.FamilyNameIndex);
        e.HasIndex(p => p.GivenNameIndex);
        e.HasIndex(p => p.BirthDateIndex);
        // The registry index catches up on people created since its last look, on every duplicate check.
        e.HasIndex(p => p.CreatedAt);
        e.HasIndex(p => p.ChangedAt);
        e.HasOne<Person>().WithMany().HasForeignKey(p => p.MergedIntoId).OnDelete(DeleteBehavior.Restrict);
        // Only the merged few: nearly every youth's is null, and a full index on it lured SQLite's planner into
        // reading the whole registry for "not merged" when a selective index was at hand.
        e.HasIndex(p => p.MergedIntoId).HasFilter("\"MergedIntoId\" IS NOT NULL");
        e.Ignore(p => p.FullName);
        e.HasOne<Agency>().WithMany().HasForeignKey(p => p.OwnerAgencyId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(p => p.RaceEthnicities).WithOne().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PersonRaceEthnicityConfiguration : IEntityTypeConfiguration<PersonRaceEthnicity>
{
    public void Configure(EntityTypeBuilder<PersonRaceEthnicity> e)
    {
        e.ToTable("PersonRaceEthnicities");
        e.HasKey(r => new { r.PersonId, r.Code });
        e.Property(r => r.Code).HasMaxLength(40);
    }
}
