using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hartline.Features.Cases.Legal;

// Every record hangs off a case (Restrict: nothing here is ever deleted). Indexes follow what reads
// filter on: the legal tab loads by case; the quarterly figures by the step, arrest and charge dates.

internal sealed class LegalProtectionConfiguration : IEntityTypeConfiguration<LegalProtection>
{
    public void Configure(EntityTypeBuilder<LegalProtection> e)
    {
        e.ToTable("LegalProtections");
        e.Property(p => p.Kind).HasConversion<string>().HasMaxLength(40);
        e.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        e.Property(p => p.CourtOrAgency).HasMaxLength(LegalLimits.Name);
        e.Property(p => p.Note).HasMaxLength(LegalLimits.Note);
        e.HasOne<Case>().WithMany().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(p => p.Steps).WithOne().HasForeignKey(s => s.ProtectionId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(p => p.CaseId);
    }
}

internal sealed class LegalProtectionStepConfiguration : IEntityTypeConfiguration<LegalProtectionStep>
{
    public void Configure(EntityTypeBuilder<LegalProtectionStep> e)
    {
        e.ToTable("LegalProtectionSteps");
        e.Property(s => s.Step).HasConversion<string>().HasMaxLength(20);
        e.Property(s => s.Amount).HasPrecision(12, 2);
        e.Property(s => s.Note).HasMaxLength(LegalLimits.Note);
        e.HasIndex(s => new { s.On, s.Step });
    }
}

internal sealed class OffenderConfiguration : IEntityTypeConfiguration<Offender>
{
    public void Configure(EntityTypeBuilder<Offender> e)
    {
        e.ToTable("Offenders");
        e.Property(o => o.Role).HasConversion<string>().HasMaxLength(20);
        e.Property(o => o.Relationship).HasConversion<string>().HasMaxLength(30);
        e.Property(o => o.NameOrAlias).HasMaxLength(LegalLimits.Name);
        e.Property(o => o.Note).HasMaxLength(LegalLimits.Note);
        e.HasOne<Case>().WithMany().HasForeignKey(o => o.CaseId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(o => o.CaseId);
    }
}

internal sealed class ArrestConfiguration : IEntityTypeConfiguration<Arrest>
{
    public void Configure(EntityTypeBuilder<Arrest> e)
    {
        e.ToTable("Arrests");
        e.Property(a => a.Agency).HasMaxLength(LegalLimits.Name);
        e.Property(a => a.Note).HasMaxLength(LegalLimits.Note);
        e.HasOne<Case>().WithMany().HasForeignKey(a => a.CaseId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Offender>().WithMany().HasForeignKey(a => a.OffenderId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(a => a.CaseId);
        e.HasIndex(a => a.ArrestedOn);
    }
}

internal sealed class ChargeConfiguration : IEntityTypeConfiguration<Charge>
{
    public void Configure(EntityTypeBuilder<Charge> e)
    {
        e.ToTable("Charges");
        e.Property(c => c.OffenseCode).HasMaxLength(40);
        e.Property(c => c.Note).HasMaxLength(LegalLimits.Note);
        e.HasOne<Case>().WithMany().HasForeignKey(c => c.CaseId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Offender>().WithMany().HasForeignKey(c => c.OffenderId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Arrest>().WithMany().HasForeignKey(c => c.ArrestId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(c => c.Dispositions).WithOne().HasForeignKey(d => d.ChargeId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(c => c.CaseId);
        e.HasIndex(c => c.ChargedOn);
    }
}

internal sealed class ChargeDispositionConfiguration : IEntityTypeConfiguration<ChargeDisposition>
{
    public void Configure(EntityTypeBuilder<ChargeDisposition> e)
    {
        e.ToTable("ChargeDispositions");
        e.Property(d => d.Outcome).HasConversion<string>().HasMaxLength(30);
        e.Property(d => d.Note).HasMaxLength(LegalLimits.Note);
        e.HasIndex(d => d.On);
    }
}

internal sealed class CourtDateConfiguration : IEntityTypeConfiguration<CourtDate>
{
    public void Configure(EntityTypeBuilder<CourtDate> e)
    {
        e.ToTable("CourtDates");
        e.Property(d => d.Court).HasMaxLength(LegalLimits.Name);
        e.Property(d => d.Purpose).HasConversion<string>().HasMaxLength(30);
        e.Property(d => d.Outcome).HasMaxLength(LegalLimits.Outcome);
        e.Property(d => d.Note).HasMaxLength(LegalLimits.Note);
        e.HasOne<Case>().WithMany().HasForeignKey(d => d.CaseId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Offender>().WithMany().HasForeignKey(d => d.OffenderId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<LegalProtection>().WithMany().HasForeignKey(d => d.ProtectionId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(d => new { d.CaseId, d.At });
    }
}

/// <summary>Field lengths, shared by the schema and the validation so the two cannot disagree.</summary>
public static class LegalLimits
{
    public const int Name = 200;
    public const int Note = 2000;
    public const int Outcome = 500;
    public const decimal MaxAmount = 10_000_000m;
}
