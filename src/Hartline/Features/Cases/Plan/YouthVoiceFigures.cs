using Hartline.Data;
using Hartline.Features.Intake;
using Hartline.Features.Reports;
using Hartline.Jurisdictions;
using Hartline.Security;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Features.Cases.Plan;

public sealed record YouthVoiceResult(string Period, DateOnly From, DateOnly To,
    int ItemsAnswered, int ItemsAgreed, double? ShareAgreed, int ItemsAddedNotAsked,
    int FeedbackRecords, int HadASayRatings, double? MeanHadASay, string CountingRule);

/// <summary>
/// Did the youth have a say (seed 002: survivors said they "did not have a say in the types of services
/// received")? Per period: the plan items whose answer was recorded, how many the youth agreed to, and
/// the feedback given. Counts only, through the scope function's statistics purpose, so Analysts may see it.
/// </summary>
public sealed class YouthVoiceFigures(HartlineDb db, Jurisdiction j)
{
    public const string CountingRule =
        "Plan items answered: items of cases visible to you whose youth's answer (agreed or did not agree) is dated in the period; " +
        "an item answered more than once counts once, with its latest answer in the period. Share agreed = agreed ÷ answered. " +
        "Added, not asked: items added in the period (local time) with no answer dated by the period's end. " +
        "Feedback: records dated in the period; the mean 'had a say' rating (1–5) is over the records that have one.";

    public Task<YouthVoiceResult> ComputeAsync(Quarter quarter, Actor actor, CancellationToken ct = default) =>
        ComputeAsync(quarter.ToString(), quarter.From, quarter.To, actor, ct);

    public async Task<YouthVoiceResult> ComputeAsync(string period, DateOnly from, DateOnly to, Actor actor, CancellationToken ct = default)
    {
        IQueryable<T> Visible<T>(System.Linq.Expressions.Expression<Func<T, Guid>> caseId) where T : class =>
            RecordScope.OfCases(db.Set<T>(), caseId, db.Cases, actor, ScopePurpose.Statistics);

        var answers = await Visible<PlanItemAgreement>(a => a.CaseId)
            .Where(a => a.On >= from && a.On <= to)
            .Select(a => new { a.PlanItemId, a.On, a.RecordedAt, a.Agreement })
            .ToListAsync(ct);
        var latest = answers.GroupBy(a => a.PlanItemId)
            .Select(g => g.OrderByDescending(a => a.On).ThenByDescending(a => a.RecordedAt).First().Agreement).ToList();
        var agreed = latest.Count(a => a == YouthAgreement.Agreed);

        var addedFrom = j.ToUtc(from.ToDateTime(TimeOnly.MinValue));
        var addedTo = j.ToUtc(to.AddDays(1).ToDateTime(TimeOnly.MinValue));
        var notAsked = await Visible<PlanItem>(i => i.CaseId)
            .Where(i => i.AddedAt >= addedFrom && i.AddedAt < addedTo)
            .CountAsync(i => !db.Set<PlanItemAgreement>().Any(a => a.PlanItemId == i.Id && a.On <= to), ct);

        var ratings = await Visible<YouthFeedback>(f => f.CaseId)
            .Where(f => f.GivenOn >= from && f.GivenOn <= to)
            .Select(f => f.HadASay).ToListAsync(ct);
        var rated = ratings.Where(r => r is not null).Select(r => (double)r!.Value).ToList();

        return new YouthVoiceResult(period, from, to, latest.Count, agreed,
            latest.Count == 0 ? null : Math.Round((double)agreed / latest.Count, 3), notAsked,
            ratings.Count, rated.Count, rated.Count == 0 ? null : Math.Round(rated.Average(), 2), CountingRule);
    }
}
