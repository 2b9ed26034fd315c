using Hartline.Data;
using Hartline.Features.Admin;
using Hartline.Features.Cases;
using Hartline.Features.Intake;
using Hartline.Security;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Features.Demo;

public sealed record DemoSignIn(string Email, string Role, string Agency, string Password);

/// <summary>
/// Demo agencies, one user per role, and cases whose 2019 Q3 report reproduces the published HART
/// table (seed 002). Every case goes through the real intake service, so the demo exercises the same
/// code a worker does. Seeded and deterministic: the same data on every machine.
/// </summary>
public sealed class DemoData(HartlineDb db, UserAdministration admin, IntakeService intake)
{
    public const string AdminEmail = "admin@hart.demo";

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

    public async Task<IReadOnlyList<DemoSignIn>> LoadAsync(CancellationToken ct = default)
    {
        if (await IsLoadedAsync(ct)) return [];
        var agencies = new List<Agency>();
        foreach (var (name, kind) in AgencyList) agencies.Add((await admin.EnsureAgencyAsync(name, kind, ct)).Agency);

        var signIns = new List<DemoSignIn>();
        Guid investigatorId = default;
        foreach (var u in UserList)
        {
            var created = await admin.AddUserAsync(u.Email, u.Name, agencies[u.Agency], u.Role, oneTime: false);
            if (u.Role == Roles.Investigator) investigatorId = created.User.Id;
            signIns.Add(new DemoSignIn(u.Email, u.Role, agencies[u.Agency].Name, created.OneTimePassword));
        }

        var dcf = agencies[0];
        var shares = new Dictionary<GrantKind, Guid>
        {
            [GrantKind.LawEnforcement] = agencies[1].Id,
            [GrantKind.ServiceReferral] = agencies[2].Id,
            [GrantKind.Mdt] = agencies[3].Id,
        };
        foreach (var demoCase in DemoCases.All())
        {
            var (receipt, errors) = await intake.ReceiveAsync(demoCase.Referral, dcf.Id, investigatorId, ct);
            if (receipt is null)
                throw new InvalidOperationException($"Demo referral rejected: {string.Join("; ", errors.SelectMany(e => e.Value))}");
            var @case = await db.Cases.SingleAsync(c => c.Id == receipt.CaseId, ct);
            if (demoCase.ClosedOn is { } closed) { @case.ClosedOn = closed; @case.Status = CaseStatus.Closed; }
            foreach (var kind in demoCase.SharedWith)
                db.CaseAccessGrants.Add(new CaseAccessGrant { CaseId = @case.Id, AgencyId = shares[kind], Kind = kind, GrantedById = investigatorId });
            await db.SaveChangesAsync(ct);
        }
        return signIns;
    }
}
