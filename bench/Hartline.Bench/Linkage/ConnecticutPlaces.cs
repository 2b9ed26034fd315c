namespace Hartline.Bench.Linkage;

/// <summary>
/// Where the synthetic youth live: Connecticut towns weighted by population (the cities, where most HART
/// referrals come from, dominate), each with its real 5-digit ZIP codes (all start with 06) and its area
/// code (203 and its overlay 475 in the south-west, 860 and its overlay 959 elsewhere).
/// </summary>
public static class ConnecticutPlaces
{
    public sealed record Town(string Name, double Population, string AreaCode, string Overlay, string[] Postcodes);

    public static readonly Town[] Towns =
    [
        new("Bridgeport", 148, "203", "475", ["06604", "06605", "06606", "06607", "06608", "06610"]),
        new("Stamford", 135, "203", "475", ["06901", "06902", "06903", "06905", "06906", "06907"]),
        new("New Haven", 135, "203", "475", ["06510", "06511", "06513", "06515", "06519"]),
        new("Hartford", 121, "860", "959", ["06103", "06105", "06106", "06112", "06114", "06120"]),
        new("Waterbury", 114, "203", "475", ["06702", "06704", "06705", "06706", "06708", "06710"]),
        new("Norwalk", 91, "203", "475", ["06850", "06851", "06854", "06855"]),
        new("Danbury", 86, "203", "475", ["06810", "06811"]),
        new("New Britain", 74, "860", "959", ["06051", "06052", "06053"]),
        new("West Hartford", 64, "860", "959", ["06107", "06110", "06117", "06119"]),
        new("Greenwich", 63, "203", "475", ["06830", "06831"]),
        new("Hamden", 61, "203", "475", ["06514", "06517", "06518"]),
        new("Fairfield", 61, "203", "475", ["06824", "06825"]),
        new("Meriden", 60, "203", "475", ["06450", "06451"]),
        new("Bristol", 60, "860", "959", ["06010"]),
        new("Manchester", 59, "860", "959", ["06040", "06042"]),
        new("West Haven", 55, "203", "475", ["06516"]),
        new("Milford", 52, "203", "475", ["06460", "06461"]),
        new("Stratford", 52, "203", "475", ["06614", "06615"]),
        new("East Hartford", 51, "860", "959", ["06108", "06118"]),
        new("Middletown", 47, "860", "959", ["06457"]),
        new("Enfield", 42, "860", "959", ["06082"]),
        new("Norwich", 40, "860", "959", ["06360"]),
        new("Groton", 38, "860", "959", ["06340"]),
        new("Torrington", 35, "860", "959", ["06790"]),
        new("Naugatuck", 31, "203", "475", ["06770"]),
        new("New London", 28, "860", "959", ["06320"]),
        new("Willimantic", 25, "860", "959", ["06226"]),
    ];

    public static readonly string[] Streets =
    [
        "Main", "Park", "Broad", "Franklin", "Washington", "Maple", "Elm", "Oak", "Church", "Chapel",
        "Whalley", "Grand", "Wethersfield", "Albany", "Farmington", "Capitol", "Fairfield", "Boston", "North Main", "South Main",
        "Prospect", "Center", "High", "Union", "Pearl", "Summer", "Lafayette", "Congress", "Howard", "Dixwell",
        "Blue Hills", "Maple Hill", "Fern", "Laurel", "Wolcott", "Baldwin", "Stanley", "Arch", "Bank", "Atlantic",
    ];

    /// <summary>Street kinds, each with the long form a copy may spell out.</summary>
    public static readonly (string Short, string Long)[] StreetKinds =
        [("St", "Street"), ("St", "Street"), ("St", "Street"), ("Ave", "Avenue"), ("Ave", "Avenue"), ("Rd", "Road"), ("Dr", "Drive"), ("Ln", "Lane"), ("Ct", "Court")];

    private static readonly double[] Cumulative = Towns.Select(t => t.Population).Aggregate(new List<double>(), (sums, p) =>
    {
        sums.Add((sums.Count == 0 ? 0 : sums[^1]) + p);
        return sums;
    }).ToArray();

    public static Town PickTown(Random random)
    {
        return Towns[WeightedNames.FirstAbove(Cumulative, random.NextDouble() * Cumulative[^1])];
    }
}
