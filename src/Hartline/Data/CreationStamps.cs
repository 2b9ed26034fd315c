using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Hartline.Data;

/// <summary>
/// Marks when a record was made (created, recorded, granted…). Left unset, <see cref="CreationStamps"/>
/// fills it at save time from the host's clock, so a test clock or a stopped clock reaches every stamp.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class CreationStampAttribute : Attribute;

internal static class CreationStamps
{
    // Which properties of an entity type carry the attribute, looked up once per type: every save walks
    // its added entries, and the audit writer saves hundreds of events a second under load.
    private static readonly ConcurrentDictionary<IEntityType, string[]> Stamped = new();

    /// <summary>Stamps each new record's unset creation times with the clock's now (a service that sets one keeps it).</summary>
    public static void Apply(HartlineDb db)
    {
        DateTime? now = null;
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State != EntityState.Added) continue;
            foreach (var name in Stamped.GetOrAdd(entry.Metadata, StampedOf))
            {
                var property = entry.Property(name);
                if (property.CurrentValue is DateTime stamp && stamp != default) continue;
                property.CurrentValue = now ??= db.Clock.GetUtcNow().UtcDateTime;
            }
        }
    }

    private static string[] StampedOf(IEntityType type) =>
        type.GetProperties().Where(p => p.PropertyInfo?.IsDefined(typeof(CreationStampAttribute)) == true).Select(p => p.Name).ToArray();
}
