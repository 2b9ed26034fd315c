using System.Text.RegularExpressions;

namespace Hartline.Features.Reports.Statistics;

/// <summary>
/// The code a category from one of Hartline's own lists carries in an export ("possible-victim"): lower case and
/// hyphens like the jurisdiction's codes, never the program's internal name.
/// </summary>
public static partial class StatCodes
{
    public static string Of(Enum value) => Boundary().Replace(value.ToString(), "$1-$2").ToLowerInvariant();

    [GeneratedRegex("([a-z0-9])([A-Z])")]
    private static partial Regex Boundary();
}
