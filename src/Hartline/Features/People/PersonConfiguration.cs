using Hartline.Features.Admin;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hartline.Features.People;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> e)
    {
        e.ToTable("People");
        e.Property(p => p.GivenName).HasMaxLength(100);
        e.Property(p => p.MiddleName).HasMaxLength(100);
        e.Property(p => p.FamilyName).HasMaxLength(100);
        e.Property(p => p.GenderCode).HasMaxLength(40);
        // Folding may double a name's length (ß → ss, æ → ae): the keys have room for it.
        e.Property(p => p.GivenNameKey).HasMaxLength(200);
        e.Property(p => p.FamilyNameKey).HasMaxLength(200);
        e.HasIndex(p => new { p.FamilyNameKey, p.GivenNameKey }); // lists sorted by youth; lookups by family name use its first part
        e.HasIndex(p => p.GivenNameKey);
        e.HasIndex(p => new { p.DateOfBirth, p.Id }); // with the id: lists filtered by age group join cases without reading the row
        // The registry index catches up on people created since its last look, on every duplicate check.
        e.HasIndex(p => p.CreatedAt);
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
