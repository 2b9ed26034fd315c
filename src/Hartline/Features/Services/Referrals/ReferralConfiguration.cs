using Hartline.Features.Admin;
using Hartline.Features.Cases;
using Hartline.Features.Services.Directory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hartline.Features.Services.Referrals;

internal sealed class ServiceNeedConfiguration : IEntityTypeConfiguration<ServiceNeed>
{
    public void Configure(EntityTypeBuilder<ServiceNeed> e)
    {
        e.ToTable("ServiceNeeds");
        e.Property(n => n.TypeCode).HasMaxLength(60);
        e.Property(n => n.Note).HasMaxLength(ReferralRules.NoteMax);
        e.Property(n => n.Status).HasConversion<string>().HasMaxLength(20);
        e.HasOne<Case>().WithMany().HasForeignKey(n => n.CaseId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(n => new { n.CaseId, n.Status });
    }
}

internal sealed class CaseServiceFactsConfiguration : IEntityTypeConfiguration<CaseServiceFacts>
{
    public void Configure(EntityTypeBuilder<CaseServiceFacts> e)
    {
        e.ToTable("CaseServiceFacts");
        e.HasKey(f => f.CaseId);
        e.Property(f => f.LanguageCode).HasMaxLength(10);
        e.HasOne<Case>().WithOne().HasForeignKey<CaseServiceFacts>(f => f.CaseId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ServiceReferralConfiguration : IEntityTypeConfiguration<ServiceReferral>
{
    public void Configure(EntityTypeBuilder<ServiceReferral> e)
    {
        e.ToTable("ServiceReferrals");
        e.Property(r => r.Number).HasMaxLength(16);
        e.Property(r => r.TypeCode).HasMaxLength(60);
        e.HasIndex(r => r.Number).IsUnique();
        foreach (var p in new[] { nameof(ServiceReferral.Status), nameof(ServiceReferral.ShareProfile), nameof(ServiceReferral.DeclineReason),
                     nameof(ServiceReferral.EndReason), nameof(ServiceReferral.Result) })
            e.Property(p).HasConversion<string>().HasMaxLength(30);
        e.PrimitiveCollection(r => r.SharedFields).ElementType().HasConversion<string>();
        e.Property(r => r.Message).HasMaxLength(ReferralRules.NoteMax);
        e.Property(r => r.EligibilityWarning).HasMaxLength(ReferralRules.NoteMax);
        e.Property(r => r.EligibilityNote).HasMaxLength(ReferralRules.NoteMax);
        e.Property(r => r.ClosingNote).HasMaxLength(ReferralRules.NoteMax);
        e.HasOne<Case>().WithMany().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Service>().WithMany().HasForeignKey(r => r.ServiceId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<ServiceNeed>().WithMany().HasForeignKey(r => r.NeedId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Agency>().WithMany().HasForeignKey(r => r.ProviderAgencyId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Agency>().WithMany().HasForeignKey(r => r.SenderAgencyId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(r => r.Steps).WithOne().HasForeignKey(s => s.ReferralId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany<CaseAccessGrant>().WithOne().HasForeignKey(g => g.ServiceReferralId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(r => new { r.CaseId, r.CreatedAt });
        // A provider's inbox: what was sent to its agency, newest first.
        e.HasIndex(r => new { r.ProviderAgencyId, r.Status, r.SentAt });
    }
}

internal sealed class ServiceReferralStepConfiguration : IEntityTypeConfiguration<ServiceReferralStep>
{
    public void Configure(EntityTypeBuilder<ServiceReferralStep> e)
    {
        e.ToTable("ServiceReferralSteps");
        // Made in code and added through the referral's Steps: EF must insert it, not take the set key for an update.
        e.Property(s => s.Id).ValueGeneratedNever();
        e.Property(s => s.Status).HasConversion<string>().HasMaxLength(30);
        e.Property(s => s.ByName).HasMaxLength(200);
        e.Property(s => s.AgencyName).HasMaxLength(200);
        e.Property(s => s.Note).HasMaxLength(ReferralRules.NoteMax);
        e.HasIndex(s => new { s.ReferralId, s.At });
    }
}

internal sealed class ServiceDeliveryConfiguration : IEntityTypeConfiguration<ServiceDelivery>
{
    public void Configure(EntityTypeBuilder<ServiceDelivery> e)
    {
        e.ToTable("ServiceDeliveries");
        e.Property(d => d.TypeCode).HasMaxLength(60);
        e.Property(d => d.Note).HasMaxLength(ReferralRules.NoteMax);
        e.HasOne<ServiceReferral>().WithMany().HasForeignKey(d => d.ReferralId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(d => new { d.ReferralId, d.DeliveredOn });
        e.HasIndex(d => d.DeliveredOn); // services delivered per quarter
    }
}
