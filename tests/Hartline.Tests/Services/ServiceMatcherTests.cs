using Hartline.Features.Services;
using Hartline.Features.Services.Directory;
using Hartline.Features.Services.Referrals;
using Hartline.Jurisdictions;

namespace Hartline.Tests.Services;

/// <summary>Matching a youth to services: the eligibility edges (age bounds, region, gender, population) and capacity (none, stale, never recorded).</summary>
public sealed class ServiceMatcherTests
{
    private static readonly DirectoryWords Words = new(Jurisdiction.Load("connecticut"));
    private static readonly DateTime Now = new(2026, 12, 6, 12, 0, 0, DateTimeKind.Utc);

    private static ServiceProfile Service(string name, int? min = null, int? max = null, string[]? regions = null, string[]? genders = null,
        string[]? populations = null, string[]? languages = null, AvailabilityNow? room = null, ServiceStatus status = ServiceStatus.Active,
        string type = "emergency-shelter", bool noRoomFigure = false) =>
        new(Guid.NewGuid(), name, null, Guid.NewGuid(), name + " Org", null, status, min, max, null, [type], genders ?? [], regions ?? [], populations ?? [],
            false, languages ?? [], noRoomFigure ? null : room ?? Room());

    private static AvailabilityNow Room(bool accepting = true, int? beds = 2, int days = 1, bool stale = false, int? waiting = 0) =>
        new(accepting, beds, null, waiting, Now.AddDays(-days), "Provider", days, stale);

    private static YouthForMatching Youth(int? age = 15, string? gender = "female", string? region = "R1", string? language = null, params string[] populations) =>
        new(age, gender, region, language, populations);

    [Theory]
    [InlineData(12, true)]   // the lower bound is inside
    [InlineData(17, true)]   // the upper bound is inside
    [InlineData(11, false)]  // a year under
    [InlineData(18, false)]  // a year over
    public void Age_bounds_are_inclusive_and_a_year_outside_is_a_near_miss_that_says_which_way(int age, bool fits)
    {
        var shelter = Service("Shelter", min: 12, max: 17);
        var result = ServiceMatcher.Match("emergency-shelter", Youth(age), [shelter], Words);
        Assert.Equal(fits, result.Fits.Count == 1);
        if (fits) Assert.Contains(result.Fits[0].Reasons, r => r.Contains($"the youth is {age}"));
        else
        {
            var rule = Assert.Single(result.NearMisses[0].Exclusions);
            Assert.Equal(age < 12 ? ExclusionRule.TooYoung : ExclusionRule.TooOld, rule.Rule);
            Assert.Contains("takes ages 12 to 17", rule.Reason);
        }
    }

    [Fact]
    public void An_unknown_age_is_not_excluded_but_cautioned_and_open_ended_bounds_work()
    {
        var fromSixteen = Service("Housing", min: 16);
        var result = ServiceMatcher.Match("emergency-shelter", Youth(age: null), [fromSixteen], Words);
        var fit = Assert.Single(result.Fits);
        Assert.Contains(fit.Cautions, c => c.Contains("ages 16 and over") && c.Contains("not known"));
        Assert.Single(ServiceMatcher.Match("emergency-shelter", Youth(age: 40), [fromSixteen], Words).Fits);
        Assert.Single(ServiceMatcher.Match("emergency-shelter", Youth(age: 15), [fromSixteen], Words).NearMisses);
    }

    [Fact]
    public void A_service_naming_regions_turns_away_other_regions_and_one_naming_none_serves_all()
    {
        var southwest = Service("Southwest shelter", regions: ["R1", "R2"]);
        var anywhere = Service("Statewide shelter");
        var result = ServiceMatcher.Match("emergency-shelter", Youth(region: "R3"), [southwest, anywhere], Words);
        Assert.Equal("Statewide shelter", Assert.Single(result.Fits).Service.Name);
        var miss = Assert.Single(result.NearMisses);
        Assert.Equal(ExclusionRule.Region, Assert.Single(miss.Exclusions).Rule);
        Assert.Contains("Region 1", miss.Exclusions[0].Reason);
        // In its region it fits, and is ranked above the statewide one for serving the region by name.
        var home = ServiceMatcher.Match("emergency-shelter", Youth(region: "R2"), [anywhere, southwest], Words);
        Assert.Equal(["Southwest shelter", "Statewide shelter"], home.Fits.Select(f => f.Service.Name));
    }

    [Fact]
    public void Capacity_not_taking_stale_or_never_recorded_makes_a_near_miss_with_its_reason()
    {
        var full = Service("Full", room: Room(accepting: false, beds: 0, waiting: 3));
        var stale = Service("Stale", room: Room(days: 31, stale: true));
        var unknown = Service("Unknown", noRoomFigure: true);
        var open = Service("Open", room: Room(days: 0));
        var result = ServiceMatcher.Match("emergency-shelter", Youth(), [full, stale, unknown, open], Words);
        Assert.Equal("Open", Assert.Single(result.Fits).Service.Name);
        Assert.Contains(result.Fits[0].Reasons, r => r.Contains("2 beds") && r.Contains("today"));
        var rules = result.NearMisses.ToDictionary(m => m.Service.Name, m => Assert.Single(m.Exclusions));
        Assert.Equal(ExclusionRule.NoCapacity, rules["Full"].Rule);
        Assert.Contains("3 waiting", rules["Full"].Reason);
        Assert.Equal(ExclusionRule.StaleCapacity, rules["Stale"].Rule);
        Assert.Contains("31 days ago", rules["Stale"].Reason);
        Assert.Equal(ExclusionRule.NoCapacityFigure, rules["Unknown"].Rule);
    }

    [Fact]
    public void A_stale_figure_at_the_edge_follows_the_profile_flag_not_its_own_arithmetic()
    {
        // Staleness is decided once, where the directory is read (ServiceProfiles, configurable); matching trusts it.
        var fourteenDays = Service("Edge", room: Room(days: 14, stale: false));
        Assert.Single(ServiceMatcher.Match("emergency-shelter", Youth(), [fourteenDays], Words).Fits);
    }

    [Fact]
    public void Gender_and_population_rules_exclude_and_a_matching_population_ranks_first()
    {
        var boys = Service("Boys program", genders: ["male", "trans-female", "non-conforming"], populations: ["boys-male-bodied"]);
        var lgbtq = Service("LGBTQ house", populations: ["lgbtq"]);
        var general = Service("General shelter");
        var girl = ServiceMatcher.Match("emergency-shelter", Youth(gender: "female", populations: "lgbtq"), [general, boys, lgbtq], Words);
        Assert.Equal(["LGBTQ house", "General shelter"], girl.Fits.Select(f => f.Service.Name));
        var boysMiss = Assert.Single(girl.NearMisses);
        Assert.Equal([ExclusionRule.Gender, ExclusionRule.Population], boysMiss.Exclusions.Select(e => e.Rule));

        var boy = ServiceMatcher.Match("emergency-shelter", Youth(gender: "male", populations: "boys-male-bodied"), [general, boys, lgbtq], Words);
        Assert.Equal(["Boys program", "General shelter"], boy.Fits.Select(f => f.Service.Name));
        // Gender not recorded: not excluded, but said.
        var unknown = ServiceMatcher.Match("emergency-shelter", Youth(gender: null, populations: "boys-male-bodied"), [boys], Words);
        Assert.Contains(Assert.Single(unknown.Fits).Cautions, c => c.Contains("not recorded"));
    }

    [Fact]
    public void A_language_the_service_lists_ranks_it_higher_and_one_it_does_not_is_only_a_caution()
    {
        var spanish = Service("Bilingual", languages: ["en", "es"]);
        var english = Service("English only", languages: ["en"]);
        var result = ServiceMatcher.Match("emergency-shelter", Youth(language: "es"), [english, spanish], Words);
        Assert.Equal(["Bilingual", "English only"], result.Fits.Select(f => f.Service.Name));
        Assert.Contains(result.Fits[1].Cautions, c => c.Contains("Spanish") && c.Contains("interpreter"));
    }

    [Fact]
    public void Closed_services_are_near_misses_defunct_ones_are_left_out_and_other_types_are_not_considered()
    {
        var paused = Service("Paused", status: ServiceStatus.TemporarilyClosed);
        var gone = Service("Gone", status: ServiceStatus.Defunct);
        var therapy = Service("Therapy", type: "trauma-mental-health");
        var result = ServiceMatcher.Match("emergency-shelter", Youth(), [paused, gone, therapy], Words);
        Assert.Empty(result.Fits);
        Assert.Equal(ExclusionRule.Closed, Assert.Single(Assert.Single(result.NearMisses).Exclusions).Rule);
    }
}
