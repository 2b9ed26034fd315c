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
    public async Task<Referral?> FindAsync(Guid id, ClaimsPrincipal user, OperationAuthorizationRequirement operation, CancellationToken ct = default)
    {
        var referral = await db.Referrals.FirstOrDefaultAsync(r => r.Id == id, ct);
        if (referral is null) return null;
        if (await MayAsync(referral, user, operation, ct)) return referral;
        await audit.DeniedAsync(nameof(Referral), id.ToString(), operation.Name, ct);
        return null;
    }

    /// <summary>The referral and its youth for a page that works on it (screen, determine); the view is audited.</summary>
    public async Task<(Referral Referral, People.Person Person)?> FindForWorkAsync(Guid id, ClaimsPrincipal user, string purpose, CancellationToken ct = default)
    {
        var referral = await FindAsync(id, user, ReferralOperations.Work, ct);
        if (referral is null) return null;
        await audit.ReadAsync(nameof(People.Person), referral.PersonId, $"{purpose} of referral {referral.Id}", ct);
        return (referral, await db.People.SingleAsync(p => p.Id == referral.PersonId, ct));
    }

    public async Task<bool> MayAsync(Referral referral, ClaimsPrincipal user, OperationAuthorizationRequirement operation, CancellationToken ct = default)
    {
        var caseVisible = referral.CaseId is { } caseId
            && await RecordScope.Cases(db.Cases, Actor.FromPrincipal(user), ScopePurpose.Records).AnyAsync(c => c.Id == caseId, ct);
        return (await authorization.AuthorizeAsync(user, new ReferralAccess(referral, caseVisible), operation)).Succeeded;
    }
}
