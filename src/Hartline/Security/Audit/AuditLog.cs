using System.Text.Json;
using Hartline.Data;

namespace Hartline.Security.Audit;

/// <summary>Writes the events that are not data changes: reads of files, sign-ins, denied access.</summary>
public sealed class AuditLog(HartlineDb db)
{
    public Task ReadAsync(string entityType, Guid id, string? purpose = null, CancellationToken ct = default) =>
        WriteAsync(AuditAction.Read, entityType, id.ToString(), null, purpose, ct);

    /// <summary>One read event per record, saved together (e.g. every candidate shown in a duplicate check).</summary>
    public async Task ReadAllAsync(string entityType, IEnumerable<Guid> ids, string purpose, CancellationToken ct = default)
    {
        foreach (var id in ids)
            db.AuditEvents.Add(new AuditEvent
            {
                Actor = db.Actor.Name, UserId = db.Actor.UserId, AgencyId = db.Actor.AgencyId,
                Action = AuditAction.Read, EntityType = entityType, EntityId = id.ToString(), Purpose = purpose,
            });
        await db.SaveChangesAsync(ct);
    }

    public Task DeniedAsync(string entityType, string? id, string operation, CancellationToken ct = default) =>
        WriteAsync(AuditAction.Denied, entityType, id, new { operation }, null, ct);

    /// <summary>A page or form refused to the user (answered as missing): the path, cut to fit the record id.</summary>
    public Task PageDeniedAsync(string? path, string operation, CancellationToken ct = default) =>
        DeniedAsync("Page", path is { Length: > 60 } ? path[..60] : path ?? "", operation, ct);

    public async Task WriteAsync(AuditAction action, string entityType, string? entityId, object? details,
        string? purpose = null, CancellationToken ct = default, Actor? actor = null)
    {
        var who = actor ?? db.Actor;
        db.AuditEvents.Add(new AuditEvent
        {
            Actor = who.Name,
            UserId = who.UserId,
            AgencyId = who.AgencyId,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            Details = details is null ? null : JsonSerializer.Serialize(details),
            Purpose = purpose,
        });
        await db.SaveChangesAsync(ct);
    }
}
