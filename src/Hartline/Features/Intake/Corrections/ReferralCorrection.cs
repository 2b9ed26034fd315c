using Hartline.Security.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hartline.Features.Intake.Corrections;

/// <summary>
/// One field of a referral (or of its youth's registry record) corrected: before, after, why, who, when.
/// The referral page shows this history to those who may read the referral. The values are kept here,
/// not in the audit trail, which the Administrator reads and which therefore records only that a field
/// changed.
/// </summary>
public sealed class ReferralCorrection : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ReferralId { get; set; }
    /// <summary>The field, as a <see cref="CorrectableField"/> name.</summary>
    [ShownInAudit] public required string Field { get; set; }
    [ConfidentialText] public string? Before { get; set; }
    [ConfidentialText] public string? After { get; set; }
    [ConfidentialText] public required string Reason { get; set; }
    public DateTime CorrectedAt { get; set; }
    public Guid CorrectedById { get; set; }
}

/// <summary>The fields a correction may change.</summary>
public enum CorrectableField
{
    GivenName, MiddleName, FamilyName, DateOfBirth, Source, ReportingAgency, Narrative, CarelineReportNumber,
}

internal sealed class ReferralCorrectionConfiguration : IEntityTypeConfiguration<ReferralCorrection>
{
    public void Configure(EntityTypeBuilder<ReferralCorrection> e)
    {
        e.ToTable("ReferralCorrections");
        e.Property(c => c.Field).HasMaxLength(40);
        e.Property(c => c.Before).HasMaxLength(ReferralRules.NarrativeMaxLength);
        e.Property(c => c.After).HasMaxLength(ReferralRules.NarrativeMaxLength);
        e.Property(c => c.Reason).HasMaxLength(500);
        e.HasIndex(c => c.ReferralId);
        // No foreign key to Referrals: a withdrawn referral is filtered out of queries, and its history stays.
    }
}
