using Hartline.Data;
using Hartline.Features.Account;
using Hartline.Features.Cases;
using Hartline.Features.Cases.Sharing;
using Hartline.Features.Services.Directory;
using Hartline.Jurisdictions;
using Hartline.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Features.Services.Referrals;

/// <summary>
/// Demo referrals to Beacon, the demo provider, made through the real services so every page has something to show:
/// one waiting for an answer, one under way with a service given, one completed, one declined (its need left unmet),
/// and a need no service fits. Each is dated a few days back, as if the work had gone on over the last weeks.
/// </summary>
public sealed class ReferralDemo(HartlineDb db, ConsentRecords consents, CaseServicePlanning planning, ServiceReferrals referrals,
    IUserClaimsPrincipalFactory<HartlineUser> principals, Jurisdiction j, TimeProvider clock)
{
    private sealed record Plan(string Need, string Service, ShareProfile Share, string Message, int DaysAgo, Func<Guid, Actor, Task> Then);

    public async Task LoadAsync(CancellationToken ct = default)
    {
        if (await db.Set<ServiceReferral>().AnyAsync(ct)) return;
        var beacon = await db.Agencies.Where(a => a.Name == "Beacon Youth Survivor Care").Select(a => (Guid?)a.Id).FirstOrDefaultAsync(ct);
        var services = await db.Set<Service>().Where(s => s.Name == "Rapid response for identified youth" || s.Name == "Long-term survivor care")
            .ToDictionaryAsync(s => s.Name, s => s.Id, ct);
        if (beacon is null || services.Count < 2) return;
        var coordinator = await ActorAsync("coordinator@hart.demo", ct);
        var provider = await ActorAsync("provider@beacon.demo", ct);
        var today = j.Today(clock);

        var plans = new Plan[]
        {
            new("rapid-response", "Rapid response for identified youth", ShareProfile.Minimum, "She would like someone to meet her after school. Call the case worker first.", 1,
                (_, _) => Task.CompletedTask),
            new("case-management", "Long-term survivor care", ShareProfile.Placement, "Wants an adult to stay with her through the court case.", 9,
                async (id, p) =>
                {
                    Check(await referrals.MoveAsync(id, ReferralMove.Accept, new ReferralStepInput(), p, ct));
                    Check(await referrals.RecordDeliveryAsync(id, new DeliveryInput { TypeCode = "case-management", DeliveredOn = today, Minutes = 60, Note = "First meeting at school." }, p, ct));
                }),
            new("rapid-response", "Rapid response for identified youth", ShareProfile.Minimum, "Found at a motel on Route 1; needs clothes and a phone tonight.", 20,
                async (id, p) =>
                {
                    Check(await referrals.MoveAsync(id, ReferralMove.Accept, new ReferralStepInput(), p, ct));
                    Check(await referrals.RecordDeliveryAsync(id, new DeliveryInput { TypeCode = "rapid-response", DeliveredOn = today, Minutes = 120 }, p, ct));
                    Check(await referrals.RecordDeliveryAsync(id, new DeliveryInput { TypeCode = "basic-needs", DeliveredOn = today, Units = 1, Note = "A phone and a winter coat." }, p, ct));
                    Check(await referrals.MoveAsync(id, ReferralMove.Complete, new ReferralStepInput { Result = ReferralResult.GoalsMet, Note = "Handed on to long-term care." }, p, ct));
                }),
            new("case-management", "Long-term survivor care", ShareProfile.Minimum, "Asked for long-term support near her aunt's home.", 5,
                async (id, p) => Check(await referrals.MoveAsync(id, ReferralMove.Decline,
                    new ReferralStepInput { DeclineReason = DeclineReason.NoCapacity, Note = "Our caseload is full until March." }, p, ct))),
        };

        // The youngest youth with open cases: Beacon takes ages 11 to 21.
        var bornAfter = today.AddYears(-22);
        // Dates of birth are encrypted in the database: compared and sorted here (the demo has a few hundred open cases).
        var cases = (await db.Cases.Where(c => c.Status != CaseStatus.Closed).Select(c => new { c.Id, c.Person!.DateOfBirth }).ToListAsync(ct))
            .Where(c => c.DateOfBirth > bornAfter).OrderByDescending(c => c.DateOfBirth).ThenBy(c => c.Id).Skip(1).Take(plans.Length).ToList();
        foreach (var (c, plan) in cases.Zip(plans))
        {
            db.ChangeTracker.Clear();
            var minor = People.Age.On(c.DateOfBirth, today) < j.MinorAge;
            Check(await consents.RecordAsync(c.Id, new ConsentInput
            {
                GivenBy = minor ? ConsentGiver.YouthAndGuardian : ConsentGiver.Youth, GiverName = minor ? "Her grandmother" : null,
                RecipientAgencyId = beacon, Purposes = [GrantKind.ServiceReferral], GivenOn = today.AddDays(-plan.DaysAgo),
            }, coordinator, ct));
            var need = Check(await planning.AddNeedAsync(c.Id, new NeedInput { TypeCode = plan.Need }, coordinator, ct));
            var id = Check(await referrals.CreateAsync(c.Id, new ServiceReferralInput
            {
                ServiceId = services[plan.Service], NeedId = need, ShareProfile = plan.Share, Message = plan.Message,
            }, coordinator, ct));
            await plan.Then(id, provider);
            await BackdateAsync(id, plan.DaysAgo, ct);
        }
        if (cases.Count > 0) Check(await planning.AddNeedAsync(cases[^1].Id, new NeedInput { TypeCode = "long-term-housing", Note = "Nowhere safe to live after the shelter." }, coordinator, ct));
        db.ChangeTracker.Clear();
    }

    // The services stamp "now"; the demo spreads each referral's steps over the days since it was sent.
    private async Task BackdateAsync(Guid id, int days, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var r = await db.Set<ServiceReferral>().Include(x => x.Steps).SingleAsync(x => x.Id == id, ct);
        var shift = TimeSpan.FromDays(days);
        var steps = r.Steps.OrderBy(s => s.At).ThenBy(s => s.Status).ToList();
        for (var i = 0; i < steps.Count; i++) steps[i].At = steps[i].At - shift + TimeSpan.FromHours(i == 0 ? 0 : 20 * i);
        r.CreatedAt -= shift;
        r.SentAt = steps.FirstOrDefault(s => s.Status == ServiceReferralStatus.Sent)?.At;
        r.AnsweredAt = steps.FirstOrDefault(s => s.Status is ServiceReferralStatus.Accepted or ServiceReferralStatus.Declined)?.At;
        if (r.ClosedAt is not null) r.ClosedAt = steps[^1].At;
        foreach (var d in await db.Set<ServiceDelivery>().Where(d => d.ReferralId == id).ToListAsync(ct))
            d.DeliveredOn = j.LocalDate(steps[^1].At);
        foreach (var g in await db.CaseAccessGrants.Where(g => g.ServiceReferralId == id).ToListAsync(ct))
            (g.GrantedAt, g.RevokedAt) = (r.AnsweredAt ?? g.GrantedAt, g.RevokedAt is null ? null : r.ClosedAt);
        await db.SaveChangesAsync(ct);
    }

    private async Task<Actor> ActorAsync(string email, CancellationToken ct) =>
        Actor.FromPrincipal(await principals.CreateAsync(await db.Users.SingleAsync(u => u.Email == email, ct)));

    private static T Check<T>(Outcome<T> outcome) => outcome.Succeeded ? outcome.Value!
        : throw new InvalidOperationException("Demo referral refused: " + string.Join("; ", outcome.Errors.SelectMany(e => e.Value)));
}
