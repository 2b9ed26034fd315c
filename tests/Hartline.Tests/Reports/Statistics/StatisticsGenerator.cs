using Hartline.Features.Intake.Determination;
using Hartline.Features.Reports.Statistics.Clients;
using Hartline.Features.Reports.Statistics.Referrals;
using Hartline.Jurisdictions;

namespace Hartline.Tests.Reports.Statistics;

/// <summary>
/// Made-up clients and referrals as messy as real records: blank fields, codes the jurisdiction file no longer has,
/// youths in several regions with cases of different residences, unknown ages, identical records, skewed towards a
/// few categories so that 0s, 1s and 2s abound, and now and then a population of one.
/// </summary>
internal static class StatisticsGenerator
{
    public static List<ClientRecord> Clients(Random random, Jurisdiction j)
    {
        var size = random.Next(4) switch { 0 => random.Next(0, 4), 1 => random.Next(4, 15), _ => random.Next(15, 90) };
        var clients = new List<ClientRecord>();
        for (var i = 0; i < size; i++)
        {
            if (clients.Count > 0 && random.Next(10) == 0) { clients.Add(clients[random.Next(clients.Count)]); continue; } // the same record twice
            clients.Add(new ClientRecord(
                Several(random, j.Regions.Select(c => c.Code).Append("R9-retired").ToList(), blankAllowed: false),
                Several(random, j.ResidenceAtExploitation.Select(c => c.Code).ToList(), blankAllowed: true),
                One(random, j.Genders.Select(c => c.Code).ToList()),
                One(random, j.RaceEthnicity.Categories.Select(c => c.Code).ToList()),
                random.Next(6) == 0 ? null : Skewed(random, 9, 25),
                random.Next(2) == 0,
                Several(random, ["sex", "forced-labour", "both"], blankAllowed: true),
                Several(random, ["family", "intimate-partner", "stranger"], blankAllowed: true)));
        }
        return clients;
    }

    public static List<ReferralRecord> Referrals(Random random, Jurisdiction j)
    {
        var size = random.Next(3) switch { 0 => random.Next(0, 6), _ => random.Next(6, 60) };
        var sources = j.ReferralSources.Select(c => c.Code).ToList();
        return Enumerable.Range(0, size).Select(_ =>
        {
            var screened = random.Next(8) != 0;
            var determined = random.Next(6) != 0;
            var status = determined ? (TraffickingStatus?)Enum.GetValues<TraffickingStatus>()[Skewed(random, 0, 2)] : null;
            return new ReferralRecord(new DateOnly(2019, 8, 1), One(random, sources), Enum.GetValues<ExploitationType>()[Skewed(random, 0, 3)],
                screened && random.Next(5) != 0, status, random.Next(4) != 0,
                screened ? random.NextDouble() * 100 : null, determined ? random.NextDouble() * 300 : null,
                random.Next(3) == 0 ? random.NextDouble() * 40 : null);
        }).ToList();
    }

    private static int Skewed(Random random, int low, int high) => low + (int)Math.Floor(Math.Pow(random.NextDouble(), 2) * (high - low + 1));

    private static string One(Random random, IReadOnlyList<string> codes) =>
        random.Next(12) == 0 ? "" : codes[Skewed(random, 0, codes.Count - 1)];

    private static IReadOnlyList<string> Several(Random random, IReadOnlyList<string> codes, bool blankAllowed)
    {
        if (blankAllowed && random.Next(8) == 0) return [""];
        var picked = Enumerable.Range(0, random.Next(5) == 0 ? 2 : 1).Select(_ => codes[Skewed(random, 0, codes.Count - 1)]).Distinct().ToList();
        return picked;
    }
}
