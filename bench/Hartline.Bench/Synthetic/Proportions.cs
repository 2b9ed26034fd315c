using Hartline.Jurisdictions;

namespace Hartline.Bench.Synthetic;

/// <summary>
/// How common each Connecticut category is in the synthetic caseload. The codes that exist come from the
/// jurisdiction file; this table only weights them. Race/ethnicity and residence are rounded from DCF's
/// published HART Quarter 3 table (seed 002); regions, genders and referral sources are plausible guesses.
/// A code of the file missing here gets weight 1 (rare); a code here missing from the file is an error,
/// because the proportions would then silently stop meaning anything.
/// </summary>
internal static class Proportions
{
    public static readonly Dictionary<string, double> Regions = new()
    {
        ["R1"] = 18, ["R2"] = 20, ["R3"] = 13, ["R4"] = 25, ["R5"] = 14, ["R6"] = 10,
    };

    public static readonly Dictionary<string, double> Genders = new()
    {
        ["female"] = 84, ["male"] = 13, ["trans-female"] = 1.5, ["trans-male"] = 0.5, ["non-conforming"] = 1, ["unknown"] = 1,
    };

    /// <summary>A single recorded category. Multi-racial youth mostly have two categories recorded (see <see cref="TwoRaceShare"/>).</summary>
    public static readonly Dictionary<string, double> RaceEthnicity = new()
    {
        ["black"] = 19, ["white"] = 26, ["hispanic"] = 46, ["asian"] = 1.5, ["multiracial"] = 1, ["other"] = 1, ["unknown"] = 1.5,
    };

    public static readonly Dictionary<string, double> Residences = new()
    {
        ["awol"] = 3.5, ["congregate"] = 9.5, ["detention"] = 0.5, ["foster"] = 18, ["parent"] = 63, ["relative"] = 2, ["shelter"] = 0.5, ["missing"] = 3,
    };

    public static readonly Dictionary<string, double> ReferralSources = new()
    {
        ["careline"] = 42, ["law-enforcement"] = 15, ["school"] = 10, ["medical"] = 8, ["provider"] = 10,
        ["family"] = 5, ["national-hotline"] = 5, ["self"] = 2, ["other"] = 3,
    };

    // Shares of "not recorded" and of several categories: the published table has 1 of 210 without a race
    // and 18 of 210 multi-racial.
    public const double GenderNotRecordedShare = 0.01;
    public const double ResidenceNotRecordedShare = 0.02;
    public const double NoRaceShare = 0.01;
    public const double TwoRaceShare = 0.085;
    public const double MiddleNameShare = 0.3;

    public static WeightedCategories For(IReadOnlyList<Category> categories, IReadOnlyDictionary<string, double> weights, string field)
    {
        var unknown = weights.Keys.Where(code => categories.All(c => c.Code != code)).ToList();
        if (unknown.Count > 0)
            throw new InvalidDataException($"Bench proportions for {field} name codes the jurisdiction file lacks: {string.Join(", ", unknown)}.");
        return new WeightedCategories(categories, categories.Select(c => weights.GetValueOrDefault(c.Code, 1)).ToArray());
    }
}
