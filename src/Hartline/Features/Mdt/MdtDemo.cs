using System.Security.Claims;
using Hartline.Data;
using Hartline.Features.Account;
using Hartline.Features.Admin;
using Hartline.Features.Cases;
using Hartline.Features.Cases.Sharing;
using Hartline.Jurisdictions;
using Hartline.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Features.Mdt;

/// <summary>
/// Demo MDTs: a team per region with the demo agencies' people, each with a held meeting (attendance,
/// decisions, action items, one overdue) and an upcoming one. Done as the demo coordinator through the
/// real services, so sharing follows consent: one case per meeting has the youth's network consent for
/// the MDT, the other none, and shows as "Restricted case" to the member agencies. Call after
/// <c>DemoData.LoadAsync</c> (it needs the demo users and cases).
/// </summary>
public sealed class MdtDemo(HartlineDb db, MdtTeams teams, MdtMeetings meetings, UserAdministration admin,
    IUserClaimsPrincipalFactory<HartlineUser> principals, CurrentActor current, Jurisdiction j, TimeProvider clock)
{
    private static readonly (string Email, MdtRole Role)[] Seats =
    [
        ("coordinator@hart.demo", MdtRole.MdtCoordinator), ("investigator@dcf.demo", MdtRole.DcfLiaison),
        ("liaison@police.demo", MdtRole.LawEnforcementLiaison), ("provider@beacon.demo", MdtRole.ServiceProvider),
        ("mdt@hospital.demo", MdtRole.MedicalAdvocate),
    ];

    public async Task LoadAsync(CancellationToken ct = default)
    {
        if (await db.Set<MdtTeam>().AnyAsync(ct)) return;
        var users = await db.Users.Where(u => Seats.Select(s => s.Email).Contains(u.Email!)).ToDictionaryAsync(u => u.Email!, ct);
        if (!users.TryGetValue(Seats[0].Email, out var coordinator)) return; // no demo users: nothing to seat
        var principal = await principals.CreateAsync(coordinator);
        var actor = Actor.FromPrincipal(principal);
        current.Set(actor);

        var school = await db.Agencies.FirstOrDefaultAsync(a => a.Kind == AgencyKind.School, ct);
        var faith = (await admin.EnsureAgencyAsync("Grace Community Church", AgencyKind.Other, ct)).Agency;
        var today = j.Today(clock);
        var index = 0;
        foreach (var region in j.Regions)
        {
            var team = Check(await teams.CreateAsync(new TeamInput { Name = $"{region.Name} MDT", Region = region.Code }, actor, ct));
            var members = new Dictionary<MdtRole, Guid>();
            foreach (var (email, role) in Seats.Where(s => users.ContainsKey(s.Email)))
                members[role] = Check(await teams.AddMemberAsync(team, new MemberInput
                    { AgencyId = users[email].AgencyId, UserId = users[email].Id, Role = role, JoinedOn = today.AddDays(-90) }, ct));
            if (school is not null)
                members[MdtRole.SchoolOutreach] = Check(await teams.AddMemberAsync(team, new MemberInput
                    { AgencyId = school.Id, Name = "Dana Whitfield", Role = MdtRole.SchoolOutreach, JoinedOn = today.AddDays(-90) }, ct));
            members[MdtRole.FaithBasedPartner] = Check(await teams.AddMemberAsync(team, new MemberInput
                { AgencyId = faith.Id, Name = "Rev. Ellen Marsh", Role = MdtRole.FaithBasedPartner, JoinedOn = today.AddDays(-90) }, ct));

            var cases = await db.Cases.Where(c => c.RegionCode == region.Code && c.Status != CaseStatus.Closed)
                .OrderByDescending(c => c.OpenedOn).ThenBy(c => c.Id).Select(c => c.Id).Take(4).ToListAsync(ct);
            if (cases.Count < 4) continue;
            await ConsentToMdtAsync([cases[0], cases[2]], actor, today, ct);

            var held = await MeetingAsync(team, today.AddDays(-14 - index), MeetingType.CaseReview, [cases[0], cases[1]], actor, ct);
            await RunHeldMeetingAsync(held, members, today, actor, ct);
            await MeetingAsync(team, today.AddDays(7 + index), index == 0 ? MeetingType.Emergency : MeetingType.CaseReview,
                [cases[2], cases[3]], actor, ct);
            index++;
        }
    }

    /// <summary>The youth agreed to share with the whole team (a network consent), as recorded in the case file.</summary>
    private async Task ConsentToMdtAsync(IEnumerable<Guid> caseIds, Actor actor, DateOnly today, CancellationToken ct)
    {
        foreach (var caseId in caseIds)
            db.Add(new SharingConsent
            {
                CaseId = caseId, GivenBy = ConsentGiver.YouthAndGuardian, Purposes = [GrantKind.Mdt], GivenOn = today.AddDays(-30),
                RecordedById = actor.UserId!.Value,
            });
        await db.SaveChangesAsync(ct);
    }

    private async Task<Guid> MeetingAsync(Guid team, DateOnly day, MeetingType type, Guid[] agenda, Actor actor,
        CancellationToken ct)
    {
        var meeting = Check(await meetings.CreateAsync(new MeetingInput
        {
            TeamId = team, StartsAt = day.ToDateTime(new TimeOnly(10, 0)), Place = "DCF area office, conference room B", Type = type,
        }, actor, ct));
        foreach (var caseId in agenda) Check(await meetings.AddToAgendaAsync(meeting, caseId, actor, ct));
        return meeting;
    }

    private async Task RunHeldMeetingAsync(Guid meeting, Dictionary<MdtRole, Guid> members, DateOnly today, Actor actor, CancellationToken ct)
    {
        Check(await meetings.RecordAttendanceAsync(meeting, members.Select(m => new AttendanceMark
        {
            MemberId = m.Value, Status = m.Key == MdtRole.SchoolOutreach ? AttendanceStatus.Excused : AttendanceStatus.Present,
        }).ToList(), actor, ct));
        Check(await meetings.AddGuestAsync(meeting, new GuestInput { Name = "Dr. Priya Raman", Agency = "Harbor Children's Hospital", Role = "Pediatrician" }, actor, ct));
        var first = await db.Set<AgendaItem>().Where(a => a.MeetingId == meeting).OrderBy(a => a.Position).Select(a => a.Id).FirstAsync(ct);
        Check(await meetings.AddNoteAsync(meeting, first, new NoteInput
            { Kind = NoteKind.Recommendation, Text = "Refer to survivor-care long-term case management; the youth asked for a female advocate." }, actor, ct));
        Check(await meetings.AddNoteAsync(meeting, first, new NoteInput
            { Kind = NoteKind.Decision, Text = "Safety plan agreed with the foster family; review at the next meeting." }, actor, ct));
        var owner = members.GetValueOrDefault(MdtRole.MedicalAdvocate, members.Values.First());
        Check(await meetings.AddActionItemAsync(meeting, first, new ActionItemInput
            { Description = "Book a follow-up medical exam", OwnerMemberId = owner, DueOn = today.AddDays(-3) }, actor, ct));
        Check(await meetings.AddActionItemAsync(meeting, first, new ActionItemInput
            { Description = "Send the referral to survivor care", OwnerMemberId = members.GetValueOrDefault(MdtRole.DcfLiaison, owner), DueOn = today.AddDays(5) }, actor, ct));
        Check(await meetings.SetStatusAsync(meeting, MeetingStatus.Held, ct));
    }

    private static T Check<T>(Outcome<T> result) => result.Succeeded
        ? result.Value!
        : throw new InvalidOperationException($"Demo MDT step failed: {(result.Kind == OutcomeKind.NotFound ? "not found" : string.Join("; ", result.Errors.SelectMany(e => e.Value)))}");
}
