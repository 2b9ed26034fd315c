using Hartline.Data;
using Hartline.Jurisdictions;
using Hartline.Security.Audit;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Features.Admin;

/// <summary>One event of the trail. <see cref="At"/> is UTC; <see cref="Details"/> is the stored JSON, with what the trail hides hidden (<see cref="AuditRedaction"/>).</summary>
public sealed record AuditRow(Guid Id, DateTimeOffset At, string Actor, Guid? UserId, Guid? AgencyId, string? Agency,
    string Action, string EntityType, string? EntityId, string? Details, string? Purpose);

/// <summary>
/// One page of events, newest first. <see cref="Total"/> counts the matching events up to
/// <see cref="AuditSearch.CountLimit"/>; past it <see cref="TotalIsAtLeast"/> is true and the count means "more than".
/// </summary>
public sealed record AuditResults(IReadOnlyList<AuditRow> Rows, int Page, int PageSize, int Total, bool TotalIsAtLeast, bool HasMore)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>
/// The Administrator's search of the audit trail: filters that combine (who, their agency, what was done,
/// which record, which days), newest first. The days are the jurisdiction's, like every date a person
/// types: "the 21st" means the 21st in Connecticut. The trail is the Administrator's to review whole, so
/// it is not narrowed by the record scope (which gives the Administrator no case records at all).
/// </summary>
public sealed class AuditSearch(HartlineDb db, Jurisdiction j, AgencyNames agencies)
{
    public const int PageSize = 50;
    /// <summary>Counting a trail of millions for every page costs more than it tells: past this, "more than".</summary>
    public const int CountLimit = 10_000;

    public async Task<AuditResults> SearchAsync(AuditQuery q, CancellationToken ct = default)
    {
        var query = Matching(q);
        var total = await query.Take(CountLimit + 1).CountAsync(ct);
        var rows = await RowsAsync(query, (q.Page - 1) * PageSize, PageSize + 1, ct);
        return new AuditResults(rows.Take(PageSize).ToList(), q.Page, PageSize, Math.Min(total, CountLimit), total > CountLimit, rows.Count > PageSize);
    }

    /// <summary>The newest <paramref name="limit"/> matching events, for the export.</summary>
    public Task<List<AuditRow>> NewestAsync(AuditQuery q, int limit, CancellationToken ct = default) => RowsAsync(Matching(q), 0, limit, ct);

    /// <summary>Every agency, by name, for the agency filter.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name)>> AgencyChoicesAsync(CancellationToken ct = default) =>
        (await db.Agencies.AsNoTracking().OrderBy(a => a.Name).Select(a => new { a.Id, a.Name }).ToListAsync(ct)).Select(a => (a.Id, a.Name)).ToList();

    private IQueryable<AuditEvent> Matching(AuditQuery q)
    {
        var query = db.AuditEvents.AsNoTracking();
        if (q.User is { } user)
        {
            if (Guid.TryParse(user, out var userId)) query = query.Where(e => e.UserId == userId);
            else
            {
                var part = user.ToLower();
                query = query.Where(e => e.Actor.ToLower().Contains(part));
            }
        }
        if (q.AgencyId is { } agency) query = query.Where(e => e.AgencyId == agency);
        if (q.Action is { } action) query = query.Where(e => e.Action == action);
        if (q.EntityType is { } type)
        {
            // A user account is stored under two names: its changes by its type, sign-ins as "User".
            query = type is "User" or "HartlineUser"
                ? query.Where(e => e.EntityType == "User" || e.EntityType == "HartlineUser")
                : query.Where(e => e.EntityType == type);
        }
        if (q.Record is { } record) query = query.Where(e => e.EntityId == record);
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
        return query;
    }

    private async Task<List<AuditRow>> RowsAsync(IQueryable<AuditEvent> query, int skip, int take, CancellationToken ct)
    {
        var events = await query.OrderByDescending(e => e.At).ThenByDescending(e => e.Id).Skip(skip).Take(take).ToListAsync(ct);
        var names = await agencies.OfAsync(db, events.Select(e => e.AgencyId).OfType<Guid>().Distinct(), ct);
        return events.Select(e => new AuditRow(e.Id, new DateTimeOffset(DateTime.SpecifyKind(e.At, DateTimeKind.Utc)), e.Actor, e.UserId, e.AgencyId,
            e.AgencyId is { } a ? names.GetValueOrDefault(a) : null, e.Action.ToString(), e.EntityType, e.EntityId,
            AuditRedaction.Redact(db.Model, e.EntityType, e.Details), e.Purpose)).ToList();
    }

    private DateTime DayStartUtc(DateOnly day) => j.ToUtc(day.ToDateTime(TimeOnly.MinValue));
}
