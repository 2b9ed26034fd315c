using System.Collections.Frozen;

namespace Hartline.Linkage.Text;

/// <summary>
/// Given names that are forms of one another: a formal name with its nicknames and spelling
/// variants (Bill/William, Liz/Elizabeth, Pepe/José, Lupe/Guadalupe, Chuy/Jesús, Paco/Francisco).
/// </summary>
/// <remarks>
/// Youths are often referred under the name they go by, and the next referral (from a school, a
/// hospital or the police) may carry the legal name. No spelling or phonetic comparator can see
/// that "Chuy" is "Jesús", so a small table of common English and Spanish forms covers the usual
/// cases. A nickname may belong to several names ("Alex" to Alexander, Alexandra and Alejandro;
/// "Beto" to Roberto and Alberto): two names are variants when they share a group, so Alex/Alejandro
/// are variants but Alexander/Alejandro are not. Groups are deliberately within one language: a
/// translation (José/Joseph) is a different name on an official record.
/// </remarks>
public static class Nicknames
{
    // Each line is one name and its forms, already folded (no accents, lower case).
    private static readonly string[][] Groups =
    [
        // English
        ["william", "bill", "billy", "will", "willie", "willy", "liam"],
        ["elizabeth", "liz", "lizzie", "lizzy", "beth", "betty", "betsy", "eliza", "libby"],
        ["robert", "bob", "bobby", "rob", "robbie", "bert"],
        ["katherine", "catherine", "kathryn", "katharine", "kate", "katie", "kathy", "cathy", "kat"],
        ["richard", "rick", "ricky", "rich", "richie", "dick"],
        ["james", "jim", "jimmy", "jamie"],
        ["michael", "mike", "mikey", "mick"],
        ["margaret", "maggie", "meg", "peggy", "marge"],
        ["jennifer", "jen", "jenny"],
        ["christopher", "chris", "topher"],
        ["christina", "christine", "chris", "tina", "chrissy"],
        ["patricia", "pat", "patty", "trish"],
        ["patrick", "pat", "paddy"],
        ["anthony", "tony"],
        ["joseph", "joe", "joey"],
        ["daniel", "dan", "danny"],
        ["david", "dave", "davey"],
        ["thomas", "tom", "tommy"],
        ["edward", "ed", "eddie", "ted", "ned"],
        ["alexander", "alex", "al", "xander"],
        ["alexandra", "alex", "alexa", "lexi", "sandy"],
        ["nicholas", "nick", "nicky"],
        ["samuel", "sam", "sammy"],
        ["samantha", "sam", "sammy"],
        ["benjamin", "ben", "benny"],
        ["jonathan", "jon", "jonny"],
        ["john", "jack", "johnny"],
        ["abigail", "abby", "abbie"],
        ["rebecca", "becky", "becca"],
        ["deborah", "debra", "deb", "debbie"],
        ["susan", "sue", "susie"],
        ["victoria", "vicky", "tori"],
        ["jessica", "jess", "jessie"],
        ["stephen", "steven", "steve"],
        ["matthew", "matt"],
        ["andrew", "andy", "drew"],
        ["zachary", "zach", "zack"],
        ["timothy", "tim", "timmy"],
        ["jacob", "jake"],
        ["nathaniel", "nathan", "nate", "nat"],
        ["kimberly", "kim"],
        // Spanish
        ["jose", "pepe", "pepito", "chepe"],
        ["guadalupe", "lupe", "lupita"],
        ["jesus", "chuy", "chucho"],
        ["francisco", "paco", "pancho", "cisco"],
        ["francisca", "paca", "pancha", "paquita"],
        ["ignacio", "nacho"],
        ["enrique", "quique"],
        ["alejandro", "alex", "ale"],
        ["guillermo", "memo", "guille"],
        ["roberto", "beto"],
        ["alberto", "beto"],
        ["rafael", "rafa"],
        ["manuel", "manolo", "manny"],
        ["eduardo", "lalo"],
        ["fernando", "nando"],
        ["antonio", "tono", "tonio"],
        ["dolores", "lola"],
        ["concepcion", "concha", "conchita"],
        ["rosario", "chayo"],
        ["graciela", "chela"],
        ["isabel", "chabela", "isa"],
        ["josefina", "pepa", "fina"],
        ["luis", "lucho", "wicho"],
        ["santiago", "santi"],
        ["socorro", "coco"],
        // Added later, at the end so the earlier groups keep their numbers (encodings carry them):
        // common forms of names frequent among Connecticut youths today.
        ["isabella", "bella", "izzy", "isa"],
        ["isabelle", "bella", "izzy"],
        ["gabriella", "gabby", "gabi", "ella"],
        ["gabrielle", "gabby", "gabi", "elle"],
        ["madison", "maddie", "maddy", "madi"],
        ["madeline", "madeleine", "maddie", "maddy"],
        ["natalie", "nat", "nattie"],
        ["amanda", "mandy", "manda"],
        ["sophia", "sophie", "sofi"],
        ["olivia", "liv", "livvy", "livie"],
        ["emily", "em", "emmy", "emmie"],
        ["emma", "em", "emmy"],
        ["charlotte", "charlie", "lottie"],
        ["penelope", "penny", "nell"],
        ["jacqueline", "jackie", "jacky"],
        ["alexis", "lexi", "lexie", "lex", "alexa"],
        ["caroline", "carrie", "caro"],
        ["josephine", "josie", "jo"],
        ["valerie", "val"],
        ["destiny", "dessie"],
        ["juliana", "jules", "julie"],
        ["evelyn", "evie", "eve"],
        ["joshua", "josh"],
        ["jonathan", "johnny", "jonny"],
        ["christian", "chris"],
        ["nathan", "nate"],
        ["dominic", "dom", "nico"],
        ["jayden", "jay"],
        ["kenneth", "ken", "kenny"],
        ["gregory", "greg"],
        ["raymond", "ray"],
        ["lawrence", "larry"],
        ["tyrone", "ty"],
        ["marcus", "marc"],
        ["terrence", "terence", "terry"],
        ["frederick", "fred", "freddie", "freddy"],
        ["leonardo", "leo"],
        ["maximilian", "max"],
        ["maxwell", "max"],
        // Spanish (continued)
        ["maria", "mari", "maruca"],
        ["daniela", "dani"],
        ["gabriela", "gaby", "gabi"],
        ["antonio", "tony"],
        ["ricardo", "richie", "rica"],
        ["alejandra", "ale", "alex", "jandra"],
        ["mercedes", "merche"],
        ["esperanza", "espe"],
        ["margarita", "marga", "magui"],
        ["jesusa", "chucha"],
    ];

    // Folded name → the groups it belongs to (most names belong to one).
    private static readonly FrozenDictionary<string, int[]> GroupsOf = Groups
        .SelectMany((names, group) => names.Select(name => (name, group)))
        .GroupBy(x => x.name, x => x.group)
        .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

    /// <summary>
    /// The numbers of the groups a given name belongs to (folded first; none for an unknown name), so an
    /// encoding can carry "a form of William" without carrying the name: Bill and William share a group.
    /// </summary>
    public static IReadOnlyList<int> GroupNumbers(string? name) =>
        GroupsOf.TryGetValue(NameFolding.Fold(name), out var groups) ? groups : [];

    /// <summary>
    /// True when one name is a known form of the other's name mistyped by a letter ("Izy" or "Bells"
    /// for Isabella, "Willisam" for Billy): a referral under a nickname is typed as carelessly as any
    /// other. Only forms of four letters or more count, so "Al" does not reach every "Ali", and a
    /// four-letter form is not lengthened ("Mari" + o is Mario, another name).
    /// </summary>
    /// <remarks>Both names must be folded already. Exact variants are <see cref="AreVariants"/>.</remarks>
    public static bool AreNearVariants(string x, string y) => NearVariant(x, y) || NearVariant(y, x);

    private const int ShortestNearForm = 4;

    // A form of the known name x within one edit of y.
    private static bool NearVariant(string x, string y)
    {
        if (!GroupsOf.TryGetValue(x, out var groups)) return false;
        foreach (var g in groups)
            foreach (var form in Groups[g])
                if (form != x && form.Length >= ShortestNearForm && Math.Abs(form.Length - y.Length) <= 1
                    && !(form.Length == ShortestNearForm && y.Length > form.Length)
                    && DamerauLevenshtein.Distance(form, y, 1) <= 1)
                    return true;
        return false;
    }

    /// <summary>
    /// True when the two given names are different forms of one name ("Bill" and "William", either
    /// way round). Names are folded first, so "José" and "pepe" are variants. Identical names are
    /// not variants of each other (they simply agree), and neither are unknown names.
    /// </summary>
    public static bool AreVariants(string? a, string? b)
    {
        var x = NameFolding.Fold(a);
        var y = NameFolding.Fold(b);
        if (x.Length == 0 || y.Length == 0 || x == y) return false;
        if (!GroupsOf.TryGetValue(x, out var xs) || !GroupsOf.TryGetValue(y, out var ys)) return false;
        foreach (var g in xs)
            if (Array.IndexOf(ys, g) >= 0) return true;
        return false;
    }
}
