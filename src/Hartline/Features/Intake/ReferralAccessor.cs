using System.Security.Claims;
using Hartline.Data;
using Hartline.Security;
using Hartline.Security.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Features.Intake;

/// <summary>
/// The one way to fetch a single referral for a user: loads it, asks the authorization handler, and
/// audits a refusal. Missing and refused both come back as null, so callers answer 404 either way.
/// </summary>
public sealed class ReferralAccessor(HartlineDb db, IAuthorizationService authorization, AuditLog audit)
{
    public async Task<Referral?> FindAsync(Guid id, Actor actor, OperationAuthorizationRequirement operation, CancellationToken ct = default) =>
        (await FindAccessAsync(id, actor, operation, ct))?.Referral;

    /// <summary>
    /// As <see cref="FindAsync"/>, also returning whether the referral's case is visible, so a page that
    /// asks about several operations (<see cref="MayAsync(ReferralAccess, ClaimsPrincipal, OperationAuthorizationRequirement)"/>) queries it once.
    /// </summary>
    public async Task<ReferralAccess?> FindAccessAsync(Guid id, Actor actor, OperationAuthorizationRequirement operation, CancellationToken ct = default)
    {
        var referral = await db.Referrals.FirstOrDefaultAsync(r => r.Id == id, ct);
        if (referral is not null)
        {
            var access = new ReferralAccess(referral, await CaseVisibleAsync(referral, actor, ct));
            if (await MayAsync(access, actor, operation)) return access;
        }
        else await RecordScope.Cases(db.Cases, actor, ScopePurpose.Records).AnyAsync(c => c.Id == id, ct); // the work a found one costs
        // A made-up id is refused and audited as a forbidden one is (see CaseAccess.FindAsync).
        await audit.DeniedAsync(nameof(Referral), id.ToString(), operation.Name, ct);
        return null;
    }

    /// <summary>The referral and its youth for a page that works on it (screen, determine); the view is audited.</summary>
    public async Task<(Referral Referral, People.Person Person)?> FindForWorkAsync(Guid id, Actor actor, string purpose, CancellationToken ct = default) =>
        await FindAsync(id, actor, ReferralOperations.Work, ct) is { } referral ? (referral, await YouthForWorkAsync(referral, purpose, ct)) : null;

    /// <summary>The youth of a referral already found for work, for a page about to show their name; the view is audited.</summary>
    public async Task<People.Person> YouthForWorkAsync(Referral referral, string purpose, CancellationToken ct = default)
    {
        await audit.ReadAsync(nameof(People.Person), referral.PersonId, $"{purpose} of referral {referral.Id}", ct);
        return await db.People.SingleAsync(p => p.Id == referral.PersonId, ct);
    }

    public async Task<bool> MayAsync(ReferralAccess access, Actor actor, OperationAuthorizationRequirement operation) =>
        (await authorization.AuthorizeAsync(actor.Principal, access, operation)).Succeeded;

    private async Task<bool> CaseVisibleAsync(Referral referral, Actor actor, CancellationToken ct) =>
        referral.CaseId is { } caseId
        && await RecordScope.Cases(db.Cases, actor, ScopePurpose.Records).AnyAsync(c => c.Id == caseId, ct);
}
