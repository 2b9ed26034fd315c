using Hartline.Data;
using Hartline.Features.Reports;
using Hartline.Features.Services.Directory;
using Hartline.Jurisdictions;
using Hartline.Security;
using Microsoft.EntityFrameworkCore;
using S = Hartline.Features.Services.Referrals.ServiceReferralStatus;

namespace Hartline.Features.Services.Referrals;

public sealed record TypeCount(string TypeCode, string Type, int Count);

/// <summary>A provider's answers to the referrals sent it in the period: how many it accepted of those it answered, and how fast.</summary>
public sealed record ProviderFigures(Guid OrganizationId, string Organization, int Sent, int Accepted, int Declined, int Waiting,
    double? AcceptanceRate, double? MedianDaysToAcceptance);

/// <summary>Referrals that ended in the period after being accepted: completed, or ended early.</summary>
public sealed record CompletionFigures(int Completed, int Ended, double? CompletionRate);

public sealed record DeliveredCount(string TypeCode, string Type, int Services, int Minutes, int Units);

/// <summary>Needs still open at the period's end that nothing had been accepted for: all declined, or no service in the directory fits now.</summary>
public sealed record UnmetNeed(string TypeCode, string Type, int AllDeclined, int NoFittingService);

/// <summary>
/// The service-referral figures of a period (exact counts; the statistics catalogue publishes them with disclosure control).
/// <paramref name="Quarter"/> names the period (a quarter such as 2026Q4 when asked for by quarter).
/// </summary>
public sealed record ServiceReferralFiguresResult(string Quarter, DateOnly From, DateOnly To, int ReferralsSent, IReadOnlyList<TypeCount> ReferralsByType,
    IReadOnlyList<ProviderFigures> Providers, CompletionFigures Completion, IReadOnlyList<DeliveredCount> ServicesDelivered,
    IReadOnlyList<UnmetNeed> UnmetNeeds, string CountingRules);

/// <summary>
/// Figures on service referrals for a period, over the cases the reader may count (the scope function, statistics
/// purpose): referrals sent by service type, acceptance and the median time to it per provider, completion, services
/// delivered by type, and unmet needs. One definition, for the API, the command line and the statistics catalogue.
/// </summary>
public sealed class ServiceReferralFigures(HartlineDb db, Jurisdiction jurisdiction, ServiceProfiles profiles, DirectoryWords words,
    CaseServicePlanning planning)
{
    public const string Rules =
        "Referrals sent: referrals whose sending falls in the period (the jurisdiction's calendar). Acceptance rate: accepted ÷ answered "
        + "(accepted or declined) among them; the median time runs from sending to acceptance. Completion: referrals accepted at some time and "
        + "closed in the period, completed ÷ (completed + ended early); withdrawn ones are left out. Services delivered: services given on a day "
        + "in the period. Unmet needs: needs recorded by the period's end and not closed by then, with no referral for them accepted by then; "
        + "split into those whose referrals were all declined and, of those never referred, those no open service in today's directory fits.";

    public Task<ServiceReferralFiguresResult> ComputeAsync(Quarter quarter, Actor actor, CancellationToken ct = default) =>
        ComputeAsync(quarter.ToString(), quarter.From, quarter.To, actor, ct);

    /// <summary>The figures of the days <paramref name="firstDay"/> to <paramref name="lastDay"/> (both included), named <paramref name="period"/>.</summary>
    public async Task<ServiceReferralFiguresResult> ComputeAsync(string period, DateOnly firstDay, DateOnly lastDay, Actor actor, CancellationToken ct = default)
    {
        var (from, to) = (jurisdiction.ToUtc(firstDay.ToDateTime(TimeOnly.MinValue)), jurisdiction.ToUtc(lastDay.AddDays(1).ToDateTime(TimeOnly.MinValue)));
        var referrals = RecordScope.OfCases(db.Set<ServiceReferral>().AsNoTracking(), r => r.CaseId, db.Cases, actor, ScopePurpose.Statistics);

        var sent = await referrals.Where(r => r.SentAt >= from && r.SentAt < to)
            .Select(r => new { r.TypeCode, r.ServiceId, r.Status, r.SentAt, r.AnsweredAt, r.DeclineReason }).ToListAsync(ct);
        var services = (await profiles.ReadAsync(ct)).ToDictionary(s => s.Id);
        var byType = sent.GroupBy(r => r.TypeCode).Select(g => new TypeCount(g.Key, DirectoryWords.Type(g.Key), g.Count()))
            .OrderByDescending(t => t.Count).ThenBy(t => t.Type, StringComparer.Ordinal).ToList();
        var providers = sent.GroupBy(r => services.TryGetValue(r.ServiceId, out var s) ? (s.OrganizationId, s.Organization) : (Guid.Empty, "Not in the directory"))
            .Select(g =>
            {
                var accepted = g.Where(r => r.AnsweredAt is not null && r.DeclineReason is null).ToList();
                var declined = g.Count(r => r.DeclineReason is not null);
                var answered = accepted.Count + declined;
                return new ProviderFigures(g.Key.Item1, g.Key.Item2, g.Count(), accepted.Count, declined, g.Count(r => r.Status == S.Sent),
                    answered == 0 ? null : Math.Round((double)accepted.Count / answered, 3),
                    Median(accepted.Select(r => (r.AnsweredAt!.Value - r.SentAt!.Value).TotalDays)));
            }).OrderBy(p => p.Organization, StringComparer.Ordinal).ToList();

        var closed = await referrals.Where(r => r.ClosedAt >= from && r.ClosedAt < to && (r.Status == S.Completed || r.Status == S.Ended))
            .GroupBy(r => r.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var completed = closed.Where(c => c.Key == S.Completed).Sum(c => c.Count);
        var ended = closed.Where(c => c.Key == S.Ended).Sum(c => c.Count);

        var referralIds = referrals.Select(r => r.Id);
        var delivered = (await db.Set<ServiceDelivery>().AsNoTracking()
                .Where(d => referralIds.Contains(d.ReferralId) && d.DeliveredOn >= firstDay && d.DeliveredOn <= lastDay)
                .Select(d => new { d.TypeCode, d.Minutes, d.Units }).ToListAsync(ct))
            .GroupBy(d => d.TypeCode)
            .Select(g => new DeliveredCount(g.Key, DirectoryWords.Type(g.Key), g.Count(), g.Sum(d => d.Minutes ?? 0), g.Sum(d => d.Units ?? 0)))
            .OrderByDescending(d => d.Services).ThenBy(d => d.Type, StringComparer.Ordinal).ToList();

        return new ServiceReferralFiguresResult(period, firstDay, lastDay, sent.Count, byType, providers,
            new CompletionFigures(completed, ended, completed + ended == 0 ? null : Math.Round((double)completed / (completed + ended), 3)),
            delivered, await UnmetAsync(RecordScope.OfCases(db.Set<ServiceNeed>().AsNoTracking(), n => n.CaseId, db.Cases, actor, ScopePurpose.Statistics),
                to, services.Values.ToList(), ct), Rules);
    }

    private async Task<IReadOnlyList<UnmetNeed>> UnmetAsync(IQueryable<ServiceNeed> visibleNeeds, DateTime end, IReadOnlyList<ServiceProfile> directory, CancellationToken ct)
    {
        var needs = await visibleNeeds
            .Where(n => n.RecordedAt < end && (n.ClosedAt == null || n.ClosedAt >= end))
            .Select(n => new
            {
                n.CaseId, n.TypeCode,
                Accepted = db.Set<ServiceReferral>().Any(r => r.NeedId == n.Id && r.AnsweredAt < end && r.DeclineReason == null),
                Referred = db.Set<ServiceReferral>().Count(r => r.NeedId == n.Id && r.SentAt < end),
                Declined = db.Set<ServiceReferral>().Count(r => r.NeedId == n.Id && r.SentAt < end && r.DeclineReason != null),
            }).ToListAsync(ct);
        var unmet = needs.Where(n => !n.Accepted).ToList();
        var caseIds = unmet.Where(n => n.Referred == 0).Select(n => n.CaseId).Distinct().ToList();
        var youth = new Dictionary<Guid, YouthForMatching>();
        foreach (var c in await db.Cases.AsNoTracking().Where(c => caseIds.Contains(c.Id)).ToListAsync(ct)) youth[c.Id] = await planning.YouthAsync(c, ct);
        return unmet.GroupBy(n => n.TypeCode).Select(g => new UnmetNeed(g.Key, DirectoryWords.Type(g.Key),
                g.Count(n => n.Referred > 0 && n.Declined == n.Referred),
                g.Count(n => n.Referred == 0 && ServiceMatcher.Match(g.Key, youth[n.CaseId], directory, words).Fits.Count == 0)))
            .Where(u => u.AllDeclined + u.NoFittingService > 0).OrderBy(u => u.Type, StringComparer.Ordinal).ToList();
    }

    private static double? Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0) return null;
        var mid = sorted.Count / 2;
        return Math.Round(sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2, 2);
    }
}
