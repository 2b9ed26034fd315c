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

    // The words themselves are in the catalogue (DisplayNames); these typed forms serve as label functions of choices.
    public static string Of(OffenderRole role) => DisplayNames.Of(role);
    public static string Of(OffenderRelationship relationship) => DisplayNames.Of(relationship);
    public static string Of(DispositionOutcome outcome) => DisplayNames.Of(outcome);
    public static string Of(CourtPurpose purpose) => DisplayNames.Of(purpose);
}
