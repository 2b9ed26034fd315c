using Hartline.Data;
using Hartline.Features.Intake;
using Hartline.Jurisdictions;
using Hartline.Security.Audit;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Features.Admin;

public sealed record AuditQuery(string? User = null, string? Record = null, DateOnly? From = null, DateOnly? To = null, int Page = 1);

public sealed record AuditRow(DateTime At, string Actor, string Action, string EntityType, string? EntityId, string? Details, string? Purpose);

public sealed record AuditResults(IReadOnlyList<AuditRow> Rows, int Page, int PageSize, bool HasMore);

/// <summary>
/// The Administrator's search of the audit trail: by user, record id and date range, newest first. The days
/// are the jurisdiction's, like every date a person types: "the 21st" means the 21st in Connecticut.
/// </summary>
public sealed class AuditSearch(HartlineDb db, Jurisdiction j)
{
    public const int PageSize = 100;

    public async Task<AuditResults> SearchAsync(AuditQuery q, CancellationToken ct = default)
    {
        var query = db.AuditEvents.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q.User))
        {
            var user = q.User.Trim().ToLower();
            query = query.Where(e => e.Actor.ToLower().Contains(user));
        }
        if (!string.IsNullOrWhiteSpace(q.Record)) query = query.Where(e => e.EntityId == q.Record.Trim());
        if (q.From is { } from)
        {
            var start = DayStartUtc(from);
            query = query.Where(e => e.At >= start);
        }
        if (q.To is { } to && to < DateOnly.MaxValue) // the last day there is: nothing comes after it
        {
            var end = DayStartUtc(to.AddDays(1));
            query = query.Where(e => e.At < end);
        }
        var page = Math.Clamp(q.Page, 1, 1_000_000); // a typed page number must not overflow the offset
        var rows = await query.OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Skip((page - 1) * PageSize).Take(PageSize + 1)
            .Select(e => new AuditRow(e.At, e.Actor, e.Action.ToString(), e.EntityType, e.EntityId, e.Details, e.Purpose))
            .ToListAsync(ct);
        return new AuditResults(rows.Take(PageSize).ToList(), page, PageSize, rows.Count > PageSize);
    }

    private DateTime DayStartUtc(DateOnly day) => j.ToUtc(day.ToDateTime(TimeOnly.MinValue));
}
