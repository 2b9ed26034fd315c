using Bogus;
using Bogus.Bson;

namespace Hartline.Bench.Linkage;

/// <summary>
/// Given and family names of Connecticut youth born 2005–2013: a hand-ranked head of the names that
/// are really common there (English-origin and Spanish-origin, the latter mostly Puerto Rican and
/// Dominican), followed by Bogus's long lists as the rare tail. Accents are kept in the canonical
/// spelling (José, Rodríguez) so that copies can drop them, as many agency systems do.
/// </summary>
public static class NamePools
{
    private static readonly string[] EnglishFemale =
    [
        "Isabella", "Emma", "Olivia", "Sophia", "Ava", "Madison", "Abigail", "Emily", "Mia", "Elizabeth",
        "Brianna", "Samantha", "Ashley", "Alexis", "Hannah", "Jasmine", "Destiny", "Kayla", "Nevaeh", "Aaliyah",
        "Gabriella", "Victoria", "Natalie", "Grace", "Chloe", "Taylor", "Sarah", "Jessica", "Makayla", "Alyssa",
        "Lauren", "Morgan", "Kaylee", "Julia", "Brooke", "Katherine", "Leah", "Zoe", "Amanda", "Jennifer",
        "Arianna", "Savannah", "Trinity", "Aniyah", "Jada", "Imani", "Diamond", "Alexandra", "Rebecca", "Abby",
    ];

    private static readonly string[] SpanishFemale =
    [
        "María", "Genesis", "Valeria", "Camila", "Daniela", "Gabriela", "Nicole", "Adriana", "Yaritza", "Angelica",
        "Sofía", "Valentina", "Natalia", "Alondra", "Jaylene", "Guadalupe", "Lucía", "Mariana", "Andrea", "Paola",
        "Karla", "Alejandra", "Jazmín", "Yesenia", "Isabel", "Esmeralda", "Marisol", "Kiara", "Mercedes", "Ana",
        "Yamilet", "Dayana", "Xiomara", "Milagros", "Yadira", "Rosa", "Carmen", "Dolores", "Graciela", "Yolanda",
        "Nayeli", "Ximena", "Luz", "Elena", "Mónica", "Verónica", "Raquel", "Inés", "Belén", "Ángela",
    ];

    private static readonly string[] EnglishMale =
    [
        "Jayden", "Michael", "Ethan", "Jacob", "Noah", "Matthew", "Joshua", "Daniel", "Christopher", "Anthony",
        "William", "Alexander", "Nicholas", "Ryan", "Tyler", "James", "Jonathan", "Joseph", "Andrew", "Benjamin",
        "Elijah", "Isaiah", "Nathaniel", "Justin", "Brandon", "Kevin", "Dylan", "Robert", "Samuel", "Jordan",
        "Aiden", "Mason", "Caleb", "Xavier", "Zachary", "Jeremiah", "Malik", "Tyrese", "Jaylen", "Darnell",
    ];

    private static readonly string[] SpanishMale =
    [
        "José", "Luis", "Carlos", "Juan", "Jesús", "Miguel", "Ángel", "Jorge", "Alejandro", "Diego",
        "Adrián", "Javier", "Francisco", "Eduardo", "Manuel", "Antonio", "Ricardo", "Fernando", "Andrés", "Rafael",
        "Héctor", "Julio", "Pedro", "Emmanuel", "Josué", "Elías", "Joel", "Yadiel", "Ramón", "Iván",
        "Sebastián", "Mateo", "Santiago", "Nicolás", "Gabriel", "Guillermo", "Ignacio", "Enrique", "Roberto", "Alberto",
    ];

    private static readonly string[] EnglishFamily =
    [
        "Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor",
        "Thomas", "Moore", "Jackson", "Martin", "Lee", "Thompson", "White", "Harris", "Clark", "Lewis",
        "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Green", "Baker", "Adams",
        "Murphy", "Sullivan", "O'Brien", "O'Connor", "Kelly", "Ryan", "Walsh", "McCarthy", "Doyle", "Lynch",
        "Russo", "Esposito", "Romano", "DeLuca", "Caruso", "Rizzo", "Santos", "Pereira", "Silva", "Costa",
        "Washington", "Jefferson", "Freeman", "Mitchell", "Campbell", "Carter", "Phillips", "Evans", "Turner", "Parker",
        "Nguyen", "Tran", "Kowalski", "Nowak", "Patel", "Shah", "Bennett", "Brooks", "Coleman", "Jenkins",
    ];

    private static readonly string[] SpanishFamily =
    [
        "Rodríguez", "Rivera", "González", "Hernández", "Pérez", "Martínez", "Torres", "López", "Ortiz", "Cruz",
        "Santiago", "Díaz", "Ramos", "Morales", "Reyes", "Colón", "Sánchez", "Vázquez", "Ramírez", "Figueroa",
        "Rosario", "Castro", "Medina", "Jiménez", "Álvarez", "Gómez", "Flores", "Ruiz", "Vega", "Rosa",
        "Santana", "Negrón", "Maldonado", "Meléndez", "Vélez", "Acevedo", "Quiñones", "Báez", "Soto", "Burgos",
        "Nieves", "Marrero", "Ayala", "Delgado", "Aponte", "Cintrón", "Padilla", "Serrano", "Pagán", "Matos",
        "Peña", "Núñez", "De Jesús", "De la Cruz", "Del Valle", "García", "Fernández", "Gutiérrez", "Mendoza", "Domínguez",
    ];

    public static readonly WeightedNames FemaleEnglish = new(EnglishFemale.Concat(Tail("female_first_name", "en_US")));
    public static readonly WeightedNames MaleEnglish = new(EnglishMale.Concat(Tail("male_first_name", "en_US")));
    // Spanish given names have a shorter tail in practice; Bogus's es_MX list is not split by sex, so the
    // curated head stands alone and the English tail supplies the rare names Hispanic youth also carry.
    public static readonly WeightedNames FemaleSpanish = new(SpanishFemale);
    public static readonly WeightedNames MaleSpanish = new(SpanishMale);
    public static readonly WeightedNames FamilyEnglish = new(EnglishFamily.Concat(Tail("last_name", "en_US")));
    public static readonly WeightedNames FamilySpanish = new(SpanishFamily.Concat(Tail("last_name", "es")));

    /// <summary>Every name in the pools that carries an accent, for <see cref="Diacritics.AddKnown"/>.</summary>
    public static IEnumerable<string> AccentedNames() =>
        new[] { FemaleEnglish, MaleEnglish, FemaleSpanish, MaleSpanish, FamilyEnglish, FamilySpanish }
            .SelectMany(pool => pool.Names).Where(Diacritics.HasAccents);

    /// <summary>Bogus's raw list for a locale, in its own order (frequency for first names, alphabetical for last names).</summary>
    private static IEnumerable<string> Tail(string path, string locale) =>
        Database.Get("name", path, locale) is BArray list
            ? Enumerable.Range(0, list.Count).Select(i => list[i].StringValue)
            : throw new InvalidOperationException($"Bogus has no name.{path} for {locale}.");
}
