using Hartline.Jurisdictions;

namespace Hartline.Features.Cases.Profile;

/// <summary>Checks a profile against the vocabularies: every code known, the sub-lists only with their parent.</summary>
public static class ProfileRules
{
    public static Errors Check(ProfileInput input, Jurisdiction j, DateOnly today)
    {
        var errors = Errors.For(input);
        Codes(errors, nameof(input.ExploitationTypes), input.ExploitationTypes, ExploitationVocabulary.ExploitationTypes);
        Codes(errors, nameof(input.SexExploitationTypes), input.SexExploitationTypes, ExploitationVocabulary.SexExploitationTypes);
        Codes(errors, nameof(input.MethodsOfControl), input.MethodsOfControl, ExploitationVocabulary.MethodsOfControl);
        Codes(errors, nameof(input.RecruitmentPlatforms), input.RecruitmentPlatforms, ExploitationVocabulary.RecruitmentPlatforms);
        Codes(errors, nameof(input.Vulnerabilities), input.Vulnerabilities, ExploitationVocabulary.Vulnerabilities);
        Code(errors, nameof(input.LaborIndustry), input.LaborIndustry, ExploitationVocabulary.LaborIndustries);
        Code(errors, nameof(input.RecruitmentMethod), input.RecruitmentMethod, ExploitationVocabulary.RecruitmentMethods);
        Code(errors, nameof(input.RecruiterRelationship), input.RecruiterRelationship, ExploitationVocabulary.RecruiterRelationships);
        Code(errors, nameof(input.Residence), input.Residence, j.ResidenceAtExploitation);

        var types = input.ExploitationTypes ?? [];
        if ((input.SexExploitationTypes?.Count ?? 0) > 0 && !types.Contains("sex"))
            errors.Add(nameof(input.SexExploitationTypes), "Kinds of sexual exploitation need \"Sexual exploitation\" among the types.");
        if (input.LaborIndustry is not null && !types.Any(t => t is "forced-labour" or "child-labour" or "servitude" or "forced-begging"))
            errors.Add(nameof(input.LaborIndustry), "A labor industry needs a labor type of exploitation.");
        if (input.TraffickingStatus is not null && !Enum.IsDefined(input.TraffickingStatus.Value))
            errors.Add(nameof(input.TraffickingStatus), "Unknown trafficking status.");
        if (input.StatusDecidedBy is not null && !Enum.IsDefined(input.StatusDecidedBy.Value))
            errors.Add(nameof(input.StatusDecidedBy), "Unknown deciding organisation.");
        if (input.TraffickingStatus is not null && input.StatusDecidedBy is null)
            errors.Add(nameof(input.StatusDecidedBy), "Say who decided the trafficking status.");
        if (input.StatusDecidedOn > today)
            errors.Add(nameof(input.StatusDecidedOn), "The decision date is in the future.");
        if (input.AgeWhenFirstExploited is < 0 or > 30)
            errors.Add(nameof(input.AgeWhenFirstExploited), "Age when first exploited must be between 0 and 30.");
        return errors;
    }

    /// <summary>One message per field, however many bad codes were sent (a list of junk must not come back a thousandfold).</summary>
    private static void Codes(Errors errors, string field, List<string>? codes, IReadOnlyList<Category> list)
    {
        if (codes is null) return;
        if (codes.Count > list.Count * 2) { errors.Add(field, $"At most {list.Count} choices."); return; }
        if (codes.Any(c => c is null)) { errors.Add(field, "A choice is empty."); return; }
        if (codes.FirstOrDefault(c => list.All(x => x.Code != c)) is { } bad) Code(errors, field, bad, list);
    }

    private static void Code(Errors errors, string field, string? code, IReadOnlyList<Category> list)
    {
        if (code is not null && list.All(c => c.Code != code))
            errors.Add(field, $"\"{Trim(code)}\" is not one of: {string.Join(", ", list.Select(c => c.Code))}.");
    }

    private static string Trim(string s) => s.Length > 40 ? s[..40] + "…" : s;
}
