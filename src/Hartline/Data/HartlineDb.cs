using Hartline.Features.Account;
using Hartline.Features.Admin;
using Hartline.Features.Cases;
using Hartline.Features.Intake;
using Hartline.Features.Intake.Determination;
using Hartline.Features.Intake.Duplicates;
using Hartline.Features.Intake.Screening;
using Hartline.Features.People;
using Hartline.Features.People.Duplicates;
using Hartline.Security;
using Hartline.Security.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Hartline.Data;

/// <summary>
/// The one database context. Each provider has a subclass (<see cref="SqliteHartlineDb"/>,
/// <see cref="PostgresHartlineDb"/>) only so that each carries its own migrations.
/// </summary>
public abstract class HartlineDb(DbContextOptions options)
    : IdentityDbContext<HartlineUser, IdentityRole<Guid>, Guid>(options), Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.IDataProtectionKeyContext
{
    /// <summary>Who is saving: stamped on the audit events written by <see cref="SaveChangesAsync(bool, CancellationToken)"/>.</summary>
    public Actor Actor => ActorSource();

    /// <summary>Read at save time, so a CLI command that switches actor after creating the context is honoured.</summary>
    public Func<Actor> ActorSource { get; set; } = () => Actor.System;

    /// <summary>Stamps the audit trail's events; the host's <see cref="TimeProvider"/>, so a test clock reaches the trail too.</summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;

    /// <summary>The keys that encrypt identities in this context's columns and make their blind indexes.</summary>
    public Security.Protection.FieldKeys FieldKeys => _fieldKeys ??=
        this.GetService<Microsoft.EntityFrameworkCore.Infrastructure.IDbContextOptions>().FindExtension<Protection.FieldProtectionExtension>()?.Keys
        ?? throw new InvalidOperationException("A Hartline context needs the field keys (DatabaseTarget.Options adds them).");

    private Security.Protection.FieldKeys? _fieldKeys; // the same for every use of a pooled context: its options do not change

    public DbSet<Agency> Agencies => Set<Agency>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<Referral> Referrals => Set<Referral>();
    public DbSet<Case> Cases => Set<Case>();
    public DbSet<CaseAccessGrant> CaseAccessGrants => Set<CaseAccessGrant>();
    public DbSet<TraffickingDetermination> Determinations => Set<TraffickingDetermination>();
    public DbSet<ScreeningRecord> Screenings => Set<ScreeningRecord>();
    public DbSet<DuplicateDecision> DuplicateDecisions => Set<DuplicateDecision>();
    public DbSet<PossibleDuplicate> PossibleDuplicates => Set<PossibleDuplicate>();
    public DbSet<PersonMerge> PersonMerges => Set<PersonMerge>();
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();
    /// <summary>
    /// The data-protection key ring (sign-in cookies, antiforgery tokens, two-factor state), shared by every node of the
    /// database; each key's XML is encrypted with the field keys (<see cref="Security.Protection.FieldKeyXmlEncryptor"/>).
    /// </summary>
    public DbSet<Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey> DataProtectionKeys =>
        Set<Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(HartlineDb).Assembly);
        // PostgreSQL (before 18) computes only stored columns; SQLite adds only virtual ones to an existing table.
        var cases = builder.Entity<Features.Cases.Case>();
        cases.Property<int>(Features.Cases.CaseLifeOrder.Column)
            .HasComputedColumnSql(Features.Cases.CaseLifeOrder.Sql, stored: this is PostgresHartlineDb);
        cases.HasIndex(Features.Cases.CaseLifeOrder.Column, nameof(Features.Cases.Case.Id)); // the list's status sort
        Protection.ProtectedColumns.Apply(builder);
        foreach (var type in builder.Model.GetEntityTypes().Where(t => typeof(IVersioned).IsAssignableFrom(t.ClrType)).ToList())
            builder.Entity(type.ClrType).Property(nameof(IVersioned.Version)).IsConcurrencyToken();
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder conventions)
    {
        // Times are stored and read back as UTC on both providers (SQLite forgets the kind).
        conventions.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        conventions.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    /// <summary>
    /// Refused, but for the data-protection key store's own save (it saves synchronously; its keys are not records, so
    /// neither audited nor counted).
    /// </summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        ChangeTracker.Entries().All(e => e.State == EntityState.Unchanged || e.Entity is Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey)
            ? base.SaveChanges(acceptAllChangesOnSuccess)
            : throw new NotSupportedException("Use SaveChangesAsync: it writes the audit trail.");

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken ct = default)
    {
        var now = Clock.GetUtcNow().UtcDateTime;
        foreach (var entry in ChangeTracker.Entries<Person>())
            if (entry.State is EntityState.Added or EntityState.Modified)
            {
                entry.Entity.RefreshSearchKeys(FieldKeys);
                entry.Entity.ChangedAt = now;
            }
        foreach (var entry in ChangeTracker.Entries<Referral>())
            if (entry.State is EntityState.Added or EntityState.Modified) entry.Entity.RefreshSearchKeys(FieldKeys);
        foreach (var entry in ChangeTracker.Entries<IVersioned>())
            if (entry.State == EntityState.Modified) entry.Entity.Version++;
        CreationStamps.Apply(this);
        AuditTrail.Capture(this);
        SealAddedAuditEvents();
        var reporting = Features.Reports.Statistics.Reporting.ReportingChanges.Collect(ChangeTracker);
        if (reporting.IsEmpty) return await base.SaveChangesAsync(acceptAllChangesOnSuccess, ct);

        // The statistics' reporting rows change with the records they are made from, in one transaction: a count read
        // at any moment equals the live records.
        await using var own = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(ct) : null;
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, ct);
        await Features.Reports.Statistics.Reporting.ReportingRows.RefreshAsync(this, reporting, ct);
        await Features.Reports.Statistics.Reporting.ReportingReferralRows.RefreshAsync(this, reporting, ct);
        if (own is not null) await own.CommitAsync(ct);
        return saved;
    }

    /// <summary>
    /// Counts a save as a change to <paramref name="record"/> though none of its own columns changed (a correction of the
    /// youth a referral names): its version goes up, and a save made meanwhile by someone else is refused.
    /// </summary>
    public void MarkChanged(IVersioned record) =>
        Entry(record).Property(nameof(IVersioned.Version)).IsModified = true;

    /// <summary>Every event this save writes carries its seal (the sealer chains it shortly after).</summary>
    private void SealAddedAuditEvents()
    {
        byte[]? key = null;
        foreach (var entry in ChangeTracker.Entries<AuditEvent>())
            if (entry.State == EntityState.Added)
                entry.Entity.Seal = Security.Audit.Chain.AuditSeal.Of(key ??= Security.Audit.Chain.AuditSeal.KeyOf(FieldKeys), entry.Entity);
    }

    /// <summary>Writes the reporting rows alone: they are derived, so neither audited nor stamped.</summary>
    internal Task<int> SaveReportingRowsAsync(CancellationToken ct) => base.SaveChangesAsync(true, ct);
}

public sealed class SqliteHartlineDb(DbContextOptions options) : HartlineDb(options);

public sealed class PostgresHartlineDb(DbContextOptions options) : HartlineDb(options);

internal sealed class UtcDateTimeConverter() : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
