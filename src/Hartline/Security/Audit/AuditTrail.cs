using System.Text.Json;
using Hartline.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Hartline.Security.Audit;

/// <summary>
/// Turns tracked changes into audit events inside the same SaveChanges, so a change and its audit line
/// commit or fail together. What of each value is written is <see cref="AuditValues"/>' rule. Reads,
/// sign-ins and denials are written by <see cref="AuditLog"/>.
/// </summary>
public static class AuditTrail
{
    // Identity's own tables stay out of the trail (they are not IAudited); the user is audited, but its
    // password hash and security stamps are never written into the trail.
    private static readonly HashSet<string> SecretFields =
        ["PasswordHash", "SecurityStamp", "ConcurrencyStamp", "AccessFailedCount", "LockoutEnd", "LastCodeStep"];

    // Derived from other fields (blind indexes): their changes would only repeat the name and date changes.
    private static readonly HashSet<string> DerivedFields = ["GivenNameIndex", "FamilyNameIndex", "BirthDateIndex", "ChangedAt", "Version"];

    public static void Capture(HartlineDb db)
    {
        var events = new List<AuditEvent>();
        var now = db.Clock.GetUtcNow().UtcDateTime;
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.Entity is AuditEvent && entry.State is EntityState.Modified or EntityState.Deleted)
                throw new InvalidOperationException("Audit events are append-only.");
            if (entry.Entity is not IAudited) continue;
            if (entry.State == EntityState.Deleted)
                throw new InvalidOperationException($"{entry.Entity.GetType().Name} records are never hard-deleted.");

            var details = entry.State switch
            {
                EntityState.Added => Describe(entry, p => true, p => new { after = Secret(p) ?? AuditValues.Created(p.Metadata.PropertyInfo, p.CurrentValue) }),
                EntityState.Modified => Describe(entry, p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue), p => new
                {
                    before = Secret(p) ?? AuditValues.Changed(p.Metadata.PropertyInfo, p.OriginalValue),
                    after = Secret(p) ?? AuditValues.Changed(p.Metadata.PropertyInfo, p.CurrentValue),
                }),
                _ => null,
            };
            if (details is null) continue;
            events.Add(new AuditEvent
            {
                At = now,
                Actor = db.Actor.Name,
                UserId = db.Actor.UserId,
                AgencyId = db.Actor.AgencyId,
                Action = entry.State == EntityState.Added ? AuditAction.Create : AuditAction.Update,
                EntityType = entry.Entity.GetType().Name,
                // The key, whatever it is called (a case profile is keyed by its case).
                EntityId = entry.Metadata.FindPrimaryKey()?.Properties is [var key] ? entry.Property(key.Name).CurrentValue?.ToString() : null,
                Details = details,
            });
        }
        db.AuditEvents.AddRange(events);
    }

    private static string? Describe(EntityEntry entry, Func<PropertyEntry, bool> include, Func<PropertyEntry, object> shape)
    {
        var fields = entry.Properties
            .Where(p => p.Metadata.Name != "Id" && !DerivedFields.Contains(p.Metadata.Name) && include(p))
            .ToDictionary(p => p.Metadata.Name, shape);
        return fields.Count == 0 ? null : JsonSerializer.Serialize(fields);
    }

    private static string? Secret(PropertyEntry p) => SecretFields.Contains(p.Metadata.Name) ? "(secret)" : null;
}
