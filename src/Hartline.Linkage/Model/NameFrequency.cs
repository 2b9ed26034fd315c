namespace Hartline.Linkage.Model;

/// <summary>
/// How common a record's given and family names are, for the term-frequency adjustment (0 = unknown).
/// </summary>
/// <remarks>
/// The "any box" figures are for a pair compared across swapped boxes: there "Hernández" typed as a
/// given name agrees with another record's family name, and it is as common as family names make it,
/// not as rare as it is among given names (which once earned such pairs +4 "rare name" bits each).
/// </remarks>
internal readonly record struct NameFrequency(double Given, double Family, double GivenAnyBox, double FamilyAnyBox)
{
    public static NameFrequency None => default;

    /// <summary>The frequency to adjust exact agreement on the given (or family) name by, in a pair of this name order.</summary>
    public double For(int field, bool swapped) => field == Fields.Given
        ? swapped ? GivenAnyBox : Given
        : swapped ? FamilyAnyBox : Family;
}
