using Hartline.Data;
using Hartline.Features.Intake.Duplicates;
using Hartline.Features.People;
using Hartline.Security;
using Hartline.Security.Audit;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Features.Intake;

/// <summary>
/// Undoes intake's automatic link (same folded names and date of birth) when the worker knows the youth is
/// someone else: the referral gets its own new person record, its screenings follow it, the worker's
/// answer "a different youth" is recorded so the pair is not offered again, and all of it is saved in one
/// go with its audit event. Only those who may work the referral, and only before it has a case: a case
/// belongs to the person, and moving one is the coordinators' duplicate review.
/// </summary>
public sealed class AutomaticLinks(HartlineDb db, ReferralAccessor access, AuditLog audit, TimeProvider clock)
{
    public async Task<Outcome<Guid>> UndoAsync(Guid referralId, Actor actor, CancellationToken ct = default)
    {
        var referral = await access.FindAsync(referralId, actor, ReferralOperations.Work, ct);
        if (referral is null) return Outcome<Guid>.NotFound();
        if (!referral.LinkedAutomatically)
            return Outcome<Guid>.Invalid("referral", "This referral was not linked automatically to another youth's record.");
        if (referral.CaseId is not null)
            return Outcome<Guid>.Invalid("referral", "This referral is already linked to a case, so the link cannot be undone here. Ask a coordinator to review it.");

        var existing = await db.People.AsNoTracking().Include(p => p.RaceEthnicities).SingleAsync(p => p.Id == referral.PersonId, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        // The typed names folded to the existing youth's, so the new record carries the same names and date of birth.
        var own = new Person
        {
            GivenName = existing.GivenName, MiddleName = existing.MiddleName, FamilyName = existing.FamilyName,
            DateOfBirth = existing.DateOfBirth, GenderCode = existing.GenderCode,
            RaceEthnicities = existing.RaceEthnicities.Select(r => new PersonRaceEthnicity { Code = r.Code }).ToList(),
            OwnerAgencyId = referral.ReceivingAgencyId, CreatedAt = now,
        };
        db.People.Add(own);
        foreach (var screening in await db.Screenings.Where(s => s.ReferralId == referral.Id).ToListAsync(ct))
            screening.PersonId = own.Id;
        db.DuplicateDecisions.Add(new DuplicateDecision
        {
            ReferralId = referral.Id, CandidatePersonId = existing.Id, Verdict = DuplicateVerdict.DifferentPerson, Score = 1,
            DecidedById = actor.UserId ?? Guid.Empty, DecidedAt = now,
        });
        referral.PersonId = own.Id;
        referral.LinkedAutomatically = false;
        await audit.WriteAsync(AuditAction.Unmerge, nameof(Referral), referral.Id.ToString(),
            new { undone = "automatic link on the same name and date of birth", fromPerson = existing.Id, toPerson = own.Id }, ct: ct);
        return Outcome<Guid>.Done(own.Id);
    }
}
