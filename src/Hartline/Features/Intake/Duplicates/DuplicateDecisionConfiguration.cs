using Hartline.Features.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hartline.Features.Intake.Duplicates;

internal sealed class DuplicateDecisionConfiguration : IEntityTypeConfiguration<DuplicateDecision>
{
    public void Configure(EntityTypeBuilder<DuplicateDecision> e)
    {
        e.Property(d => d.Verdict).HasConversion<string>().HasMaxLength(20);
        e.HasOne<Referral>().WithMany().HasForeignKey(d => d.ReferralId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Person>().WithMany().HasForeignKey(d => d.CandidatePersonId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(d => d.CandidatePersonId);
    }
}
