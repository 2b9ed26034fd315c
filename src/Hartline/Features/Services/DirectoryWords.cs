using Hartline.Features.Services.Directory;
using Hartline.Jurisdictions;

namespace Hartline.Features.Services;

/// <summary>The directory's codes in words: service types, populations, regions, genders and languages.</summary>
public sealed class DirectoryWords(Jurisdiction j)
{
    private static readonly Dictionary<string, string> Types = HartlineTaxonomies.ServiceTypeTerms.ToDictionary(t => t.Code, t => t.Name);
    private static readonly Dictionary<string, string> Populations = HartlineTaxonomies.PopulationTerms.ToDictionary(t => t.Code, t => t.Name);
    // The languages Connecticut's providers most often work in; any other is shown as its code.
    private static readonly Dictionary<string, string> Languages = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = "English", ["es"] = "Spanish", ["pt"] = "Portuguese", ["ht"] = "Haitian Creole", ["pl"] = "Polish",
        ["ar"] = "Arabic", ["zh"] = "Chinese", ["vi"] = "Vietnamese", ["fr"] = "French", ["ru"] = "Russian", ["asl"] = "American Sign Language",
    };

    public static IReadOnlyList<(string Code, string Name)> ServiceTypes => HartlineTaxonomies.ServiceTypeTerms;
    public static IReadOnlyList<(string Code, string Name)> LanguageList { get; } = Languages.Select(l => (l.Key, l.Value)).ToList();
    public static bool IsServiceType(string? code) => code is not null && Types.ContainsKey(code);
    public static bool IsPopulation(string? code) => code is not null && Populations.ContainsKey(code);
    public static IReadOnlyList<(string Code, string Name)> PopulationList => HartlineTaxonomies.PopulationTerms;

    public static string Type(string code) => Types.GetValueOrDefault(code, code);
    public static string Population(string code) => Populations.GetValueOrDefault(code, code);
    public static string Language(string code) => Languages.GetValueOrDefault(code, code);
    public string Region(string code) => Jurisdiction.NameOf(j.Regions, code) ?? code;
    public string Gender(string code) => Jurisdiction.NameOf(j.Genders, code) ?? code;

    /// <summary>"Ages 12 to 17", "From 16", "Up to 18", or "Any age".</summary>
    public static string Ages(int? min, int? max) => (min, max) switch
    {
        ({ } a, { } b) => $"Ages {a} to {b}",
        ({ } a, null) => $"From age {a}",
        (null, { } b) => $"Up to age {b}",
        _ => "Any age",
    };
}
