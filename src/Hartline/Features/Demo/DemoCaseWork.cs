using Hartline.Data;
using Hartline.Features.Account;
using Hartline.Features.Admin;
using Hartline.Features.Cases;
using Hartline.Features.Cases.Legal;
using Hartline.Features.Cases.Notes;
using Hartline.Features.Cases.Plan;
using Hartline.Features.Cases.Sharing;
using Hartline.Jurisdictions;
using Hartline.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Features.Demo;

/// <summary>
/// The ongoing work on the demo's most visible open cases (the newest, and the newest of each region, which
/// the demo MDTs put on their agendas), so that every tab of those files shows what it is for: consents and
/// the sharing they allow, notes at each level (a privileged one by the survivor-care counselor), goals in
/// the youth's words with their answers, preferences and feedback, a protection with its steps, and for the
/// cases shared with the police, the justice side recorded by the liaison. All through the case-file
/// services as the person who would do it; dated within the last weeks (or since the opening), so no 2019
/// figure moves. Seeded: the same demo every time for the same day.
/// </summary>
public sealed class DemoCaseWork(HartlineDb db, CaseNotes notes, YouthVoice voice, LegalRecords legal, ConsentRecords consents,
    CaseSharing sharing, IUserClaimsPrincipalFactory<HartlineUser> principals, CurrentActor current, Jurisdiction j, TimeProvider clock)
{
    public const int MostRecent = 10, PerRegion = 4;
    /// <summary>Work on a long-open case is dated within this many days before today.</summary>
    private const int RecentDays = 60;

    private sealed record Crew(Actor Investigator, Actor Counselor, Actor Liaison, Agency Police, Agency Survivors, Agency School);

    private sealed record DemoFile(Guid Id, DateOnly OpenedOn, string Name, bool IsAdult, string? Gender);

    public async Task AddAsync(Actor investigator, IReadOnlyList<Agency> agencies, CancellationToken ct = default)
    {
        var crew = new Crew(investigator, await ActorAsync("provider@beacon.demo", ct), await ActorAsync("liaison@police.demo", ct),
            agencies[1], agencies[2], agencies[4]);
        var today = j.Today(clock);
        var random = new Random(2020);
        var written = new Dictionary<Guid, DateTime>();
        foreach (var (file, i) in (await ChooseAsync(today, ct)).Select((f, i) => (f, i)))
        {
            // One context serves the whole demo load: forget what the last case loaded, or every save
            // checks every entity tracked since the first referral (the load slows with each case).
            db.ChangeTracker.Clear();
            var (start, span) = file.OpenedOn < today.AddDays(-RecentDays) ? (today.AddDays(-RecentDays), RecentDays) : (file.OpenedOn, today.DayNumber - file.OpenedOn.DayNumber);
            DateOnly At(double share) => start.AddDays((int)(span * share));
            var policeShare = i % 3 == 0;
            await ShareAsync(file, crew, policeShare, withdrawSchool: i % 5 == 2, At, ct);
            await NotesAsync(file, crew, random, At, written, ct);
            await PlanAsync(file, crew.Investigator, random, i, At, ct);
            await ProtectionAsync(file, crew.Investigator, i, At, ct);
            if (policeShare) await JusticeAsync(file, crew.Liaison, today, At, ct);
            current.Set(investigator);
        }
        // The services stamp notes "now"; a note reads as written on the day of the contact it records.
        db.ChangeTracker.Clear();
        foreach (var note in await db.Set<CaseNote>().Where(n => written.Keys.Contains(n.Id)).ToListAsync(ct)) note.WrittenAt = written[note.Id];
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    /// <summary>The newest open cases, and the newest of each region (the ones the demo MDTs put on their agendas).</summary>
    private async Task<List<DemoFile>> ChooseAsync(DateOnly today, CancellationToken ct)
    {
        var open = db.Cases.Where(c => c.Status != CaseStatus.Closed).OrderByDescending(c => c.OpenedOn).ThenBy(c => c.Id);
        var ids = (await open.Take(MostRecent).Select(c => c.Id).ToListAsync(ct)).ToHashSet();
        foreach (var region in j.Regions)
            ids.UnionWith(await open.Where(c => c.RegionCode == region.Code).Take(PerRegion).Select(c => c.Id).ToListAsync(ct));
        var rows = await db.Cases.Where(c => ids.Contains(c.Id)).OrderByDescending(c => c.OpenedOn).ThenBy(c => c.Id)
            .Select(c => new { c.Id, c.OpenedOn, c.Person!.GivenName, c.Person.DateOfBirth, c.Person.GenderCode }).ToListAsync(ct);
        return rows.Select(r => new DemoFile(r.Id, r.OpenedOn, r.GivenName,
            Intake.Determination.AmpRule.AgeAt(r.DateOfBirth, today) >= j.MinorAge, r.GenderCode)).ToList();
    }

    /// <summary>The youth agreed to survivor care (and, for some, to the police); one consent to the school was later withdrawn.</summary>
    private async Task ShareAsync(DemoFile file, Crew crew, bool police, bool withdrawSchool, Func<double, DateOnly> at, CancellationToken ct)
    {
        var given = file.OpenedOn.AddDays(1) <= at(1) ? file.OpenedOn.AddDays(1) : file.OpenedOn;
        await ConsentAndShareAsync(file.Id, crew.Survivors, GrantKind.ServiceReferral, ConsentGiver.Youth, given, null, crew.Investigator, ct);
        if (police)
            await ConsentAndShareAsync(file.Id, crew.Police, GrantKind.LawEnforcement, file.IsAdult ? ConsentGiver.Youth : ConsentGiver.YouthAndGuardian, given,
                "For the investigation of the people who exploited the youth; not for any charge against the youth.", crew.Investigator, ct);
        if (!withdrawSchool) return;
        var school = await ConsentAndShareAsync(file.Id, crew.School, GrantKind.ServiceReferral, ConsentGiver.Youth, given,
            "Attendance and the school counselor's support plan only.", crew.Investigator, ct);
        Check(await consents.WithdrawAsync(file.Id, school, new WithdrawInput
            { WithdrawnOn = at(0.5) > given ? at(0.5) : given, Note = "The youth asked that the school no longer be told about the case." }, crew.Investigator, ct));
    }

    private async Task<Guid> ConsentAndShareAsync(Guid caseId, Agency to, GrantKind kind, ConsentGiver by, DateOnly on, string? limits, Actor actor, CancellationToken ct)
    {
        var consent = Check(await consents.RecordAsync(caseId, new ConsentInput
        {
            GivenBy = by, RecipientAgencyId = to.Id, Purposes = [kind], GivenOn = on, Limits = limits,
        }, actor, ct));
        Check(await sharing.ShareAsync(caseId, to.Id, kind, actor, ct));
        return consent.Id;
    }

    /// <summary>Team notes by the investigator, one restricted to DCF and survivor care, one privileged by the counselor.</summary>
    private async Task NotesAsync(DemoFile file, Crew crew, Random random, Func<double, DateOnly> at, Dictionary<Guid, DateTime> written, CancellationToken ct)
    {
        var pool = file.IsAdult ? DemoCaseWords.AdultTeamNotes : DemoCaseWords.MinorTeamNotes;
        var first = random.Next(pool.Length);
        await NoteAsync(file, crew.Investigator, NoteLevel.Team, pool[first].Kind, pool[first].Text, [], at(0.2), written, ct);
        var second = (first + 1 + random.Next(pool.Length - 1)) % pool.Length;
        await NoteAsync(file, crew.Investigator, NoteLevel.Team, pool[second].Kind, pool[second].Text, [], at(0.7), written, ct);
        await NoteAsync(file, crew.Investigator, NoteLevel.Restricted, NoteKind.Contact, Pick(DemoCaseWords.RestrictedNotes, random),
            [crew.Survivors.Id], at(0.5), written, ct);
        current.Set(crew.Counselor);
        await NoteAsync(file, crew.Counselor, NoteLevel.Privileged, NoteKind.Contact, Pick(DemoCaseWords.PrivilegedNotes, random), [], at(0.8), written, ct);
        current.Set(crew.Investigator);
    }

    private async Task NoteAsync(DemoFile file, Actor author, NoteLevel level, NoteKind kind, string text, List<Guid> readers, DateOnly on,
        Dictionary<Guid, DateTime> written, CancellationToken ct)
    {
        var id = Check(await notes.AddAsync(file.Id, new NoteInput
            { Level = level, Kind = kind, ContactOn = on, Text = string.Format(text, file.Name), Agencies = readers }, author, ct));
        written[id] = j.ToUtc(on.ToDateTime(new TimeOnly(17, 30)));
    }

    /// <summary>Three goals in the youth's words: two agreed (one with a comment), one the youth did not agree to; preferences and feedback.</summary>
    private async Task PlanAsync(DemoFile file, Actor worker, Random random, int index, Func<double, DateOnly> at, CancellationToken ct)
    {
        var goals = (file.IsAdult ? DemoCaseWords.AdultGoals : DemoCaseWords.MinorGoals).OrderBy(_ => random.Next()).Take(3).ToList();
        foreach (var (goal, g) in goals.Select((goal, g) => (goal, g)))
        {
            var item = Check(await voice.AddItemAsync(file.Id, new PlanItemInput
                { YouthWords = goal.Words, WorkerDescription = goal.Plan, Domain = goal.Domain, PlannedEnd = at(1).AddMonths(3 + g) }, worker, ct));
            if (g == 2 && index % 2 == 1) continue; // asked at the next meeting: not yet answered
            Check(await voice.RecordAgreementAsync(file.Id, item, new AgreementInput
            {
                Agreement = g == 2 ? YouthAgreement.Disagreed : YouthAgreement.Agreed, On = at(0.3 + g * 0.1),
                How = g == 1 ? AgreementHow.Phone : AgreementHow.InPerson,
                YouthComment = g == 2 ? DemoCaseWords.DisagreedComment : g == 0 ? Pick(DemoCaseWords.AgreedComments, random) : null,
            }, worker, ct));
        }
        Check(await voice.SavePreferencesAsync(file.Id, new PreferencesInput
        {
            Pronouns = file.Gender switch { "female" or "trans-female" => "she/her", "male" or "trans-male" => "he/him", _ => "they/them" },
            Language = index % 4 == 1 ? "Spanish at home, English at school" : "English",
            WantPresent = "My aunt, and the advocate from Beacon.", DoNotWantPresent = "Anyone from my old neighborhood.",
            ContactMethod = index % 2 == 0 ? ContactMethod.TextMessage : ContactMethod.ThroughCaseWorker,
            ContactTimes = "After 3 pm on weekdays.", MessageMayBeLeft = false,
            DoesNotWant = "Don't call me at school or at work. Don't tell anyone why I miss appointments.",
        }, worker, ct));
        Check(await voice.AddFeedbackAsync(file.Id, new FeedbackInput
        {
            GivenOn = at(0.9), How = FeedbackChannel.Conversation, FeltListenedTo = 4 + random.Next(2), FeltSafe = 3 + random.Next(3),
            HadASay = 3 + random.Next(3), YouthWords = Pick(DemoCaseWords.FeedbackWords, random),
        }, worker, ct));
    }

    /// <summary>One protection with its steps: decided on most cases, still open on some.</summary>
    private async Task ProtectionAsync(DemoFile file, Actor worker, int index, Func<double, DateOnly> at, CancellationToken ct)
    {
        var (kind, court, outcome, amount) = (index % 4, file.IsAdult) switch
        {
            (0, _) => ("VictimCompensation", "Office of Victim Services", "Awarded", 1250m),
            (1, false) => ("UncaredForClassification", "Superior Court for Juvenile Matters", "Granted", (decimal?)null),
            (1, true) => ("Vacatur", "Superior Court", "Granted", null),
            (2, _) => ("ProtectiveOrder", "Superior Court", "Granted", null),
            _ => ("AffirmativeDefense", "Superior Court for Juvenile Matters", null, null),
        };
        var protection = Check(await legal.AddProtectionAsync(file.Id, new ProtectionInput
            { Kind = kind, On = at(0.25), CourtOrAgency = court, Note = "Prepared with the youth and their advocate." }, worker, ct));
        if (outcome is not null)
            Check(await legal.AddProtectionStepAsync(file.Id, protection, new ProtectionStepInput
                { Step = outcome, On = at(0.75), Amount = amount, Note = amount is null ? null : "Counseling and relocation costs." }, worker, ct));
    }

    /// <summary>
    /// On a case shared with the police for law enforcement, the liaison records the trafficker (arrested and
    /// charged, a hearing ahead) and a buyer charged with commercial sexual abuse of a minor, whose felony class
    /// follows the youth's age on the offense date.
    /// </summary>
    private async Task JusticeAsync(DemoFile file, Actor liaison, DateOnly today, Func<double, DateOnly> at, CancellationToken ct)
    {
        current.Set(liaison);
        var offender = Check(await legal.AddOffenderAsync(file.Id, new OffenderInput
        {
            Role = "Trafficker", NameOrAlias = "Known by a screen name only (on file with the State Police)", Relationship = "IntimatePartner",
            Note = "Presented himself to the youth as a boyfriend.",
        }, liaison, ct));
        var arrest = Check(await legal.AddArrestAsync(file.Id, new ArrestInput { OffenderId = offender, ArrestedOn = at(0.4), Agency = "Connecticut State Police" }, liaison, ct));
        Check(await legal.AddChargeAsync(file.Id, new ChargeInput
            { OffenderId = offender, ArrestId = arrest, Offense = "53a-192a", OffenseDate = file.OpenedOn.AddDays(-14), ChargedOn = at(0.4) }, liaison, ct));
        var buyer = Check(await legal.AddOffenderAsync(file.Id, new OffenderInput { Role = "Buyer", Relationship = "Stranger" }, liaison, ct));
        Check(await legal.AddChargeAsync(file.Id, new ChargeInput
            { OffenderId = buyer, Offense = "53a-83b", OffenseDate = file.OpenedOn.AddDays(-20), ChargedOn = at(0.6) }, liaison, ct));
        Check(await legal.AddCourtDateAsync(file.Id, new CourtDateInput
            { At = today.AddDays(12).ToDateTime(new TimeOnly(9, 30)), Court = "Superior Court, Hartford", Purpose = "Arraignment", OffenderId = offender }, liaison, ct));
    }

    private async Task<Actor> ActorAsync(string email, CancellationToken ct) =>
        Actor.FromPrincipal(await principals.CreateAsync(await db.Users.SingleAsync(u => u.Email == email, ct)));

    private static string Pick(string[] options, Random random) => options[random.Next(options.Length)];

    private static T Check<T>(Outcome<T> result) => result.Succeeded
        ? result.Value!
        : throw new InvalidOperationException($"Demo case-work step failed ({result.Kind}): {string.Join("; ", result.Errors.SelectMany(e => e.Value))}");
}
