using System.Reflection;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Data;

/// <summary>
/// Marks when a record was made (created, recorded, granted…). Left unset, <see cref="CreationStamps"/>
/// fills it at save time from the host's clock, so a test clock or a stopped clock reaches every stamp.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class CreationStampAttribute : Attribute;

internal static class CreationStamps
{
    /// <summary>Stamps each new record's unset creation times with the clock's now (a service that sets one keeps it).</summary>
    public static void Apply(HartlineDb db)
    {
        DateTime? now = null;
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State != EntityState.Added) continue;
            foreach (var property in entry.Properties)
            {
                if (property.Metadata.PropertyInfo?.IsDefined(typeof(CreationStampAttribute)) != true) continue;
                if (property.CurrentValue is DateTime stamp && stamp != default) continue;
                property.CurrentValue = now ??= db.Clock.GetUtcNow().UtcDateTime;
            }
        }
    }
}
