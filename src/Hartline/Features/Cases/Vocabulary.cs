using Hartline.Features.Cases.Profile;
using Hartline.Jurisdictions;

namespace Hartline.Features.Cases;

/// <summary>The closed lists of the case file, for API clients and forms.</summary>
public sealed record Vocabulary(
    IReadOnlyList<Category> ExploitationTypes, IReadOnlyList<Category> SexExploitationTypes, IReadOnlyList<Category> LaborIndustries,
    IReadOnlyList<Category> MethodsOfControl, IReadOnlyList<Category> RecruitmentMethods, IReadOnlyList<Category> RecruitmentPlatforms,
    IReadOnlyList<Category> RecruiterRelationships, IReadOnlyList<Category> Vulnerabilities, IReadOnlyList<Category> ClosureReasons)
{
    public static readonly Vocabulary Current = new(
        ExploitationVocabulary.ExploitationTypes, ExploitationVocabulary.SexExploitationTypes, ExploitationVocabulary.LaborIndustries,
        ExploitationVocabulary.MethodsOfControl, ExploitationVocabulary.RecruitmentMethods, ExploitationVocabulary.RecruitmentPlatforms,
        ExploitationVocabulary.RecruiterRelationships, ExploitationVocabulary.Vulnerabilities, ExploitationVocabulary.ClosureReasons);
}
