using Hartline.Security;

namespace Hartline.Features.Account.TwoFactor;

/// <summary>
/// Who must sign in with a second factor: everyone whose roles open case files (a child's name, their story). A
/// trainer or an analyst, who see no case, may still set one up.
/// </summary>
public static class TwoFactorRule
{
    public static bool IsRequired(Guid userId, Guid agencyId, IEnumerable<string> roles) =>
        RecordScope.CanSeeRecords(new Actor(userId, "", agencyId, roles.ToHashSet()));
}

/// <summary>What the API says to a role that must set up two-factor sign-in and has not.</summary>
public static class TwoFactorMessages
{
    public const string SetUpFirst = "Your role opens case files, so it needs two-factor sign-in: sign in on the sign-in page once and " +
        "set up your authenticator app there first.";
}
