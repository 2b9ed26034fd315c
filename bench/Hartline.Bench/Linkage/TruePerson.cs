namespace Hartline.Bench.Linkage;

/// <summary>Where a youth lives and can be reached; a move replaces all of it, or most of it.</summary>
public sealed record Residence(string Address, string City, string Postcode, string Phone);

/// <summary>
/// The youth as they really are, which no agency record shows exactly. <see cref="FamilyParts"/> holds
/// both halves of a double family name (Rodríguez Rivera, Smith-Jones) so a copy can keep only one.
/// </summary>
public sealed record TruePerson(int Index, string Id, string GivenName, string? MiddleName, IReadOnlyList<string> FamilyParts,
    char FamilySeparator, DateOnly DateOfBirth, string? Sex, bool SpanishOrigin, Residence Home)
{
    public string FamilyName => FamilyParts.Count == 1 ? FamilyParts[0] : string.Join(FamilySeparator, FamilyParts);
}
