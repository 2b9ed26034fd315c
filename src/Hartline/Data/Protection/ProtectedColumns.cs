using System.Globalization;
using System.Reflection;
using Hartline.Security.Audit;
using Hartline.Security.Protection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Hartline.Data.Protection;

/// <summary>
/// The one rule for what is encrypted at rest: every field marked <see cref="IdentifyingAttribute"/> (names, date of
/// birth, contacts) or <see cref="ConfidentialTextAttribute"/> (narratives, notes, the youth's words) — what the audit
/// trail may not show, the database does not hold in plain text either. Such a column cannot be searched, sorted or
/// compared by the database: exact lookups go through blind indexes, the rest through the registry held in memory.
/// </summary>
public static class ProtectedColumns
{
    public static bool IsProtected(PropertyInfo? property) =>
        property is not null && (property.IsDefined(typeof(IdentifyingAttribute), false) || property.IsDefined(typeof(ConfidentialTextAttribute), false));

    /// <summary>The name a value is bound to (authenticated with it): the entity and the field, stable across table renames.</summary>
    public static string Column(IReadOnlyEntityType entity, IReadOnlyProperty property) => $"{entity.ClrType.Name}.{property.Name}";

    /// <summary>
    /// Puts the encrypting converter on every protected property; their lengths are the input rules', not the column's.
    /// The converters use the process's ring (<see cref="FieldKeyring"/>), not a context's: the model is built once.
    /// </summary>
    internal static void Apply(ModelBuilder builder)
    {
        foreach (var entity in builder.Model.GetEntityTypes().ToList())
        foreach (var property in entity.GetDeclaredProperties().Where(p => IsProtected(p.PropertyInfo)).ToList())
        {
            var column = Column(entity, property);
            var type = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
            ValueConverter converter = type == typeof(string) ? new EncryptedText(column)
                : type == typeof(DateOnly) ? new EncryptedDate(column)
                : throw new InvalidOperationException($"{column} is marked identifying or confidential but {type.Name} values cannot be encrypted.");
            property.SetValueConverter(converter);
            property.SetMaxLength(null);
            property.SetProviderClrType(typeof(string));
        }
    }

    private sealed class EncryptedText(string column) : ValueConverter<string, string>(
        v => FieldKeyring.Process.Cipher.Encrypt(v, column), v => FieldKeyring.Process.Cipher.Decrypt(v, column));

    private sealed class EncryptedDate(string column) : ValueConverter<DateOnly, string>(
        v => FieldKeyring.Process.Cipher.Encrypt(v.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), column),
        v => DateOnly.ParseExact(FieldKeyring.Process.Cipher.Decrypt(v, column), "yyyy-MM-dd", CultureInfo.InvariantCulture));
}

/// <summary>Carries the field keys in a context's options, so every context built from them encrypts with the same ring.</summary>
public sealed class FieldProtectionExtension(FieldKeys keys) : IDbContextOptionsExtension
{
    public FieldKeys Keys { get; } = keys;
    public DbContextOptionsExtensionInfo Info => new ExtensionInfo(this);
    public void ApplyServices(IServiceCollection services) { }
    public void Validate(IDbContextOptions options) { }

    private sealed class ExtensionInfo(FieldProtectionExtension extension) : DbContextOptionsExtensionInfo(extension)
    {
        public override bool IsDatabaseProvider => false;
        public override string LogFragment => "FieldProtection ";
        // The keys are not in EF's internal services: one service provider serves every ring.
        public override int GetServiceProviderHashCode() => 0;
        public override bool ShouldUseSameServiceProvider(DbContextOptionsExtensionInfo other) => other is ExtensionInfo;
        public override void PopulateDebugInfo(IDictionary<string, string> debugInfo) => debugInfo["FieldProtection"] = "1";
    }
}

public static class FieldProtectionOptions
{
    /// <summary>Gives a context its database's keys (blind indexes, the sweep) and makes them the process's (the converters).</summary>
    public static DbContextOptionsBuilder UseFieldProtection(this DbContextOptionsBuilder builder, FieldKeys keys)
    {
        ((IDbContextOptionsBuilderInfrastructure)builder).AddOrUpdateExtension(new FieldProtectionExtension(FieldKeyring.Use(keys)));
        return builder;
    }
}
