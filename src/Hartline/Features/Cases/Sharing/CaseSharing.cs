using Hartline.Data;
using Hartline.Security;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Features.Cases.Sharing;

/// <summary>How a share that went through ended: a new grant, or nothing to do because the agency already has access.</summary>
public enum SharingOutcome { Shared, AlreadyShared, OwnAgency }

public sealed record SharingResult(SharingOutcome Outcome, string Message);

/// <summary>
/// Gives another agency access to a case. Every path that shares a case (service referral, MDT agenda,
/// law enforcement) comes here, so none can share without the youth's consent: without a consent that
/// covers the agency and the purpose, sharing is refused with a message saying what is missing.
/// </summary>
public sealed class CaseSharing(HartlineDb db, CaseAccess access, TimeProvider clock, Jurisdictions.Jurisdiction jurisdiction)
{
    /// <summary>
    /// Shares the case, or says why not: not found (the case, or the user may not share it), the agency
    /// unknown, or no consent covering the agency and purpose (by field, as every refusal of a change).
    /// </summary>
    public async Task<Outcome<SharingResult>> ShareAsync(Guid caseId, Guid agencyId, GrantKind kind, Actor actor, CancellationToken ct = default)
    {
        var @case = await access.FindAsync(caseId, actor, CaseOperations.Share, ct);
        if (@case is null) return Outcome<SharingResult>.NotFound();
        var agency = await db.Agencies.AsNoTracking().FirstOrDefaultAsync(a => a.Id == agencyId, ct);
        if (agency is null) return Outcome<SharingResult>.Invalid("AgencyId", "There is no such agency.");
        if (agencyId == @case.OwnerAgencyId) return Outcome<SharingResult>.Done(new(SharingOutcome.OwnAgency, $"{agency.Name} owns the case."));
        if (@case.Grants.Any(g => g.AgencyId == agencyId && g.Kind == kind && g.RevokedAt == null && g.ServiceReferralId == null))
            return Outcome<SharingResult>.Done(new(SharingOutcome.AlreadyShared, $"Already shared with {agency.Name}."));
        if (!await HasConsentAsync(caseId, agencyId, kind, ct))
            return Outcome<SharingResult>.Invalid("AgencyId",
                $"The youth has not consented to share this case with {agency.Name} for {Describe(kind)}. Record the consent first.");

        // Added through the set: a new grant with its id already set would otherwise be taken for an update.
        db.CaseAccessGrants.Add(new CaseAccessGrant
        {
            CaseId = caseId, AgencyId = agencyId, Kind = kind,
            GrantedById = actor.UserId ?? Guid.Empty,
            GrantedAt = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(ct);
        return Outcome<SharingResult>.Done(new(SharingOutcome.Shared, $"Shared with {agency.Name} for {Describe(kind)}."));
    }

    /// <summary>
    /// The grant a provider gets by accepting a service referral: it opens only that referral's shared fields
    /// (<see cref="CaseAccessGrant.ServiceReferralId"/>), never the case file, and like every share it needs a consent
    /// in force covering the agency. False without one. Saved by the caller, with the acceptance.
    /// </summary>
    public async Task<bool> GrantForReferralAsync(Guid caseId, Guid agencyId, Guid referralId, Actor actor, DateTime now, CancellationToken ct = default)
    {
        if (!await HasConsentAsync(caseId, agencyId, GrantKind.ServiceReferral, ct)) return false;
        db.CaseAccessGrants.Add(new CaseAccessGrant
        {
            CaseId = caseId, AgencyId = agencyId, Kind = GrantKind.ServiceReferral, ServiceReferralId = referralId,
            GrantedById = actor.UserId ?? Guid.Empty, GrantedAt = now,
        });
        return true;
    }

    public Task<bool> HasConsentAsync(Guid caseId, Guid agencyId, GrantKind kind, CancellationToken ct = default) =>
        ActiveConsents(caseId).AnyAsync(c => c.Purposes.Contains(kind) && (c.RecipientAgencyId == null || c.RecipientAgencyId == agencyId), ct);

    /// <summary>
    /// Revokes the grants no active consent covers any more (after a withdrawal). The grants are kept with
    /// their revocation time; access stops at once. Saved by the caller, with the withdrawal of
    /// <paramref name="withdrawing"/> (not yet saved, so excluded here).
    /// </summary>
    public async Task<int> RevokeUncoveredAsync(Case @case, Guid withdrawing, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var uncovered = await UncoveredWithoutAsync(@case, withdrawing, ct);
        foreach (var grant in uncovered) grant.RevokedAt = now;
        await EndAssignmentsOfAgenciesWithoutAccessAsync(@case, now, ct);
        return uncovered.Count;
    }

    /// <summary>
    /// The sharing that stops if <paramref name="withdrawing"/> is withdrawn: the grants no other active consent
    /// covers. The withdrawal revokes exactly these, and its confirmation step lists them beforehand.
    /// </summary>
    public async Task<IReadOnlyList<CaseAccessGrant>> UncoveredWithoutAsync(Case @case, Guid withdrawing, CancellationToken ct = default)
    {
        var consents = await ActiveConsents(@case.Id).Where(c => c.Id != withdrawing).AsNoTracking().ToListAsync(ct);
        return @case.Grants.Where(g => g.RevokedAt == null && !consents.Any(c => c.Covers(g.AgencyId, g.Kind))).ToList();
    }

    /// <summary>
    /// People of an agency that has lost every grant leave the care team the same day, and stop being the
    /// case's primary worker: the team must not outlast the consent that let them in.
    /// </summary>
    private async Task EndAssignmentsOfAgenciesWithoutAccessAsync(Case @case, DateTime now, CancellationToken ct)
    {
        var stillShared = @case.Grants.Where(g => g.RevokedAt == null).Select(g => g.AgencyId).Append(@case.OwnerAgencyId).ToHashSet();
        var today = jurisdiction.Today(clock);
        var orphaned = await db.Set<Team.CareTeamAssignment>()
            .Where(a => a.CaseId == @case.Id && a.EndedOn == null && a.AgencyId != null).ToListAsync(ct);
        foreach (var a in orphaned.Where(a => !stillShared.Contains(a.AgencyId!.Value)))
        {
            a.EndedOn = today < a.StartedOn ? a.StartedOn : today;
            a.EndReason = "Consent to share with the agency withdrawn";
            if (a.UserId is { } u && @case.AssignedUserId == u) @case.AssignedUserId = null;
        }
    }

    private IQueryable<SharingConsent> ActiveConsents(Guid caseId) =>
        db.Set<SharingConsent>().Where(c => c.CaseId == caseId && c.WithdrawnOn == null);

    public static string Describe(GrantKind kind) => DisplayNames.SharePurpose(kind);
}
