using Hartline.Features.Intake;
using Hartline.Jurisdictions;

namespace Hartline.Features.Cases.Legal;

/// <summary>Plain-language names of the legal choices, for the page and for validation messages.</summary>
public static class LegalLabels
{
    /// <summary>"a", "a or b", "a, b or c".</summary>
    public static string OneOf(IEnumerable<string> names)
    {
        var list = names.ToList();
        return list.Count switch
        {
            0 => "nothing (none is available)",
            1 => list[0],
            _ => string.Join(", ", list[..^1]) + " or " + list[^1],
        };
    }

    public static string Of(OffenderRole role) => role switch
    {
        OffenderRole.Trafficker => "Trafficker (exploiter)",
        _ => role.ToString(),
    };

    public static string Of(OffenderRelationship relationship) => relationship switch
    {
        OffenderRelationship.FamilyOrCaregiver => "Family member or caregiver",
        OffenderRelationship.IntimatePartner => "Intimate partner",
        _ => relationship.ToString(),
    };

    public static string Of(DispositionOutcome outcome) => outcome switch
    {
        DispositionOutcome.ConvictedOfLesserOffense => "Convicted of a lesser offense",
        DispositionOutcome.Nolled => "Nolled (prosecution not continued)",
        _ => outcome.ToString(),
    };

    public static string Of(CourtPurpose purpose) => purpose switch
    {
        CourtPurpose.PretrialHearing => "Pretrial hearing",
        CourtPurpose.ProtectionHearing => "Hearing on one of the youth's protections",
        CourtPurpose.YouthTestimony => "The youth testifies",
        _ => purpose.ToString(),
    };
}
