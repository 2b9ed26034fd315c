using Hartline.Data;
using Hartline.Features.Admin;
using Hartline.Features.Cases;
using Hartline.Features.Cases.Missing;
using Hartline.Features.Cases.Profile;
using Hartline.Features.Cases.Team;
using Hartline.Features.Intake.Determination;
using Hartline.Security;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Features.Demo;

/// <summary>
/// Fills out a few of the demo's open case files (profile, a hand-over, a missing episode) through the
/// case-file services, so a newcomer sees what a worked case looks like. Leaves the 2019 Q3 report's
/// figures alone: the residence on each case is kept as it was.
/// </summary>
public sealed class DemoCaseFiles(HartlineDb db, CaseProfiles profiles, CareTeam team, MissingEpisodes missing, UserAdministration admin,
    TimeProvider clock, Jurisdictions.Jurisdiction jurisdiction)
{
    public async Task EnrichAsync(Actor investigator, IReadOnlyList<Agency> agencies, CancellationToken ct = default)
    {
        // Cases open a while, so a hand-over and a missing episode fit between the opening and today.
        var monthAgo = jurisdiction.Today(clock).AddDays(-30);
        var open = await db.Cases.Where(c => c.ClosedOn == null && c.OpenedOn <= monthAgo)
            .OrderByDescending(c => c.OpenedOn).ThenBy(c => c.Id).Take(3).ToListAsync(ct);
        if (open.Count == 0) return;

        // A second DCF worker, so the first case can show a hand-over in the continuity measure.
        var colleague = (await admin.AddUserAsync("investigator2@dcf.demo", "Jordan Second-Worker", agencies[0], Security.Roles.Investigator, oneTime: true)).User;
        foreach (var (c, i) in open.Select((c, i) => (c, i)))
        {
            Check(await profiles.UpdateAsync(c.Id, new ProfileInput
            {
                TraffickingStatus = TraffickingStatus.PossibleVictim, StatusDecidedBy = DecidingOrganisation.ChildWelfare,
                StatusDecidedOn = c.OpenedOn, ExploitationTypes = ["sex"], SexExploitationTypes = i == 0 ? ["prostitution", "remote"] : ["prostitution"],
                MethodsOfControl = i == 0 ? ["false-promises", "takes-earnings", "threats"] : ["psychological-abuse"],
                RecruitmentMethod = i == 1 ? "friend" : "online", RecruitmentPlatforms = i == 1 ? [] : ["instagram", "snapchat"],
                RecruiterRelationship = i == 0 ? "intimate-partner" : "acquaintance",
                Vulnerabilities = i == 0 ? ["runaway", "social-media", "past-victimization"] : ["housing"],
                AgeWhenFirstExploited = 15, Residence = c.ResidenceCode,
            }, investigator, ct));
        }

        var first = open[0];
        var today = jurisdiction.Today(clock);
        var handOver = first.OpenedOn.AddDays(Math.Max(1, (today.DayNumber - first.OpenedOn.DayNumber) / 2));
        if (handOver <= today)
            Check(await team.AssignAsync(first.Id, new AssignmentInput { Role = CareTeamRole.PrimaryWorker, UserId = colleague.Id, StartedOn = handOver }, investigator, ct));
        Check(await team.AssignAsync(first.Id, new AssignmentInput { Role = CareTeamRole.SchoolContact, Name = "Ms. Alvarez (school counselor)", StartedOn = first.OpenedOn }, investigator, ct));
        var left = first.OpenedOn.ToDateTime(new TimeOnly(21, 0)).AddDays(3);
        if (DateOnly.FromDateTime(left.AddDays(2)) < today)
            Check(await missing.AddAsync(first.Id, new MissingEpisodeInput
            {
                StartedAt = left, EndedAt = left.AddDays(2).AddHours(-11), MissingFrom = "congregate", ReportedToPolice = true,
                WhereFound = "Found by police at a motel in Hartford",
            }, investigator, ct));
    }

    private static void Check<T>(Outcome<T> result)
    {
        if (result.Kind != OutcomeKind.Done)
            throw new InvalidOperationException($"Demo case-file step failed ({result.Kind}): {string.Join("; ", result.Errors.SelectMany(e => e.Value))}");
    }
}
