using Hartline.Data;
using Hartline.Features.Intake.Determination;
using Hartline.Jurisdictions;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Features.Cases.Profile;

/// <summary>
/// One determination as the case shows it: what was decided, by which kind of organisation and by whom,
/// when, on what evidence, and whether a later one superseded it.
/// </summary>
public sealed record CaseDeterminationView(TraffickingStatus Status, string Decision, string DecidedByOrganisation, string? DecidedBy,
    DateOnly DecidedOn, string Evidence, Guid? ReferralId, bool Superseded);

/// <summary>
/// The case's trafficking status is its latest determination: made on any of its referrals (the intake
/// funnel's step) or recorded on the case's profile by the team afterwards. One truth, from the referral
/// to the case header, the overview and the HTCDS status; earlier determinations stay as history.
/// </summary>
public sealed class CaseDeterminations(HartlineDb db, Jurisdiction j)
{
    private sealed record Row(TraffickingDetermination D, string? By);

    private static readonly Func<HartlineDb, Guid, IAsyncEnumerable<Row>> OfCase = EF.CompileAsyncQuery(
        (HartlineDb db, Guid caseId) => db.Determinations.AsNoTracking()
            .Where(d => db.Referrals.Any(r => r.Id == d.ReferralId && r.CaseId == caseId))
            .GroupJoin(db.Users, d => d.DecidedById, u => u.Id, (d, u) => new { d, u })
            .SelectMany(x => x.u.DefaultIfEmpty(), (x, u) => new Row(x.d, u == null ? null : u.DisplayName)));

    /// <summary>Newest first; the first is current. The caller has already been allowed to read the case.</summary>
    public async Task<IReadOnlyList<CaseDeterminationView>> OfAsync(Guid caseId, ExploitationProfile profile, CancellationToken ct = default)
    {
        var all = new List<(DateTime At, CaseDeterminationView View)>();
        await foreach (var row in OfCase(db, caseId).WithCancellation(ct))
            all.Add((row.D.DecidedAt, View(row.D.Status, row.D.DecidedBy, row.By, j.LocalDate(row.D.DecidedAt), Evidence(row.D), row.D.ReferralId)));
        // A status the team recorded on the case itself counts from the day it was decided.
        if (profile.TraffickingStatus is { } status)
        {
            var on = profile.StatusDecidedOn ?? j.LocalDate(profile.UpdatedAt);
            all.Add((j.ToUtc(on.ToDateTime(new TimeOnly(23, 59))), View(status, profile.StatusDecidedBy ?? DecidingOrganisation.Other, null, on,
                "recorded on the case's exploitation profile", null)));
        }
        return all.OrderByDescending(x => x.At).Select((x, i) => x.View with { Superseded = i > 0 }).ToList();
    }

    private static CaseDeterminationView View(TraffickingStatus status, DecidingOrganisation org, string? by, DateOnly on, string evidence, Guid? referralId) =>
        new(status, status.Label(), org.Label(), by, on, evidence, referralId, false);

    private static string Evidence(TraffickingDetermination d)
    {
        static string Words<T>(string codes) where T : struct, Enum =>
            string.Join(", ", codes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(c => Enum.TryParse<T>(c, out var v) ? v.Label().ToLowerInvariant() : c));
        var parts = new[] { ("action", Words<AmpAction>(d.Actions)), ("means", Words<AmpMeans>(d.Means)), ("purpose", Words<AmpPurpose>(d.Purposes)) }
            .Where(p => p.Item2.Length > 0).Select(p => $"{p.Item1}: {p.Item2}").ToList();
        return parts.Count == 0 ? "no evidence recorded" : string.Join("; ", parts);
    }
}
