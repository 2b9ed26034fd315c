namespace Hartline.Features.Services.Referrals;

/// <summary>What of the youth a provider may be shown. The message and the needs are always shown: they are the referral.</summary>
public enum SharedField { FirstName, LastName, DateOfBirth, Age, Gender, Region, Language, Populations, CaseWorker, SafetyConcern }

/// <summary>
/// The named sets a sender chooses from: the least a provider needs for the kind of help. The sender picks a name,
/// not fields one by one, so the same kind of referral shares the same things whoever sends it.
/// </summary>
public enum ShareProfile { Enquiry, Minimum, Placement }

public static class ShareProfiles
{
    public static IReadOnlyList<SharedField> FieldsOf(ShareProfile profile) => profile switch
    {
        // Asking whether a service could take a youth like this one, before anyone is named.
        ShareProfile.Enquiry => [SharedField.Age, SharedField.Gender, SharedField.Region, SharedField.Language],
        // Enough to make contact and start: a mentor, a group, a clinic appointment.
        ShareProfile.Minimum => [SharedField.FirstName, SharedField.Age, SharedField.Gender, SharedField.Region, SharedField.Language, SharedField.CaseWorker],
        // A bed or a foster home: who the youth is, the groups a placement is matched on, whether safety is a concern now.
        ShareProfile.Placement =>
        [
            SharedField.FirstName, SharedField.LastName, SharedField.DateOfBirth, SharedField.Age, SharedField.Gender, SharedField.Region,
            SharedField.Language, SharedField.Populations, SharedField.CaseWorker, SharedField.SafetyConcern,
        ],
        _ => [],
    };

    public static string Describe(ShareProfile profile) => profile switch
    {
        ShareProfile.Enquiry => "Enquiry: age, gender, region and language, no name",
        ShareProfile.Minimum => "Minimum: first name, age, gender, region, language and the case worker to call",
        ShareProfile.Placement => "Placement: full name, date of birth, age, gender, region, language, groups, the case worker and any safety concern",
        _ => profile.ToString(),
    };
}
