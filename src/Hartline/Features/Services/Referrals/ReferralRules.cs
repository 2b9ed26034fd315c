namespace Hartline.Features.Services.Referrals;

/// <summary>The limits of service referrals and needs.</summary>
public static class ReferralRules
{
    public const int NoteMax = 2000;
    /// <summary>One sitting with a provider is at most a day; longer help is recorded as several.</summary>
    public const int MinutesMax = 24 * 60;
    public const int UnitsMax = 1000;
}
