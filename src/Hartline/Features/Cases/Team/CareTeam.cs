using Hartline.Data;
using Hartline.Features.Admin;
using Hartline.Jurisdictions;
using Hartline.Security;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Features.Cases.Team;

public sealed class AssignmentInput
{
    public CareTeamRole? Role { get; set; }
    /// <summary>A Hartline user; or leave empty and give <see cref="Name"/> for someone without an account.</summary>
    public Guid? UserId { get; set; }
    [PersonName] public string? Name { get; set; }
    public Guid? AgencyId { get; set; }
    public DateOnly? StartedOn { get; set; }
}

public sealed class EndAssignmentInput
{
    public DateOnly? EndedOn { get; set; }
    public string? Reason { get; set; }
}

public sealed record TeamMemberView(Guid Id, CareTeamRole Role, string Name, string? Agency, DateOnly StartedOn,
    DateOnly? EndedOn, string? EndReason, bool IsCurrent);

public sealed record CareTeamView(IReadOnlyList<TeamMemberView> Current, IReadOnlyList<TeamMemberView> Past,
    int PrimaryWorkerChangesLast12Months, int PrimaryWorkersEver);

public sealed record AssignableUser(Guid Id, string Name, string Agency);

/// <summary>
/// The youth's care team over time. Assigning a new primary worker ends the last one's assignment the
/// same day (a hand-over), and the case follows the primary worker (<see cref="Case.AssignedUserId"/>),
/// which is what the "own" scope of the scope function reads.
/// </summary>
public sealed class CareTeam(HartlineDb db, CaseAccess access, Jurisdiction jurisdiction, TimeProvider clock, CurrentActor current,
    AgencyNames agencyNames)
{
    public async Task<CareTeamView> OfAsync(Case @case, CancellationToken ct = default)
    {
        var today = jurisdiction.Today(clock);
        var rows = await AssignmentsOf(db, @case.Id).ToListAsync(ct);
        var agencies = await agencyNames.OfAsync(db, rows.Where(r => r.AgencyId != null).Select(r => r.AgencyId!.Value), ct);
        var views = rows.Select(r => new TeamMemberView(r.Id, r.Role, r.Name, r.AgencyId is { } a ? agencies.GetValueOrDefault(a) : null,
            r.StartedOn, r.EndedOn, r.EndReason, r.IsCurrentOn(today))).ToList();

        // Continuity is the youth's, not the case's: count primary workers across the youth's cases, those the
        // reader may see (a count over the others would reveal that they exist). This case was authorized by
        // the caller; the youth's other cases, when there are any, go through the scope function.
        var starts = await PrimaryStartsOfYouth(db, @case.PersonId).ToListAsync(ct);
        var others = starts.Where(s => s.CaseId != @case.Id).Select(s => s.CaseId).ToList();
        if (others.Count > 0)
        {
            var visible = await access.VisibleAsync(others, current.Value, ct);
            starts.RemoveAll(s => s.CaseId != @case.Id && !visible.Contains(s.CaseId));
        }
        return new CareTeamView(views.Where(v => v.IsCurrent).ToList(), views.Where(v => !v.IsCurrent).ToList(),
            Continuity.PrimaryWorkerChanges(starts.Select(s => s.StartedOn), today), starts.Count);
    }

    private sealed record PrimaryStart(Guid CaseId, DateOnly StartedOn);

    private static readonly Func<HartlineDb, Guid, IAsyncEnumerable<PrimaryStart>> PrimaryStartsOfYouth = EF.CompileAsyncQuery(
        (HartlineDb db, Guid personId) => db.Set<CareTeamAssignment>().Where(a => a.Role == CareTeamRole.PrimaryWorker)
            .Join(db.Cases.Where(c => c.PersonId == personId), a => a.CaseId, c => c.Id, (a, c) => new PrimaryStart(a.CaseId, a.StartedOn)));

    // Compiled once: every case overview and the team tab read the team (no LINQ tree built and looked up per view).
    private static readonly Func<HartlineDb, Guid, IAsyncEnumerable<CareTeamAssignment>> AssignmentsOf = EF.CompileAsyncQuery<HartlineDb, Guid, CareTeamAssignment>(
        (HartlineDb db, Guid caseId) => db.Set<CareTeamAssignment>().AsNoTracking().Where(a => a.CaseId == caseId)
            .OrderBy(a => a.Role).ThenByDescending(a => a.StartedOn));

    /// <summary>Users who can be put on the team: those of the owner agency and of agencies the case is shared with.</summary>
    public async Task<IReadOnlyList<AssignableUser>> AssignableAsync(Case @case, CancellationToken ct = default)
    {
        var agencyIds = AgenciesWithAccess(@case);
        var rows = await db.Users.Where(u => agencyIds.Contains(u.AgencyId))
            .Join(db.Agencies, u => u.AgencyId, a => a.Id, (u, a) => new { u.Id, u.DisplayName, Agency = a.Name })
            .OrderBy(u => u.Agency).ThenBy(u => u.DisplayName).ToListAsync(ct);
        return rows.Select(r => new AssignableUser(r.Id, r.DisplayName, r.Agency)).ToList();
    }

    private static List<Guid> AgenciesWithAccess(Case @case) =>
        @case.Grants.Where(g => g.RevokedAt == null).Select(g => g.AgencyId).Append(@case.OwnerAgencyId).ToList();

    public async Task<Outcome<CareTeamAssignment>> AssignAsync(Guid caseId, AssignmentInput input, Actor actor, CancellationToken ct = default)
    {
        var @case = await access.FindAsync(caseId, actor, CaseOperations.Update, ct);
        if (@case is null) return Outcome<CareTeamAssignment>.NotFound();
        var today = jurisdiction.Today(clock);
        var errors = Errors.For(input);
        if (input.Role is not { } role || !Enum.IsDefined(role)) errors.Add(nameof(input.Role), "Choose the role on the team.");
        var start = input.StartedOn ?? today;
        if (start > today) errors.Add(nameof(input.StartedOn), "The start date is in the future.");
        if (start < @case.OpenedOn) errors.Add(nameof(input.StartedOn), $"The case was opened on {@case.OpenedOn:yyyy-MM-dd}; the assignment cannot start before.");

        string? name = string.IsNullOrWhiteSpace(input.Name) ? null : input.Name.Trim();
        Guid? agencyId = input.AgencyId;
        if (input.UserId is { } userId)
        {
            var agencies = AgenciesWithAccess(@case);
            var account = await db.Users.FirstOrDefaultAsync(u => u.Id == userId && agencies.Contains(u.AgencyId), ct);
            // A user of an agency the case is not shared with cannot be put on it: the team must not widen access silently.
            if (account is null) errors.Add(nameof(input.UserId), "That person cannot be assigned: their agency does not have access to this case.");
            else (name, agencyId) = (account.DisplayName, account.AgencyId);
        }
        else if (name is null) errors.Add(nameof(input.Name), "Choose a actor or type the name of the person.");
        else if (input.Role == CareTeamRole.PrimaryWorker) errors.Add(nameof(input.UserId), "The primary worker must be a Hartline actor.");
        if (name?.Length > 200) errors.Add(nameof(input.Name), "At most 200 characters.");
        if (input.UserId is null && agencyId is { } ag && !await db.Agencies.AnyAsync(a => a.Id == ag, ct))
            errors.Add(nameof(input.AgencyId), "No such agency.");
        if (errors.Count > 0) return Outcome<CareTeamAssignment>.Invalid(errors);

        var previous = input.Role != CareTeamRole.PrimaryWorker ? [] : await db.Set<CareTeamAssignment>()
            .Where(a => a.CaseId == caseId && a.Role == CareTeamRole.PrimaryWorker && a.EndedOn == null).ToListAsync(ct);
        if (previous.FirstOrDefault(p => p.StartedOn > start) is { } later)
            errors.Add(nameof(input.StartedOn), $"{later.Name} has been primary worker since {later.StartedOn:yyyy-MM-dd}; a hand-over cannot start before that.");
        if (errors.Count > 0) return Outcome<CareTeamAssignment>.Invalid(errors);

        if (input.Role == CareTeamRole.PrimaryWorker)
        {
            foreach (var p in previous) { p.EndedOn = start; p.EndReason ??= "Handed over"; }
            @case.AssignedUserId = input.UserId;
        }
        var assignment = new CareTeamAssignment
        {
            CaseId = caseId, Role = input.Role!.Value, UserId = input.UserId, Name = name!, AgencyId = agencyId,
            StartedOn = start, AssignedById = actor.UserId ?? Guid.Empty, AssignedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(assignment);
        await db.SaveChangesAsync(ct);
        return Outcome<CareTeamAssignment>.Done(assignment);
    }

    public async Task<Outcome<CareTeamAssignment>> EndAsync(Guid caseId, Guid assignmentId, EndAssignmentInput input, Actor actor, CancellationToken ct = default)
    {
        var @case = await access.FindAsync(caseId, actor, CaseOperations.Update, ct);
        if (@case is null) return Outcome<CareTeamAssignment>.NotFound();
        var assignment = await db.Set<CareTeamAssignment>().FirstOrDefaultAsync(a => a.Id == assignmentId && a.CaseId == caseId, ct);
        if (assignment is null) return Outcome<CareTeamAssignment>.NotFound();
        var today = jurisdiction.Today(clock);
        var end = input.EndedOn ?? today;
        var errors = Errors.For(input);
        if (assignment.EndedOn is not null) errors.Add(nameof(input.EndedOn), "This assignment has already ended.");
        if (end > today) errors.Add(nameof(input.EndedOn), "The end date is in the future.");
        if (end < assignment.StartedOn) errors.Add(nameof(input.EndedOn), "The end date is before the start date.");
        if (input.Reason?.Length > 500) errors.Add(nameof(input.Reason), "At most 500 characters.");
        if (errors.Count > 0) return Outcome<CareTeamAssignment>.Invalid(errors);
        assignment.EndedOn = end;
        assignment.EndReason = string.IsNullOrWhiteSpace(input.Reason) ? null : input.Reason.Trim();
        if (assignment.Role == CareTeamRole.PrimaryWorker && @case.AssignedUserId == assignment.UserId) @case.AssignedUserId = null;
        await db.SaveChangesAsync(ct);
        return Outcome<CareTeamAssignment>.Done(assignment);
    }
}
