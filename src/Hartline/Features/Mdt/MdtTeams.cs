using Hartline.Data;
using Hartline.Features.Cases;
using Hartline.Features.Intake;
using Hartline.Jurisdictions;
using Hartline.Security;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Features.Mdt;

public sealed class TeamInput
{
    public string? Name { get; set; }
    public string? Region { get; set; }
    public bool IsActive { get; set; } = true;
}

public sealed class MemberInput
{
    public Guid? AgencyId { get; set; }
    /// <summary>A Hartline user of that agency; leave out for a partner who does not sign in, and give a name.</summary>
    public Guid? UserId { get; set; }
    [PersonName] public string? Name { get; set; }
    public MdtRole? Role { get; set; }
    /// <summary>Today when left out.</summary>
    public DateOnly? JoinedOn { get; set; }
}

public sealed record TeamListItem(Guid Id, string Name, string RegionCode, string Region, bool IsActive, int Members);

public sealed record MemberView(Guid Id, Guid AgencyId, string Agency, Guid? UserId, string Name, MdtRole Role, string RoleLabel,
    DateOnly JoinedOn, DateOnly? LeftOn);

public sealed record TeamView(Guid Id, string Name, string RegionCode, string Region, bool IsActive, IReadOnlyList<MemberView> Members);

/// <summary>Teams and their members: listed through <see cref="MdtScope"/>, changed by coordinators.</summary>
public sealed class MdtTeams(HartlineDb db, Jurisdiction j, TimeProvider clock)
{
    public async Task<IReadOnlyList<TeamListItem>> ListAsync(Actor actor, CancellationToken ct = default)
    {
        var rows = await MdtScope.Teams(db.Set<MdtTeam>(), actor)
            .OrderBy(t => t.RegionCode).ThenBy(t => t.Name)
            .Select(t => new { t.Id, t.Name, t.RegionCode, t.IsActive, Members = t.Members.Count(m => m.LeftOn == null) })
            .ToListAsync(ct);
        return rows.Select(t => new TeamListItem(t.Id, t.Name, t.RegionCode, RegionName(t.RegionCode), t.IsActive, t.Members)).ToList();
    }

    /// <summary>One team with every member, past ones included; null when missing or not the actor's to see.</summary>
    public async Task<TeamView?> GetAsync(Guid id, Actor actor, CancellationToken ct = default)
    {
        var team = await MdtScope.Teams(db.Set<MdtTeam>(), actor).AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, ct);
        if (team is null) return null;
        var members = await (from m in db.Set<MdtMember>()
                             join a in db.Agencies on m.AgencyId equals a.Id
                             where m.TeamId == id
                             orderby m.LeftOn != null, m.Role, m.Name
                             select new { m, Agency = a.Name }).AsNoTracking().ToListAsync(ct);
        return new TeamView(team.Id, team.Name, team.RegionCode, RegionName(team.RegionCode), team.IsActive,
            members.Select(x => ToView(x.m, x.Agency)).ToList());
    }

    public async Task<Outcome<Guid>> CreateAsync(TeamInput input, Actor actor, CancellationToken ct = default)
    {
        var errors = Errors.For(input);
        var name = MdtRules.RequireText(input.Name, MdtRules.NameMax, nameof(input.Name), "the team's name", errors);
        var region = MdtRules.RequireRegion(input.Region, j, nameof(input.Region), errors);
        if (errors.Count > 0) return Outcome<Guid>.Invalid(errors);
        var team = new MdtTeam { Name = name!, RegionCode = region!, IsActive = input.IsActive, CreatedById = actor.UserId ?? Guid.Empty,
            CreatedAt = clock.GetUtcNow().UtcDateTime };
        db.Add(team);
        await db.SaveChangesAsync(ct);
        return Outcome<Guid>.Done(team.Id);
    }

    public async Task<Outcome<Guid>> UpdateAsync(Guid id, TeamInput input, CancellationToken ct = default)
    {
        var team = await db.Set<MdtTeam>().FirstOrDefaultAsync(t => t.Id == id, ct);
        if (team is null) return Outcome<Guid>.NotFound();
        var errors = Errors.For(input);
        var name = MdtRules.RequireText(input.Name, MdtRules.NameMax, nameof(input.Name), "the team's name", errors);
        var region = MdtRules.RequireRegion(input.Region, j, nameof(input.Region), errors);
        if (errors.Count > 0) return Outcome<Guid>.Invalid(errors);
        (team.Name, team.RegionCode, team.IsActive) = (name!, region!, input.IsActive);
        await db.SaveChangesAsync(ct);
        return Outcome<Guid>.Done(team.Id);
    }

    public async Task<Outcome<Guid>> AddMemberAsync(Guid teamId, MemberInput input, CancellationToken ct = default)
    {
        if (!await db.Set<MdtTeam>().AnyAsync(t => t.Id == teamId, ct)) return Outcome<Guid>.NotFound();
        var errors = Errors.For(input);
        var role = MdtRules.RequireEnum(input.Role, nameof(input.Role), "Choose the member's role on the team.", errors);
        var agency = input.AgencyId is { } agencyId ? await db.Agencies.AsNoTracking().FirstOrDefaultAsync(a => a.Id == agencyId && a.IsActive, ct) : null;
        if (agency is null) errors.Add(nameof(input.AgencyId), "Choose the member's agency.");
        string? name = null;
        if (input.UserId is { } userId)
        {
            var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, ct);
            if (user is null || (agency is not null && user.AgencyId != agency.Id))
                errors.Add(nameof(input.UserId), "Choose a user of the member's agency, or leave the user out and give a name.");
            else if (await db.Set<MdtMember>().AnyAsync(m => m.TeamId == teamId && m.UserId == userId && m.LeftOn == null, ct))
                errors.Add(nameof(input.UserId), $"{user.DisplayName} already sits on this team.");
            else name = user.DisplayName;
        }
        else name = MdtRules.RequireText(input.Name, MdtRules.NameMax, nameof(input.Name), "the member's name (or choose a user)", errors);
        var today = Today();
        var joined = input.JoinedOn ?? today;
        if (!MdtRules.Plausible(joined)) errors.Add(nameof(input.JoinedOn), "Enter the date the member joined (year 2000–2100).");
        if (errors.Count > 0) return Outcome<Guid>.Invalid(errors);

        var member = new MdtMember { TeamId = teamId, AgencyId = agency!.Id, UserId = input.UserId, Name = name!, Role = role!.Value, JoinedOn = joined };
        db.Add(member);
        await db.SaveChangesAsync(ct);
        return Outcome<Guid>.Done(member.Id);
    }

    /// <summary>The member leaves the team on <paramref name="leftOn"/> (today when null); the seat is kept for the minutes.</summary>
    public async Task<Outcome<Guid>> LeaveAsync(Guid teamId, Guid memberId, DateOnly? leftOn, CancellationToken ct = default)
    {
        var member = await db.Set<MdtMember>().FirstOrDefaultAsync(m => m.Id == memberId && m.TeamId == teamId, ct);
        if (member is null) return Outcome<Guid>.NotFound();
        var day = leftOn ?? Today();
        if (member.LeftOn is not null) return Outcome<Guid>.Invalid("leftOn", $"{member.Name} already left the team on {member.LeftOn:yyyy-MM-dd}.");
        if (day < member.JoinedOn || !MdtRules.Plausible(day))
            return Outcome<Guid>.Invalid("leftOn", $"The leaving date cannot be before {member.Name} joined ({member.JoinedOn:yyyy-MM-dd}).");
        member.LeftOn = day;
        await RevokeAgendaAccessAsync(member, ct);
        await db.SaveChangesAsync(ct);
        return Outcome<Guid>.Done(member.Id);
    }

    /// <summary>
    /// When the agency's last seat on the team is given up, the MDT access it got through this team's
    /// agendas ends with it (kept, with the revocation time), except for cases still on the agenda of
    /// another team the agency sits on. Saved with the leaving.
    /// </summary>
    private async Task RevokeAgendaAccessAsync(MdtMember leaving, CancellationToken ct)
    {
        var agency = leaving.AgencyId;
        if (await db.Set<MdtMember>().AnyAsync(m => m.TeamId == leaving.TeamId && m.AgencyId == agency && m.LeftOn == null && m.Id != leaving.Id, ct))
            return;
        var agendaCases = from a in db.Set<AgendaItem>() join m in db.Set<MdtMeeting>() on a.MeetingId equals m.Id select new { a.CaseId, m.TeamId };
        var otherTeams = db.Set<MdtMember>().Where(m => m.AgencyId == agency && m.LeftOn == null && m.TeamId != leaving.TeamId).Select(m => m.TeamId);
        var thisTeamsCases = agendaCases.Where(x => x.TeamId == leaving.TeamId).Select(x => x.CaseId);
        var stillOnAnAgenda = agendaCases.Where(x => otherTeams.Contains(x.TeamId)).Select(x => x.CaseId);
        var grants = await db.CaseAccessGrants
            .Where(g => g.AgencyId == agency && g.Kind == GrantKind.Mdt && g.RevokedAt == null
                && thisTeamsCases.Contains(g.CaseId) && !stillOnAnAgenda.Contains(g.CaseId))
            .ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var g in grants) g.RevokedAt = now;
    }

    /// <summary>The users of an agency, for choosing who sits for it.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name, Guid AgencyId)>> UsersAsync(CancellationToken ct = default) =>
        (await db.Users.AsNoTracking().OrderBy(u => u.DisplayName).Select(u => new { u.Id, u.DisplayName, u.AgencyId }).ToListAsync(ct))
        .Select(u => (u.Id, u.DisplayName, u.AgencyId)).ToList();

    public async Task<IReadOnlyList<(Guid Id, string Name)>> AgenciesAsync(CancellationToken ct = default) =>
        (await db.Agencies.AsNoTracking().Where(a => a.IsActive).OrderBy(a => a.Name).Select(a => new { a.Id, a.Name }).ToListAsync(ct))
        .Select(a => (a.Id, a.Name)).ToList();

    private DateOnly Today() => j.Today(clock);

    private string RegionName(string code) => Jurisdiction.NameOf(j.Regions, code) ?? code;

    internal static MemberView ToView(MdtMember m, string agency) =>
        new(m.Id, m.AgencyId, agency, m.UserId, m.Name, m.Role, m.Role.Label(), m.JoinedOn, m.LeftOn);
}
