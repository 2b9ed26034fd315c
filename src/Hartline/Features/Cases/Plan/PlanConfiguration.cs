using Hartline.Features.Admin;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hartline.Features.Cases.Plan;

internal sealed class PlanItemConfiguration : IEntityTypeConfiguration<PlanItem>
{
    public void Configure(EntityTypeBuilder<PlanItem> e)
    {
        e.ToTable("PlanItems");
        e.Property(i => i.YouthWords).HasMaxLength(PlanItem.WordsMaxLength);
        e.Property(i => i.WorkerDescription).HasMaxLength(PlanItem.DescriptionMaxLength);
        e.Property(i => i.Domain).HasConversion<string>().HasMaxLength(20);
        e.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        e.Property(i => i.Agreement).HasConversion<string>().HasMaxLength(20);
        e.Property(i => i.AgreementHow).HasConversion<string>().HasMaxLength(20);
        e.HasOne<Case>().WithMany().HasForeignKey(i => i.CaseId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Agency>().WithMany().HasForeignKey(i => i.AddedByAgencyId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(i => new { i.CaseId, i.AddedAt });
    }
}

internal sealed class PlanItemAgreementConfiguration : IEntityTypeConfiguration<PlanItemAgreement>
{
    public void Configure(EntityTypeBuilder<PlanItemAgreement> e)
    {
        e.ToTable("PlanItemAgreements");
        e.Property(a => a.Agreement).HasConversion<string>().HasMaxLength(20);
        e.Property(a => a.How).HasConversion<string>().HasMaxLength(20);
        e.Property(a => a.YouthComment).HasMaxLength(PlanItemAgreement.CommentMaxLength);
        e.HasOne<PlanItem>().WithMany().HasForeignKey(a => a.PlanItemId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Case>().WithMany().HasForeignKey(a => a.CaseId).OnDelete(DeleteBehavior.Restrict);
        // The youth-voice figure counts answers recorded in a period.
        e.HasIndex(a => a.On);
        e.HasIndex(a => a.PlanItemId);
    }
}

internal sealed class YouthPreferencesConfiguration : IEntityTypeConfiguration<YouthPreferences>
{
    public void Configure(EntityTypeBuilder<YouthPreferences> e)
    {
        e.ToTable("YouthPreferences");
        foreach (var p in new[] { nameof(YouthPreferences.WantPresent), nameof(YouthPreferences.DoNotWantPresent),
                     nameof(YouthPreferences.ContactTimes), nameof(YouthPreferences.DoesNotWant) })
            e.Property(p).HasMaxLength(YouthPreferences.TextMaxLength);
        foreach (var p in new[] { nameof(YouthPreferences.NameUsed), nameof(YouthPreferences.Pronouns), nameof(YouthPreferences.Language) })
            e.Property(p).HasMaxLength(YouthPreferences.ShortMaxLength);
        e.Property(p => p.RecordedByName).HasMaxLength(256);
        e.Property(p => p.ContactMethod).HasConversion<string>().HasMaxLength(30);
        e.HasOne<Case>().WithMany().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(p => new { p.CaseId, p.RecordedAt });
    }
}

internal sealed class YouthFeedbackConfiguration : IEntityTypeConfiguration<YouthFeedback>
{
    public void Configure(EntityTypeBuilder<YouthFeedback> e)
    {
        e.ToTable("YouthFeedback");
        e.Property(f => f.How).HasConversion<string>().HasMaxLength(20);
        e.Property(f => f.YouthWords).HasMaxLength(YouthFeedback.WordsMaxLength);
        e.HasOne<Case>().WithMany().HasForeignKey(f => f.CaseId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Agency>().WithMany().HasForeignKey(f => f.RecordedByAgencyId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(f => new { f.CaseId, f.GivenOn });
        e.HasIndex(f => f.GivenOn);
    }
}
