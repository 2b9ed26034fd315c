using Hartline.Features.Cases.Profile;
using Hartline.Features.Reports.Disclosure;
using Hartline.Jurisdictions;

namespace Hartline.Features.Reports.Statistics.Clients;

/// <summary>
/// Every way the clients served can be broken down: the seed-002 tables (region, gender, race/ethnicity,
/// residence at time of exploitation), age at intake, minors and adults, new and continuing, exploitation type and
/// recruiter relationship. Any two make a cross-tabulation.
/// </summary>
public static class ClientDimensions
{
    public static IReadOnlyList<StatDimension<ClientRecord>> All(Jurisdiction j)
    {
        var ages = AgeGroups(j.MinorAge);
        // The band of each age in whole years, looked up rather than searched for each of a million clients.
        var bandOf = Enumerable.Range(0, 131).Select(age => ages.First(a => age < a.Below).Category.Code).ToArray();
        string Band(int? age) => age is not { } a ? CategoryRows.NotRecordedCode : bandOf[Math.Min(a, bandOf.Length - 1)];
        return
        [
            new("region", "Clients served by region", "Region", RelationKind.Overlapping, j.Regions, c => c.Regions),
            StatDimension<ClientRecord>.OneEach("gender", "Clients served by gender", "Gender", j.Genders, c => c.Gender),
            StatDimension<ClientRecord>.OneEach("race_ethnicity", "Clients served by race/ethnicity", "Race/ethnicity", j.RaceEthnicity.Categories, c => c.RaceEthnicity),
            new("residence", "Residence at time of exploitation", "Residence", RelationKind.Overlapping, j.ResidenceAtExploitation, c => c.Residences),
            StatDimension<ClientRecord>.OneEach("age_group", "Clients served by age at intake", "Age at intake", ages.Select(a => a.Category).ToList(),
                c => Band(c.AgeAtIntake)),
            StatDimension<ClientRecord>.OneEach("minor", "Minors and adults", "Age at intake",
                [new("minor", $"Minor (under {j.MinorAge})"), new("adult", $"Adult ({j.MinorAge} or over)")],
                c => c.AgeAtIntake is { } age ? (age < j.MinorAge ? "minor" : "adult") : CategoryRows.NotRecordedCode),
            StatDimension<ClientRecord>.OneEach("new_or_continuing", "New and continuing clients", "Client",
                [new("new", "New in the period"), new("continuing", "Continuing from before")],
                c => c.Continuing ? "continuing" : "new"),
            new("exploitation_type", "Clients served by type of exploitation", "Type of exploitation", RelationKind.Overlapping,
                ExploitationVocabulary.ExploitationTypes, c => c.ExploitationTypes),
            new("recruiter_relationship", "Clients served by the recruiter's relationship to them", "Recruiter", RelationKind.Overlapping,
                ExploitationVocabulary.RecruiterRelationships, c => c.RecruiterRelationships),
        ];
    }

    /// <summary>Age bands that split at the jurisdiction's age of majority, so minors and adults never share a band.</summary>
    private static IReadOnlyList<(Category Category, int Below)> AgeGroups(int minorAge)
    {
        var bounds = new[] { 12, 15, minorAge, 21 }.Distinct().Order().ToList();
        var groups = new List<(Category, int)>();
        var from = 0;
        foreach (var below in bounds.Append(int.MaxValue))
        {
            var name = from == 0 ? $"Under {below}" : below == int.MaxValue ? $"{from} and over" : $"{from} to {below - 1}";
            groups.Add((new Category($"{from}-{(below == int.MaxValue ? "" : below - 1)}", name), below));
            from = below;
        }
        return groups;
    }
}
