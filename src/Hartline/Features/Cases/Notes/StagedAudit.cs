using System.Text.Json;
using Hartline.Data;
using Hartline.Security.Audit;

namespace Hartline.Features.Cases.Notes;

/// <summary>
/// Audit lines for the case-file records of the notes and plan features, added to the same SaveChanges
/// as the change so both commit or fail together. Written here rather than by the automatic trail
/// because the automatic trail copies every field into the log, and a note's text (privileged counselor
/// communication above all) must not reach the audit reviewers: only what happened is logged, not what was written.
/// </summary>
public static class StagedAudit
{
    public static void Stage(HartlineDb db, AuditAction action, string entityType, Guid id, object details) =>
        db.AuditEvents.Add(new AuditEvent
        {
            Actor = db.Actor.Name, UserId = db.Actor.UserId, AgencyId = db.Actor.AgencyId,
            Action = action, EntityType = entityType, EntityId = id.ToString(),
            Details = JsonSerializer.Serialize(details),
        });
}
