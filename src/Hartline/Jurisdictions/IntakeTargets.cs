namespace Hartline.Jurisdictions;

/// <summary>
/// How long a referral should wait for each intake step, in calendar days from the day it was received
/// (the jurisdiction's calendar). A team's own protocol, not law: <paramref name="Basis"/> says where the
/// numbers come from, and the pages show it beside every "waiting longer than the target" flag.
/// </summary>
public sealed record IntakeTargets(int ScreeningDays, int DeterminationDays, string Basis)
{
    public const int MaxDays = 365;

    internal void Check(string path)
    {
        var at = $"{path}: intakeTargets";
        if (ScreeningDays is < 0 or > MaxDays) throw new InvalidDataException($"{at}.screeningDays must be 0–{MaxDays}.");
        if (DeterminationDays < ScreeningDays || DeterminationDays > MaxDays)
            throw new InvalidDataException($"{at}.determinationDays must be at least screeningDays and at most {MaxDays}.");
        if (string.IsNullOrWhiteSpace(Basis)) throw new InvalidDataException($"{at}.basis must say where the targets come from.");
    }
}
