using System.Text.Json;
using Hartline.Data;

namespace Hartline.Security.Audit;

/// <summary>One record shown to the user, for <see cref="AuditLog.ReadAsync(IReadOnlyList{AuditRead}, CancellationToken)"/>.</summary>
public sealed record AuditRead(string EntityType, Guid Id, string? Purpose);

/// <summary>
/// Writes the events that are not data changes: reads of files, sign-ins, denied access. Reads and
/// refusals go through the group-commit <see cref="AuditWriter"/>: durable before the caller goes on,
/// but one transaction for many requests. Events that belong with a change (merge, export, sign-in)
/// are saved with the request's own context, together with whatever it has pending.
/// </summary>
public sealed class AuditLog(HartlineDb db, AuditWriter writer, TimeProvider clock)
{
    public Task ReadAsync(string entityType, Guid id, string? purpose = null, CancellationToken ct = default) =>
        ReadAsync([new AuditRead(entityType, id, purpose)], ct);

    /// <summary>Several reads of one view (a case and its youth) in one write.</summary>
    public Task ReadAsync(IReadOnlyList<AuditRead> reads, CancellationToken ct = default) =>
        writer.WriteAsync(reads.Select(r => New(db.Actor, AuditAction.Read, r.EntityType, r.Id.ToString(), null, r.Purpose)).ToList(), ct);

    /// <summary>One read event per record, saved together (e.g. every candidate shown in a duplicate check).</summary>
    public Task ReadAllAsync(string entityType, IEnumerable<Guid> ids, string purpose, CancellationToken ct = default) =>
        ReadAsync(ids.Select(id => new AuditRead(entityType, id, purpose)).ToList(), ct);

    /// <summary>
    /// A list page that showed identities: one read event naming every record on it (their ids in the details), not one
    /// event per row — what a person saw is on record, at the cost of one row per page.
    /// </summary>
    public Task ListedAsync(string entityType, IReadOnlyCollection<Guid> ids, string purpose, CancellationToken ct = default) =>
        ids.Count == 0 ? Task.CompletedTask
            : writer.WriteAsync([New(db.Actor, AuditAction.Read, entityType, null, new { shown = ids }, purpose)], ct);

    public Task DeniedAsync(string entityType, string? id, string operation, CancellationToken ct = default) =>
        writer.WriteAsync([New(db.Actor, AuditAction.Denied, entityType, id, new { operation }, null)], ct);

    /// <summary>A page or form refused to the user (answered as missing): the path, cut to fit the record id.</summary>
    public Task PageDeniedAsync(string? path, string operation, CancellationToken ct = default) =>
        DeniedAsync("Page", path is { Length: > 60 } ? path[..60] : path ?? "", operation, ct);

    /// <summary>Adds the event to the request's context and saves it with everything pending there, in one transaction.</summary>
    public async Task WriteAsync(AuditAction action, string entityType, string? entityId, object? details,
        string? purpose = null, CancellationToken ct = default, Actor? actor = null)
    {
        db.AuditEvents.Add(New(actor ?? db.Actor, action, entityType, entityId, details, purpose));
        await db.SaveChangesAsync(ct);
    }

    private AuditEvent New(Actor who, AuditAction action, string entityType, string? entityId, object? details, string? purpose) => new()
    {
        At = clock.GetUtcNow().UtcDateTime,
        Actor = who.Name,
        UserId = who.UserId,
        AgencyId = who.AgencyId,
        Action = action,
        EntityType = entityType,
        EntityId = entityId,
        Details = details is null ? null : JsonSerializer.Serialize(details),
        Purpose = purpose,
    };
}
