using Hartline.Features.Cases.Legal;
using Hartline.Features.Cases.Plan;
using Hartline.Features.Reports;
using Hartline.Features.Reports.Statistics;
using Hartline.Features.Reports.Statistics.Topics;
using Hartline.Features.Services.Referrals;
using Hartline.Jurisdictions;

namespace Hartline.Tests.Reports.Statistics;

/// <summary>
/// Made-up results of the five topics' measures, consistent as the real ones are (the parts of a whole never exceed
/// it) and small: most counts 0 to 6, so 1s and 2s abound, now and then a large one, now and then nothing at all.
/// </summary>
internal static class TopicGenerator
{
    private static int Small(Random random) => random.Next(6) switch
    {
        0 => 0,
        5 => random.Next(5, 40),
        _ => (int)Math.Floor(Math.Pow(random.NextDouble(), 2) * 7),
    };

    private static int UpTo(Random random, int most) => random.Next(3) == 0 ? most : random.Next(most + 1);

    public static ContinuityResult Continuity(Random random)
    {
        var youths = Enumerable.Range(0, 4).Select(_ => Small(random)).ToArray();
        var total = youths.Sum();
        var changes = youths[1] + 2 * youths[2] + Enumerable.Range(0, youths[3]).Sum(_ => 3 + random.Next(3));
        var buckets = new[] { "0", "1", "2", "3 or more" }.Select((label, i) => new ContinuityBucket(label, youths[i])).ToList();
        return new ContinuityResult("2019Q3", total, total - youths[0] / 2, changes, total == 0 ? 0 : Math.Round((double)changes / total, 2), buckets, ContinuityReport.Rule);
    }

    public static YouthVoiceResult YouthVoice(Random random)
    {
        var (answered, feedback) = (Small(random), Small(random));
        var (agreed, rated) = (UpTo(random, answered), UpTo(random, feedback));
        return new YouthVoiceResult("2019Q3", new DateOnly(2019, 7, 1), new DateOnly(2019, 9, 30), answered, agreed,
            answered == 0 ? null : Math.Round((double)agreed / answered, 3), Small(random), feedback, rated, rated == 0 ? null : Math.Round(1 + 4 * random.NextDouble(), 2), "");
    }

    public static LegalFiguresResult Legal(Random random)
    {
        LegalFigureTable Table(string key) => new(key, key, Enumerable.Range(0, random.Next(5))
            .Select(i => new LegalFigureRow($"{key}-{i}", $"Row {i}", random.Next(8) == 0 ? 0 : Math.Max(1, Small(random)))).ToList());
        return new LegalFiguresResult("2019Q3", new DateOnly(2019, 7, 1), new DateOnly(2019, 9, 30), "Test",
            new[] { "protections", "outcomes", "arrests", "charges", "dispositions" }.Select(Table).ToList(), "");
    }

    public static ServiceReferralFiguresResult ServiceReferrals(Random random)
    {
        var providers = Enumerable.Range(0, random.Next(4)).Select(i =>
        {
            var (accepted, declined, waiting, withdrawn) = (Small(random), Small(random), Small(random), random.Next(3) == 0 ? Small(random) : 0);
            var answered = accepted + declined;
            return new ProviderFigures(i == 0 && random.Next(4) == 0 ? Guid.Empty : Guid.NewGuid(), $"Provider {i}", accepted + declined + waiting + withdrawn,
                accepted, declined, waiting, answered == 0 ? null : Math.Round((double)accepted / answered, 3), accepted == 0 ? null : random.Next(1, 30));
        }).Where(p => p.Sent > 0).ToList();
        var sent = providers.Sum(p => p.Sent);
        // The same referrals split again by kind of help: cut the total at random points.
        var cuts = Enumerable.Range(0, random.Next(1, 4)).Select(_ => random.Next(sent + 1)).Append(0).Append(sent).Order().ToList();
        var byType = cuts.Zip(cuts.Skip(1), (a, b) => b - a).Select((n, i) => new TypeCount($"type-{i}", $"Type {i}", n)).Where(t => t.Count > 0).ToList();
        var (completed, ended) = (Small(random), Small(random));
        var delivered = Enumerable.Range(0, random.Next(4)).Select(i =>
        {
            var n = Math.Max(1, Small(random));
            return new DeliveredCount($"kind-{i}", $"Kind {i}", n, n * random.Next(0, 120), n * random.Next(0, 3));
        }).ToList();
        var unmet = Enumerable.Range(0, random.Next(4)).Select(i => new UnmetNeed($"need-{i}", $"Need {i}", Small(random), Small(random)))
            .Where(u => u.AllDeclined + u.NoFittingService > 0).ToList();
        return new ServiceReferralFiguresResult("2019Q3", new DateOnly(2019, 7, 1), new DateOnly(2019, 9, 30), sent, byType, providers,
            new CompletionFigures(completed, ended, completed + ended == 0 ? null : Math.Round((double)completed / (completed + ended), 3)), delivered, unmet, "");
    }

    public static MissingEpisodesResult Missing(Random random, Jurisdiction j)
    {
        var rows = j.ResidenceAtExploitation.Select(c => new MissingFromCount(c.Code, c.Name, random.Next(3) == 0 ? Small(random) : 0))
            .Concat(random.Next(4) == 0 ? [new MissingFromCount("retired", "retired (not on the list)", Math.Max(1, Small(random)))] : [])
            .Append(new MissingFromCount("", "Not recorded", random.Next(3) == 0 ? Small(random) : 0)).ToList();
        var episodes = rows.Sum(r => r.Episodes);
        var youths = episodes == 0 ? 0 : 1 + random.Next(episodes);
        var ended = UpTo(random, episodes);
        return new MissingEpisodesResult("2019Q3", new DateOnly(2019, 7, 1), new DateOnly(2019, 9, 30), episodes, youths, rows,
            UpTo(random, episodes), UpTo(random, episodes), ended, ended == 0 ? null : Math.Round(random.NextDouble() * 20, 1));
    }
}
