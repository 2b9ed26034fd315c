using static Hartline.Features.Intake.Determination.AmpAction;

namespace Hartline.Features.Intake.Determination;

/// <summary>
/// Which actions and purposes each pathway accepts, and the plain words the page uses for them.
/// The lists are written out rather than derived from the enums, so a new enum value counts for
/// nothing until someone decides where the law puts it.
/// </summary>
internal static class AmpLaw
{
    // 18 U.S.C. 1591(a): the ten actions of sex trafficking.
    private static readonly IReadOnlySet<AmpAction> SexActions = new HashSet<AmpAction>
        { Recruit, Entice, Harbor, Transport, Provide, Obtain, Advertise, Maintain, Patronize, Solicit };

    // 18 U.S.C. 1590 and the federal definition of labor trafficking name only these five.
    private static readonly IReadOnlySet<AmpAction> LaborActions = new HashSet<AmpAction>
        { Recruit, Harbor, Transport, Provide, Obtain };

    public static IReadOnlyList<Pathway> PathwaysFor(ExploitationType suspected) => suspected switch
    {
        ExploitationType.Sex => [Pathway.SexTrafficking],
        ExploitationType.Labor => [Pathway.LaborTrafficking],
        // Not knowing which kind is suspected is a reason to read both, not neither.
        ExploitationType.Both or ExploitationType.Unknown => [Pathway.SexTrafficking, Pathway.LaborTrafficking],
        _ => throw new ArgumentOutOfRangeException(nameof(suspected), suspected, "Unknown exploitation type."),
    };

    public static IReadOnlySet<AmpAction> Actions(Pathway pathway) => pathway switch
    {
        Pathway.SexTrafficking => SexActions,
        Pathway.LaborTrafficking => LaborActions,
        _ => throw new ArgumentOutOfRangeException(nameof(pathway), pathway, "Unknown pathway."),
    };

    public static AmpPurpose Purpose(Pathway pathway) => pathway switch
    {
        Pathway.SexTrafficking => AmpPurpose.CommercialSex,
        Pathway.LaborTrafficking => AmpPurpose.LaborOrServices,
        _ => throw new ArgumentOutOfRangeException(nameof(pathway), pathway, "Unknown pathway."),
    };

    public static string Name(Pathway pathway) => pathway switch
    {
        Pathway.SexTrafficking => "sex trafficking",
        Pathway.LaborTrafficking => "labor trafficking",
        _ => throw new ArgumentOutOfRangeException(nameof(pathway), pathway, "Unknown pathway."),
    };

    public static string Word(AmpAction action) => action switch
    {
        Recruit => "recruiting",
        Entice => "enticing",
        Harbor => "harboring",
        Transport => "transporting",
        Provide => "providing",
        Obtain => "obtaining",
        Advertise => "advertising",
        Maintain => "maintaining",
        Patronize => "patronizing",
        Solicit => "soliciting",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "Unknown action."),
    };

    public static string Word(AmpMeans means) => means switch
    {
        AmpMeans.Force => "force",
        AmpMeans.Fraud => "fraud",
        AmpMeans.Coercion => "coercion",
        _ => throw new ArgumentOutOfRangeException(nameof(means), means, "Unknown means."),
    };

    public static string Word(AmpPurpose purpose) => purpose switch
    {
        AmpPurpose.CommercialSex => "a commercial sex act",
        AmpPurpose.LaborOrServices => "labor or services",
        _ => throw new ArgumentOutOfRangeException(nameof(purpose), purpose, "Unknown purpose."),
    };

    /// <summary>"a", "a and b", "a, b and c" (or "or"): lists as a worker would write them.</summary>
    public static string List(IEnumerable<string> words, string conjunction)
    {
        var all = words.ToList();
        return all.Count switch
        {
            0 => "",
            1 => all[0],
            _ => $"{string.Join(", ", all[..^1])} {conjunction} {all[^1]}",
        };
    }

    public static string Capitalised(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
