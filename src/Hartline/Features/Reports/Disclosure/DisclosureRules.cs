namespace Hartline.Features.Reports.Disclosure;

/// <summary>
/// The disclosure rules a publication follows.
/// <para><b>Primary rule.</b> A count from 1 to <see cref="Threshold"/> − 1 is withheld. Zero is shown: it names no
/// one, and withholding zeros would hide most of a small jurisdiction's tables.</para>
/// <para><b>Protection rule.</b> Take an attacker who knows every published count, every relation between cells
/// (totals and their parts) and that counts are never negative, and who computes the smallest and largest value
/// a withheld cell can take (the LP relaxation: real numbers, which can only widen the range integers allow).
/// For a primary cell of true value v that range [lo, hi] must satisfy lo ≤ v − 1, hi ≥ v + 1 and
/// hi − lo ≥ <see cref="ProtectionWidth"/>. The width defaults to N − 1: the attacker's range is then at least as
/// wide as the range of small counts the primary rule hides, so it says no more than "a small count". The two
/// one-sided conditions keep v off both ends of the range, so "at least v" or "at most v" is never certain
/// (for v = 1, the attacker cannot tell whether any child is in the cell).</para>
/// <para><b>Complementary cells</b> need no protection of their own (their counts are not small), but when
/// <see cref="ProtectComplements"/> is on (the default) each must not be recoverable exactly: hi − lo ≥ 1.
/// It costs little and stops a reader from "undoing" a complement and learning which cells were the small ones.</para>
/// </summary>
public sealed record DisclosureRules(int Threshold = 5, int? Width = null, bool ProtectComplements = true)
{
    /// <summary>HART's own publications: counts under 5 withheld.</summary>
    public static readonly DisclosureRules Standard = new();

    /// <summary>The federal small-cell rule: counts under 11 withheld.</summary>
    public static readonly DisclosureRules Federal = new(Threshold: 11);

    // LP optima of integer data are exact in theory; this absorbs the solver's floating-point noise only.
    internal const double Tolerance = 1e-6;

    public int ProtectionWidth => Width ?? Threshold - 1;

    public bool IsPrimary(int count) => count >= 1 && count < Threshold;

    /// <summary>Whether a withheld cell of true value <paramref name="count"/> is safe, given the attacker's range.</summary>
    public bool IsSafe(CellState state, int count, FeasibleRange range) => state switch
    {
        CellState.Primary => range.Low <= count - 1 + Tolerance
            && range.High >= count + 1 - Tolerance
            && range.Width >= ProtectionWidth - Tolerance,
        CellState.Complementary => !ProtectComplements || range.Width >= 1 - Tolerance,
        _ => true,
    };
}
