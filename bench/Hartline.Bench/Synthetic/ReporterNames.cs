using Bogus;
using Hartline.Jurisdictions;

namespace Hartline.Bench.Synthetic;

/// <summary>
/// The free-text "reporting agency" of a referral, shaped by its source so the column looks like what
/// workers type. Sources without a pattern here fall back to a town and the source's label.
/// </summary>
internal static class ReporterNames
{
    public static string For(Category source, Jurisdiction j, Faker faker) => source.Code switch
    {
        "careline" => j.Careline.Name,
        "law-enforcement" => $"{faker.Address.City()} Police Department",
        "school" => $"{faker.Address.City()} Public Schools",
        "medical" => $"{faker.Address.City()} {faker.PickRandom("Hospital", "Medical Center", "Health Clinic")}",
        "provider" => $"{faker.Name.LastName()} Family Services",
        "family" => faker.PickRandom("Parent", "Guardian", "Grandparent", "Aunt"),
        "self" => "Self-referral",
        _ => $"{faker.Address.City()} – {source.Name}",
    };
}
