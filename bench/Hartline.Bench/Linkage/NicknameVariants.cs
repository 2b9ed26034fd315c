namespace Hartline.Bench.Linkage;

/// <summary>
/// The names a youth goes by instead of a formal given name. Written independently of the engine's own
/// table on purpose: a benchmark whose corruptions came from the engine's table would only measure the
/// table against itself. Some entries (Chayanne-style pet forms, Manny, Lexi) may be missing from the
/// engine, as they would be in the field.
/// </summary>
public static class NicknameVariants
{
    private static readonly Dictionary<string, string[]> ByFormal = new(StringComparer.Ordinal)
    {
        // English
        ["Elizabeth"] = ["Liz", "Beth", "Lizzie", "Betty", "Eliza"],
        ["Katherine"] = ["Kate", "Katie", "Kathy"],
        ["Jennifer"] = ["Jen", "Jenny"],
        ["Jessica"] = ["Jess", "Jessie"],
        ["Samantha"] = ["Sam", "Sammy"],
        ["Alexandra"] = ["Alex", "Lexi"],
        ["Alexis"] = ["Lexi", "Lex"],
        ["Abigail"] = ["Abby"],
        ["Isabella"] = ["Bella", "Izzy"],
        ["Gabriella"] = ["Gabby", "Ella"],
        ["Victoria"] = ["Tori", "Vicky"],
        ["Rebecca"] = ["Becky", "Becca"],
        ["Madison"] = ["Maddie"],
        ["Brianna"] = ["Bri"],
        ["Natalie"] = ["Nat"],
        ["Amanda"] = ["Mandy"],
        ["Makayla"] = ["Kayla"],
        ["Michael"] = ["Mike", "Mikey"],
        ["Christopher"] = ["Chris"],
        ["William"] = ["Will", "Billy", "Bill"],
        ["Robert"] = ["Rob", "Bobby", "Bob"],
        ["Anthony"] = ["Tony"],
        ["Nicholas"] = ["Nick"],
        ["Daniel"] = ["Danny", "Dan"],
        ["Matthew"] = ["Matt"],
        ["Joseph"] = ["Joe", "Joey"],
        ["Jonathan"] = ["Jon", "Johnny"],
        ["Benjamin"] = ["Ben"],
        ["Alexander"] = ["Alex", "Xander"],
        ["Nathaniel"] = ["Nate", "Nathan"],
        ["Zachary"] = ["Zach"],
        ["Samuel"] = ["Sam"],
        ["Joshua"] = ["Josh"],
        ["Andrew"] = ["Drew", "Andy"],
        ["James"] = ["Jimmy", "Jamie"],
        // Spanish
        ["Guadalupe"] = ["Lupe", "Lupita"],
        ["José"] = ["Pepe", "Chepe"],
        ["Jesús"] = ["Chuy", "Chucho"],
        ["Francisco"] = ["Paco", "Pancho", "Cisco"],
        ["Ignacio"] = ["Nacho"],
        ["Eduardo"] = ["Lalo"],
        ["Enrique"] = ["Kike"],
        ["Manuel"] = ["Manny", "Manolo"],
        ["Roberto"] = ["Beto"],
        ["Alberto"] = ["Beto"],
        ["Antonio"] = ["Toño", "Tony"],
        ["Guillermo"] = ["Memo"],
        ["Alejandro"] = ["Alex", "Jando"],
        ["Alejandra"] = ["Ale", "Alex"],
        ["Graciela"] = ["Chela"],
        ["Dolores"] = ["Lola"],
        ["Mercedes"] = ["Meche"],
        ["Natalia"] = ["Naty"],
        ["Yolanda"] = ["Yoli"],
        ["Daniela"] = ["Dani"],
        ["Gabriela"] = ["Gaby"],
        ["Valentina"] = ["Vale"],
        ["Adriana"] = ["Adri"],
        ["Sebastián"] = ["Sebas"],
        ["Santiago"] = ["Santi"],
        ["Ricardo"] = ["Richie"],
        ["Fernando"] = ["Nando"],
        ["Rafael"] = ["Rafa"],
        ["María"] = ["Mari"],
    };

    /// <summary>The nicknames of a formal name as the generator spells it (accents included), or none.</summary>
    public static IReadOnlyList<string> For(string formal) =>
        ByFormal.TryGetValue(formal, out var nicks) ? nicks
        : ByFormal.TryGetValue(Diacritics.AddKnown(formal), out nicks) ? nicks
        : [];
}
