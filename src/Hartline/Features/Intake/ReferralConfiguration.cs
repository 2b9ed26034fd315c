using Hartline.Features.Admin;
using Hartline.Features.Cases;
using Hartline.Features.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hartline.Features.Intake;

internal sealed class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
    public void Configure(EntityTypeBuilder<Referral> e)
    {
        e.Property(r => r.SourceCode).HasMaxLength(40);
        e.Property(r => r.ReportingAgencyName).HasMaxLength(200);
        e.Property(r => r.ReportingContact).HasMaxLength(200);
        e.Property(r => r.CarelineReportIndex).HasMaxLength(24); // the number itself is encrypted (ProtectedColumns)
        e.Property(r => r.Narrative).HasMaxLength(ReferralRules.NarrativeMaxLength);
        e.Property(r => r.Location).HasMaxLength(200);
        e.Property(r => r.ExploitationSuspected).HasConversion<string>().HasMaxLength(20);
        e.Property(r => r.RegionCode).HasMaxLength(40);
        e.Property(r => r.ResidenceCode).HasMaxLength(40);
        e.Ignore(r => r.Status);
        e.Property(r => r.WithdrawalReason).HasMaxLength(500);
        // A withdrawn referral leaves every list, count and report; the withdrawal pages ask for it explicitly.
        e.HasQueryFilter(r => r.WithdrawnAt == null);
        e.HasOne<Agency>().WithMany().HasForeignKey(r => r.ReceivingAgencyId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Person>().WithMany().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Case>().WithMany().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Restrict);
        // The funnel report filters referrals by when they were received.
        e.HasIndex(r => r.ReceivedAt);
        e.HasIndex(r => r.ReceivingAgencyId);
        // The search box finds a referral by its Careline report number.
        e.HasIndex(r => r.CarelineReportIndex);
        // "Safety concern" filters: the few flagged cases, read from an index that holds only them. The filter is
        // written as the queries write it (the query filter's withdrawal test included), so SQLite can use it.
        e.HasIndex(r => r.CaseId); // a case's referrals (declared, since the filtered index below would stand in for it)
        e.HasIndex(r => r.CaseId, "IX_Referrals_CaseId_Flagged")
            .HasFilter("\"ImmediateSafetyConcern\" AND \"WithdrawnAt\" IS NULL");
        e.Property(r => r.Number).HasMaxLength(16);
        e.HasIndex(r => r.Number).IsUnique();
    }
}
