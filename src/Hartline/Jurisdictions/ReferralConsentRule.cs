namespace Hartline.Jurisdictions;

/// <summary>
/// Whose consent a referral to a service needs: below <paramref name="YouthConsentsFromAge"/> a parent's or
/// guardian's (or a court order); from that age the youth's own. A service can ask for a guardian's consent for
/// every minor besides (the directory's "needs a parent's or guardian's consent" term). <paramref name="Basis"/>
/// says where the age comes from; <paramref name="ToCheck"/> what is left to confirm with counsel, if anything.
/// </summary>
public sealed record ReferralConsentRule(int YouthConsentsFromAge, string Basis, string? ToCheck = null)
{
    /// <summary>Without a rule in the file: the youth consents from the age of majority, the cautious default.</summary>
    public static ReferralConsentRule FromMinorAge(int minorAge) =>
        new(minorAge, "Hartline's default: a guardian's consent for every minor.", "No rule in the jurisdiction file.");

    internal void Check(string path, int minorAge)
    {
        if (YouthConsentsFromAge < 0 || YouthConsentsFromAge > minorAge)
            throw new InvalidDataException($"{path}: referralConsent.youthConsentsFromAge must be 0–{minorAge} (the minor age).");
        if (string.IsNullOrWhiteSpace(Basis)) throw new InvalidDataException($"{path}: referralConsent.basis must say where the age comes from.");
    }
}
