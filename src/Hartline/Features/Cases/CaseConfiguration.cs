using Hartline.Features.Admin;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hartline.Features.Cases;

internal sealed class CaseConfiguration : IEntityTypeConfiguration<Case>
{
    public void Configure(EntityTypeBuilder<Case> e)
    {
        e.Property(c => c.RegionCode).HasMaxLength(40);
        e.Property(c => c.ResidenceCode).HasMaxLength(40);
        e.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        e.HasOne(c => c.Person).WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Agency>().WithMany().HasForeignKey(c => c.OwnerAgencyId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(c => c.Grants).WithOne().HasForeignKey(g => g.CaseId).OnDelete(DeleteBehavior.Restrict);
        // The quarterly report filters on the open/close dates; the case list on the owner.
        e.HasIndex(c => new { c.OpenedOn, c.ClosedOn });
        // The case list's sorts and filters, each ending on the id as the list's order does, so a page is read
        // from the index and the sort stops after it (owner: the agencies' name index, then these).
        e.HasIndex(c => new { c.OwnerAgencyId, c.Id });
        e.HasIndex(c => new { c.RegionCode, c.Id });
        e.HasIndex(c => new { c.Status, c.Id });
        // A youth's cases, with what the list filters on: an age-group filter joins from the youth and needs no row.
        e.HasIndex(c => new { c.PersonId, c.Status, c.RegionCode });
        e.Property(c => c.Number).HasMaxLength(16);
        e.HasIndex(c => c.Number).IsUnique();
    }
}

internal sealed class CaseAccessGrantConfiguration : IEntityTypeConfiguration<CaseAccessGrant>
{
    public void Configure(EntityTypeBuilder<CaseAccessGrant> e)
    {
        e.Property(g => g.Kind).HasConversion<string>().HasMaxLength(30);
        // The id is made in code (Guid v7): a grant added to a tracked case's Grants must be inserted, and EF
        // would otherwise take a set key on a generated property for an existing row and UPDATE it.
        e.Property(g => g.Id).ValueGeneratedNever();
        e.HasOne<Agency>().WithMany().HasForeignKey(g => g.AgencyId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(g => new { g.AgencyId, g.CaseId });
    }
}
