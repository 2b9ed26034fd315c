using System.Text.Json;

namespace Hartline.Jurisdictions;

/// <summary>A code and the label people read; codes are what the database stores.</summary>
public sealed record Category(string Code, string Name, string? Htcds = null);

public sealed record Careline(string Name, string Phone);

/// <summary>Race/ethnicity categories; when several apply the report counts the person under <see cref="MultipleCode"/>.</summary>
public sealed record RaceEthnicityList(IReadOnlyList<Category> Categories, string MultipleCode);

/// <summary>
/// Everything that differs between states: regions, reporting categories, the mandated-report line.
/// Loaded from <c>Jurisdictions/{name}.json</c>; pages and reports take their lists from here.
/// </summary>
public sealed partial record Jurisdiction(
    string Code,
    string Name,
    bool IsExample,
    Careline Careline,
    IReadOnlyList<Category> Regions,
    IReadOnlyList<Category> Genders,
    RaceEthnicityList RaceEthnicity,
    IReadOnlyList<Category> ResidenceAtExploitation,
    IReadOnlyList<Category> ReferralSources,
    string TimeZone,
    int MinorAge,
    int MaxAgeAtReferral,
    IReadOnlyList<LegalNotice> LegalNotices)
{
    /// <summary>Legal protections and offences (the case file's legal tab); optional, so older files still load.</summary>
    public JusticeRules Justice { get; init; } = JusticeRules.None;

    /// <summary>How long referrals should wait to be screened and determined; optional (no targets, no flags).</summary>
    public IntakeTargets? IntakeTargets { get; init; }

    /// <summary>Whose consent a service referral needs; optional (without it, a guardian's for every minor).</summary>
    public ReferralConsentRule? ReferralConsent { get; init; }

    /// <summary>The rule in force: the file's, or the cautious default.</summary>
    public ReferralConsentRule ServiceConsent => ReferralConsent ?? ReferralConsentRule.FromMinorAge(MinorAge);

    /// <summary>Local time of the jurisdiction: workers enter and read times in it; the database keeps UTC.</summary>
    public TimeZoneInfo Zone => _zone ??= TimeZoneInfo.FindSystemTimeZoneById(TimeZone);
    private TimeZoneInfo? _zone;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    public static Jurisdiction Load(string name)
    {
        if (!System.Text.RegularExpressions.Regex.IsMatch(name, "^[a-z0-9-]+$"))
            throw new ArgumentException($"Jurisdiction name '{name}' may hold only lower-case letters, digits and dashes.");
        var path = Path.Combine(AppContext.BaseDirectory, "Jurisdictions", name + ".json");
        if (!File.Exists(path)) throw new FileNotFoundException($"No jurisdiction file {path}.");
        var j = JsonSerializer.Deserialize<Jurisdiction>(File.ReadAllText(path), Json)
                ?? throw new InvalidDataException($"{path} is empty.");
        j.Check(path);
        return j;
    }

    private void Check(string path)
    {
        foreach (var (list, field) in new[] { (Regions, "regions"), (Genders, "genders"), (RaceEthnicity?.Categories, "raceEthnicity.categories"),
                     (ResidenceAtExploitation, "residenceAtExploitation"), (ReferralSources, "referralSources") })
        {
            if (list is null || list.Count == 0) throw new InvalidDataException($"{path}: '{field}' must list at least one category.");
            var dup = list.GroupBy(c => c.Code).FirstOrDefault(g => g.Count() > 1);
            if (dup is not null) throw new InvalidDataException($"{path}: '{field}' has the code '{dup.Key}' twice.");
        }
        try { _ = Zone; }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentNullException)
        { throw new InvalidDataException($"{path}: 'timeZone' '{TimeZone}' is not a known time zone (e.g. America/New_York)."); }
        if (MinorAge is < 1 or > 30 || MaxAgeAtReferral < MinorAge)
            throw new InvalidDataException($"{path}: 'minorAge' must be 1–30 and 'maxAgeAtReferral' at least 'minorAge'.");
        LegalNotice.Check(LegalNotices ?? [], path, ReferralSources.Select(c => c.Code).ToHashSet());
        (Justice ?? throw new InvalidDataException($"{path}: 'justice' is null.")).Check(path, (LegalNotices ?? []).Select(n => n.Code).ToHashSet());
        IntakeTargets?.Check(path);
        ReferralConsent?.Check(path, MinorAge);
        if (RaceEthnicity!.Categories.All(c => c.Code != RaceEthnicity.MultipleCode))
            throw new InvalidDataException($"{path}: raceEthnicity.multipleCode '{RaceEthnicity.MultipleCode}' is not one of its categories.");
    }

    public static string? NameOf(IReadOnlyList<Category> list, string? code) => list.FirstOrDefault(c => c.Code == code)?.Name;
}
