using Hartline.Features.Services.Directory;

namespace Hartline.Features.Services.Referrals;

/// <summary>What matching knows of the youth: age (null when the date of birth is unknown), gender, region, language and populations.</summary>
public sealed record YouthForMatching(int? Age, string? GenderCode, string? RegionCode, string? LanguageCode, IReadOnlyList<string> Populations);

/// <summary>A rule a service failed, in words a coordinator reads ("too old: takes 12 to 17, the youth is 19").</summary>
public sealed record Exclusion(ExclusionRule Rule, string Reason);

public enum ExclusionRule { Closed, TooYoung, TooOld, Region, Gender, Population, NoCapacity, StaleCapacity, NoCapacityFigure }

/// <summary>
/// A service of the needed type: listed (it fits, with <see cref="Reasons"/>) or a near miss (with the rules that
/// excluded it). <see cref="Cautions"/> do not exclude: an age not known, a language the service does not list.
/// </summary>
public sealed record ServiceMatch(ServiceProfile Service, string NeedType, int Score, IReadOnlyList<string> Reasons,
    IReadOnlyList<string> Cautions, IReadOnlyList<Exclusion> Exclusions)
{
    public bool Fits => Exclusions.Count == 0;

    /// <summary>The rules failed that concern who the youth is (not the service's room): a referral then needs a note to go.</summary>
    public IReadOnlyList<Exclusion> Ineligibilities => Exclusions.Where(e => ServiceMatcher.EligibilityRules.Contains(e.Rule)).ToList();
}

/// <summary>The services of one need type that fit, best first, and those that nearly did.</summary>
public sealed record NeedMatches(string NeedType, IReadOnlyList<ServiceMatch> Fits, IReadOnlyList<ServiceMatch> NearMisses);

/// <summary>
/// Ranks the directory's services for a need. A service is considered when it offers the needed type; it fits when
/// it is open, the youth's age is within its bounds, it serves the youth's region and gender, the youth belongs to a
/// population it is meant for (when it names any), and its latest figure says it takes youth and is not stale. Fits
/// are ranked by how well they suit (a population or language it names, room now), then by name; a service failing
/// any rule is a near miss with every rule it failed, so a coordinator can see a full shelter beside an open one.
/// </summary>
public static class ServiceMatcher
{
    public static NeedMatches Match(string needType, YouthForMatching youth, IEnumerable<ServiceProfile> directory, DirectoryWords words)
    {
        var considered = directory.Where(s => s.Types.Contains(needType) && s.Status != ServiceStatus.Defunct)
            .Select(s => Judge(s, needType, youth, words)).ToList();
        return new NeedMatches(needType,
            considered.Where(m => m.Fits).OrderByDescending(m => m.Score).ThenBy(m => m.Service.Name, StringComparer.OrdinalIgnoreCase).ThenBy(m => m.Service.Id).ToList(),
            considered.Where(m => !m.Fits).OrderBy(m => m.Exclusions.Count).ThenBy(m => m.Service.Name, StringComparer.OrdinalIgnoreCase).ThenBy(m => m.Service.Id).ToList());
    }

    /// <summary>The rules that concern who the youth is (not the service's room): a referral that fails one needs a note to go.</summary>
    public static readonly IReadOnlySet<ExclusionRule> EligibilityRules = new HashSet<ExclusionRule>
        { ExclusionRule.TooYoung, ExclusionRule.TooOld, ExclusionRule.Region, ExclusionRule.Gender, ExclusionRule.Population };

    /// <summary>One service judged for one need: why it fits, what to be careful of, and every rule it fails.</summary>
    public static ServiceMatch Judge(ServiceProfile s, string needType, YouthForMatching y, DirectoryWords words)
    {
        Func<string, string> typeName = DirectoryWords.Type, regionName = words.Region, genderName = words.Gender,
            populationName = DirectoryWords.Population, languageName = DirectoryWords.Language;
        var reasons = new List<string> { $"Offers {typeName(needType).ToLowerInvariant()}." };
        var cautions = new List<string>();
        var excluded = new List<Exclusion>();
        var score = 0;

        if (s.Status != ServiceStatus.Active) excluded.Add(new(ExclusionRule.Closed, "Closed for now."));

        var ages = AgeRange(s.MinimumAge, s.MaximumAge);
        if (y.Age is not { } age)
        {
            if (ages is not null) cautions.Add($"Takes {ages}; the youth's age is not known.");
        }
        else if (s.MinimumAge is { } min && age < min) excluded.Add(new(ExclusionRule.TooYoung, $"Too young: takes {ages}, the youth is {age}."));
        else if (s.MaximumAge is { } max && age > max) excluded.Add(new(ExclusionRule.TooOld, $"Too old: takes {ages}, the youth is {age}."));
        else if (ages is not null) reasons.Add($"Takes {ages}; the youth is {age}.");

        if (y.RegionCode is { } region && s.Regions.Count > 0)
        {
            if (s.Regions.Contains(region)) { reasons.Add($"Serves {regionName(region)}."); score += 1; }
            else excluded.Add(new(ExclusionRule.Region, $"Another region: serves {string.Join(", ", s.Regions.Select(regionName))}."));
        }

        if (s.Genders.Count > 0)
        {
            if (y.GenderCode is not { } gender || gender == "unknown")
                cautions.Add($"Serves {List(s.Genders.Select(genderName))} only; the youth's gender is not recorded.");
            else if (s.Genders.Contains(gender)) reasons.Add($"Serves {genderName(gender).ToLowerInvariant()} youth.");
            else excluded.Add(new(ExclusionRule.Gender, $"Serves {List(s.Genders.Select(genderName))} only."));
        }

        if (s.Populations.Count > 0)
        {
            var shared = s.Populations.Intersect(y.Populations).ToList();
            if (shared.Count > 0) { reasons.Add($"Meant for {List(shared.Select(populationName))}."); score += 2; }
            else excluded.Add(new(ExclusionRule.Population, $"Meant for {List(s.Populations.Select(populationName))}."));
        }

        if (y.LanguageCode is { } language && s.Languages.Count > 0)
        {
            if (s.Languages.Contains(language)) { reasons.Add($"Works in {languageName(language)}."); score += 1; }
            else cautions.Add($"Does not list {languageName(language)}: ask about an interpreter.");
        }

        switch (s.Availability)
        {
            case null:
                excluded.Add(new(ExclusionRule.NoCapacityFigure, "No figure on its room yet: call to ask."));
                break;
            case { Stale: true } a:
                excluded.Add(new(ExclusionRule.StaleCapacity, $"Its room was last confirmed {Days(a.AgeInDays)} ago: call to check."));
                break;
            case { Accepting: false } a:
                excluded.Add(new(ExclusionRule.NoCapacity,
                    a.WaitlistLength is > 0 ? $"Not taking youth now; {a.WaitlistLength} waiting." : "Not taking youth now."));
                break;
            case var a:
                reasons.Add($"Taking youth{Room(a)}, confirmed {(a.AgeInDays == 0 ? "today" : $"{Days(a.AgeInDays)} ago")}.");
                if (a.Beds is > 0 || a.Slots is > 0) score += 1;
                if (a.WaitlistLength is > 0) cautions.Add($"{a.WaitlistLength} already waiting.");
                break;
        }
        return new ServiceMatch(s, needType, score, reasons, cautions, excluded);
    }

    private static string? AgeRange(int? min, int? max) => (min, max) switch
    {
        ({ } a, { } b) => $"ages {a} to {b}",
        ({ } a, null) => $"ages {a} and over",
        (null, { } b) => $"ages up to {b}",
        _ => null,
    };

    private static string Room(AvailabilityNow a) => (a.Beds, a.Slots) switch
    {
        ({ } beds, _) when beds > 0 => $": {beds} bed{(beds == 1 ? "" : "s")}",
        (_, { } slots) when slots > 0 => $": {slots} place{(slots == 1 ? "" : "s")}",
        _ => "",
    };

    private static string Days(int days) => days == 1 ? "1 day" : $"{days} days";

    private static string List(IEnumerable<string> names)
    {
        var all = names.ToList();
        return all.Count <= 1 ? string.Join("", all) : $"{string.Join(", ", all.Take(all.Count - 1))} and {all[^1]}";
    }
}
