using Hartline.Data;
using Hartline.Features.Cases.Legal;
using Hartline.Features.Cases.Missing;
using Hartline.Features.Cases.Team;
using Hartline.Features.Intake;
using Hartline.Jurisdictions;
using Hartline.Security;
using Hartline.Security.Audit;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Features.Cases.Header;

/// <summary>
/// Builds the header of a case file's tabs. It never opens a case by itself: it is given one that
/// <see cref="CaseAccess"/> let the reader read (grants and youth loaded), or opens it through that same door,
/// so the header can never show more than the tab may. What the case row does not hold (owner agency, primary
/// worker, an open missing episode, a safety concern) comes in one query. The tab audits its read of the case;
/// the read of the youth (the header shows their name) is audited by the tab's own service or here, once.
/// </summary>
public sealed class CaseHeaders(HartlineDb db, CaseAccess access, AuditLog audit, Jurisdiction j, TimeProvider clock, People.BirthDates birthDates,
    Profile.CaseProfiles profiles, Profile.CaseDeterminations determinations)
{
    /// <summary>
    /// For a tab whose own service opened the case and did not keep it (notes, plan, legal): the same read
    /// check again through <see cref="CaseAccess"/>; null when refused (the tab has answered 404 by then anyway).
    /// <paramref name="auditYouth"/>: write the read of the youth, when the tab's service does not.
    /// </summary>
    public async Task<CaseHeader?> OpenAsync(Guid caseId, Actor reader, string tab, bool auditYouth, CancellationToken ct = default)
    {
        if (await access.FindAsync(caseId, reader, CaseOperations.Read, ct, tracking: false, load: CaseAccess.WithYouth) is not { } opened) return null;
        if (auditYouth) await audit.ReadAsync(nameof(People.Person), opened.PersonId, $"via case {caseId} ({CaseNav.Title(tab).ToLowerInvariant()})", ct);
        return await OfAsync(opened, reader, tab, ct);
    }

    /// <summary>The header of a case the reader was allowed to read, loaded with its grants and youth.</summary>
    public async Task<CaseHeader> OfAsync(Case opened, Actor reader, string tab, CancellationToken ct = default)
    {
        var today = j.Today(clock);
        var facts = await FactsOf(db, opened.Id, opened.OwnerAgencyId, today, ct);
        var youth = opened.Person ?? throw new InvalidOperationException("Load the case with its youth (CaseAccess.WithYouth).");
        var may = new CaseAllowances(
            await access.MayAsync(opened, reader, CaseOperations.Contribute),
            await access.MayAsync(opened, reader, CaseOperations.Update),
            await access.MayAsync(opened, reader, CaseOperations.Share),
            await access.MayAsync(opened, reader, LegalOperations.ReadJustice),
            await access.MayAsync(opened, reader, LegalOperations.RecordJustice));
        var kinds = opened.Grants.Where(g => g.AgencyId == reader.AgencyId && g.RevokedAt == null).Select(g => g.Kind);
        var sharing = SharingSentence.For(reader.AgencyId == opened.OwnerAgencyId, reader.IsInRole(Roles.Coordinator),
            reader.UserId is { } u && opened.AssignedUserId == u, kinds, may);
        var missing = facts?.MissingSince is { } since
            ? new MissingNow(j.ToLocal(since), Math.Round(Math.Max(0, (clock.GetUtcNow().UtcDateTime - since).TotalDays), 1)) : null;
        return new CaseHeader(opened.Id, tab, youth.FullName, youth.DateOfBirth, birthDates.AgeToday(youth.DateOfBirth),
            Jurisdiction.NameOf(j.Genders, youth.GenderCode), opened.Status, facts?.SafetyConcern ?? false, missing,
            facts?.PrimaryWorker, facts?.OwnerAgency ?? "?", sharing,
            // The case's trafficking status is its latest determination; the overview shows the same list, read once.
            await determinations.OfAsync(opened.Id, await profiles.OfAsync(opened.Id, ct), ct), opened.Number);
    }

    private sealed record Facts(string OwnerAgency, string? PrimaryWorker, DateTime? MissingSince, bool SafetyConcern);

    // One round trip, compiled once (every tab of every case asks it): rooted at the owner agency's row, with
    // the primary worker of today, the earliest open missing episode and any referral flagged unsafe as subqueries.
    private static readonly Func<HartlineDb, Guid, Guid, DateOnly, CancellationToken, Task<Facts?>> FactsOf = EF.CompileAsyncQuery(
        (HartlineDb db, Guid caseId, Guid ownerId, DateOnly today, CancellationToken ct) => db.Agencies.Where(a => a.Id == ownerId)
            .Select(a => new Facts(a.Name,
                db.Set<CareTeamAssignment>()
                    .Where(t => t.CaseId == caseId && t.Role == CareTeamRole.PrimaryWorker && t.StartedOn <= today && (t.EndedOn == null || t.EndedOn > today))
                    .OrderByDescending(t => t.StartedOn).Select(t => t.Name).FirstOrDefault(),
                db.Set<MissingEpisode>().Where(e => e.CaseId == caseId && e.EndedAt == null)
                    .OrderBy(e => e.StartedAt).Select(e => (DateTime?)e.StartedAt).FirstOrDefault(),
                db.Set<Referral>().Any(r => r.CaseId == caseId && r.ImmediateSafetyConcern)))
            .FirstOrDefault());
}
