using System.Security.Claims;
using Hartline.Data;
using Hartline.Features.Account;
using Hartline.Features.Admin;
using Hartline.Features.Cases;
using Hartline.Features.Intake;
using Hartline.Features.Intake.Determination;
using Hartline.Features.Intake.Screening;
using Hartline.Jurisdictions;
using Hartline.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Features.Demo;

/// <param name="AuthenticatorKey">The demo user's authenticator key: they are enrolled in two-factor sign-in from the start
/// (null in the list kept by a demo made before two-factor sign-in: those users set it up at their first sign-in).</param>
public sealed record DemoSignIn(string Email, string Role, string Agency, string Password, string? AuthenticatorKey)
{
    /// <summary>What an authenticator app scans, and what scripts and journeys make their codes from.</summary>
    public string? OtpAuthUri => AuthenticatorKey is null ? null : Account.TwoFactor.Authenticator.UriOf(Email, AuthenticatorKey);
}

/// <summary>How far the demo caseload has loaded: referrals walked so far of all of them.</summary>
public sealed record DemoProgress(int Referrals, int Total);

/// <summary>
/// Demo agencies, one user per role, and a caseload whose 2019 Q3 report reproduces the published HART
/// table (seed 002). Every referral goes through the real intake, screening, determination and case
/// services as the demo investigator, so the demo exercises the code a worker does; only the clock
/// stamps are then moved back to the demo dates. Seeded and deterministic.
/// </summary>
public sealed class DemoData(HartlineDb db, UserAdministration admin, IntakeService intake, ReferralWorkflow workflow,
    InstrumentLibrary instruments, IUserClaimsPrincipalFactory<HartlineUser> principals,
    CurrentActor current, Jurisdiction jurisdiction, TimeProvider clock, People.Deduplication.RegistryDedupe registryDedupe,
    DemoCaseFiles caseFiles, DemoCaseWork caseWork, Mdt.MdtDemo mdtDemo, Services.Directory.DirectoryDemo directoryDemo,
    Services.Referrals.ReferralDemo referralDemo, Account.TwoFactor.Authenticator authenticator)
{
    public const string AdminEmail = "admin@hart.demo";
    /// <summary>The demo caseload uses Connecticut's codes (regions, sources, categories).</summary>
    public const string Jurisdiction = "US-CT";
    public const string BriefScreen = "brief-intake-screen";

    private static readonly (string Name, AgencyKind Kind)[] AgencyList =
    [
        ("DCF – Department of Children and Families", AgencyKind.ChildWelfare),
        ("Connecticut State Police", AgencyKind.LawEnforcement),
        ("Beacon Youth Survivor Care", AgencyKind.ServiceProvider),
        ("Harbor Children's Hospital", AgencyKind.Medical),
        ("Northfield Public Schools", AgencyKind.School),
        ("HART Coordination", AgencyKind.Coordination),
    ];

    private static readonly (string Email, string Name, string Role, int Agency)[] UserList =
    [
        (AdminEmail, "Avery Administrator", Roles.Administrator, 5),
        ("coordinator@hart.demo", "Casey Coordinator", Roles.Coordinator, 5),
        ("investigator@dcf.demo", "Ines Investigator", Roles.Investigator, 0),
        ("liaison@police.demo", "Logan Liaison", Roles.LawEnforcement, 1),
        ("provider@beacon.demo", "Parker Provider", Roles.Provider, 2),
        ("mdt@hospital.demo", "Morgan Medical-Advocate", Roles.MdtMember, 3),
        ("trainer@hart.demo", "Taylor Trainer", Roles.Trainer, 5),
        ("analyst@hart.demo", "Alex Analyst", Roles.Analyst, 5),
    ];

    public Task<bool> IsLoadedAsync(CancellationToken ct = default) => db.Users.AnyAsync(u => u.Email == AdminEmail, ct);

    /// <summary>
    /// The caseload is complete once its last step, the demo MDTs, is saved. A start stopped half-way
    /// through loading leaves the demo users with part of the caseload; <c>serve --demo</c> says so.
    /// </summary>
    public Task<bool> IsCaseloadCompleteAsync(CancellationToken ct = default) => db.Set<Mdt.MdtTeam>().AnyAsync(ct);

    /// <summary>Agencies, users and the whole caseload in one go (seed-demo, tests).</summary>
    public async Task<IReadOnlyList<DemoSignIn>> LoadAsync(CancellationToken ct = default)
    {
        if (await IsLoadedAsync(ct)) return [];
        var signIns = await LoadAccountsAsync(ct);
        await LoadCaseloadAsync(progress: null, ct);
        return signIns;
    }

    /// <summary>The demo agencies and one user per role: quick, so a demo server can answer while the caseload loads.</summary>
    public async Task<IReadOnlyList<DemoSignIn>> LoadAccountsAsync(CancellationToken ct = default)
    {
        var agencies = new List<Agency>();
        foreach (var (name, kind) in AgencyList) agencies.Add((await admin.EnsureAgencyAsync(name, kind, ct)).Agency);
        var signIns = new List<DemoSignIn>();
        foreach (var u in UserList)
        {
            var created = await admin.AddUserAsync(u.Email, u.Name, agencies[u.Agency], u.Role, oneTime: false);
            signIns.Add(new DemoSignIn(u.Email, u.Role, agencies[u.Agency].Name, created.OneTimePassword, await authenticator.EnrolAsync(created.User)));
        }
        return signIns;
    }

    /// <summary>Walks every demo referral through the real services, then fills the case files, the duplicate queue and the MDTs.</summary>
    public async Task LoadCaseloadAsync(IProgress<DemoProgress>? progress, CancellationToken ct = default)
    {
        var names = AgencyList.Select(a => a.Name).ToList();
        var byName = await db.Agencies.Where(a => names.Contains(a.Name)).ToDictionaryAsync(a => a.Name, ct);
        var agencies = names.Select(n => byName[n]).ToList();
        var investigatorEmail = UserList.Single(u => u.Role == Roles.Investigator).Email;
        var investigator = await db.Users.SingleAsync(u => u.Email == investigatorEmail, ct);

        // The demo investigator does the intake work; the audit trail says so.
        var principal = await principals.CreateAsync(investigator);
        var actor = Actor.FromPrincipal(principal);
        current.Set(actor);
        var shares = new Dictionary<GrantKind, Guid>
        {
            [GrantKind.LawEnforcement] = agencies[1].Id,
            [GrantKind.ServiceReferral] = agencies[2].Id,
            [GrantKind.Mdt] = agencies[3].Id,
        };
        var screen = instruments.Latest(BriefScreen) ?? throw new InvalidOperationException($"The {BriefScreen} instrument is missing.");
        var random = new Random(2019);
        var today = jurisdiction.Today(clock);
        var caseload = DemoCases.All(today).ToList();
        for (var i = 0; i < caseload.Count; i++)
        {
            await WalkAsync(caseload[i], actor, screen, shares, random, ct);
            progress?.Report(new DemoProgress(i + 1, caseload.Count));
        }
        await caseFiles.EnrichAsync(actor, agencies, ct);
        await caseWork.AddAsync(actor, agencies, ct);
        // As a coordinator would after an import: check the whole registry for likely duplicates.
        await registryDedupe.RunAsync(threshold: People.Deduplication.RegistryDedupe.QueueThreshold, progress: null, ct);
        await mdtDemo.LoadAsync(ct);
        await directoryDemo.LoadAsync(ct);
        await referralDemo.LoadAsync(ct);
    }

    private async Task WalkAsync(DemoCase demo, Actor actor, ScreeningInstrument screen,
        Dictionary<GrantKind, Guid> shares, Random random, CancellationToken ct)
    {
        // One context walks every referral: forget the last one's entities, or each save checks them all again
        // (the load slowed with every referral; clearing took it from about a minute of CPU to a third of that).
        db.ChangeTracker.Clear();
        var received = await intake.ReceiveAsync(demo.Referral, actor, ct);
        if (!received.Succeeded) throw new InvalidOperationException($"Demo referral rejected: {string.Join("; ", received.Errors.SelectMany(e => e.Value))}");
        var id = received.Value!.ReferralId;
        var victim = demo.Determination is TraffickingStatus.PossibleVictim or TraffickingStatus.ConfirmedVictim;
        if (demo.ScreenAfter is not null)
        {
            // Victims were rated anywhere on each item's scale; the others almost always at its lowest point.
            var responses = screen.Items.ToDictionary(i => i.Code, i =>
            {
                var values = screen.ScaleOf(i).Options.Select(o => o.Value).Order().ToArray();
                return (int?)(victim ? values[random.Next(values.Length)] : values[random.Next(12) == 0 ? values.Length - 1 : 0]);
            });
            Check(await workflow.ScreenAsync(id, new ScreeningInput { Instrument = screen.Code, Responses = responses }, actor, ct));
        }
        if (demo.Determination is { } status)
        {
            Check(await workflow.DetermineAsync(id, new DeterminationInput
            {
                Status = status,
                DecidedBy = DecidingOrganisation.ChildWelfare,
                Actions = victim ? [AmpAction.Recruit, AmpAction.Harbor] : [],
                Purposes = victim ? [AmpPurpose.CommercialSex] : [],
                Means = victim && random.Next(3) == 0 ? [AmpMeans.Coercion] : [],
                Exploitation = demo.Referral.ExploitationSuspected,
                Note = victim ? null : "Screened and assessed: no indication of trafficking.",
            }, actor, ct));
        }
        if (demo.OpenCase) Check(await workflow.LinkToCaseAsync(id, actor, ct));
        await BackdateAsync(id, demo, shares, actor, ct);
    }

    /// <summary>Moves the stamps the services set to "now" back to the demo's dates, keeping their order.</summary>
    private async Task BackdateAsync(Guid referralId, DemoCase demo, Dictionary<GrantKind, Guid> shares, Actor actor, CancellationToken ct)
    {
        var referral = await db.Referrals.SingleAsync(r => r.Id == referralId, ct);
        var received = referral.ReceivedAt;
        if (demo.ScreenAfter is { } s)
        {
            referral.ScreenedAt = received + s;
            foreach (var sc in await db.Screenings.Where(x => x.ReferralId == referralId).ToListAsync(ct)) sc.ScreenedAt = received + s;
        }
        if (demo.DetermineAfter is { } d)
        {
            referral.DeterminedAt = received + d;
            foreach (var det in await db.Determinations.Where(x => x.ReferralId == referralId).ToListAsync(ct)) det.DecidedAt = received + d;
        }
        if (referral.CaseId is { } caseId)
        {
            referral.LinkedAt = received + demo.DetermineAfter!.Value;
            var @case = await db.Cases.SingleAsync(c => c.Id == caseId, ct);
            @case.OpenedOn = jurisdiction.LocalDate(referral.LinkedAt.Value);
            if (demo.ClosedOn is { } closed) { @case.ClosedOn = closed; @case.Status = CaseStatus.Closed; @case.ClosureReasonCode = "goals-met"; }
            foreach (var primary in await db.Set<Cases.Team.CareTeamAssignment>().Where(a => a.CaseId == caseId).ToListAsync(ct))
                primary.StartedOn = @case.OpenedOn;
            foreach (var opened in await db.Set<Cases.Lifecycle.CaseStatusChange>().Where(s => s.CaseId == caseId && s.From == null).ToListAsync(ct))
                opened.ChangedAt = referral.LinkedAt.Value;
            foreach (var kind in demo.SharedWith)
            {
                // Shared as the youth agreed: each demo grant has the consent that allows it.
                db.Add(new Cases.Sharing.SharingConsent
                {
                    CaseId = caseId, GivenBy = Cases.Sharing.ConsentGiver.Youth, RecipientAgencyId = shares[kind], Purposes = [kind],
                    GivenOn = @case.OpenedOn, RecordedById = actor.UserId!.Value,
                });
                db.CaseAccessGrants.Add(new CaseAccessGrant { CaseId = caseId, AgencyId = shares[kind], Kind = kind, GrantedById = actor.UserId!.Value });
            }
        }
        await db.SaveChangesAsync(ct);
    }

    private static void Check<T>(Outcome<T> step)
    {
        if (step.Kind != OutcomeKind.Done)
            throw new InvalidOperationException($"Demo step failed ({step.Kind}): {string.Join("; ", step.Errors.SelectMany(e => e.Value))}");
    }
}
