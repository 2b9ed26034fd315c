namespace Hartline.Linkage.Privacy;

/// <summary>
/// The length of the filters and how many bits each field's features set. Every agency must encode with
/// the same settings (and the same key), or the filters cannot be compared.
/// </summary>
/// <remarks>
/// The number of hashes is the field's weight: a name bigram sets few bits but there are a dozen of them,
/// the year of birth is one feature and needs more bits to count. The defaults were tuned on the
/// generator in bench/ so that a true match with one typical error usually stays above a Dice of 0.78
/// and two different youth of the same age and sex stay well below it.
/// </remarks>
public sealed record BloomSettings
{
    public static readonly BloomSettings Default = new();

    public int Bits { get; init; } = BloomFilter.DefaultBits;

    public IReadOnlyDictionary<string, int> HashesPerField { get; init; } = new Dictionary<string, int>
    {
        [IdentifierFeatures.Name] = 15,
        [IdentifierFeatures.NameGroup] = 30,
        [IdentifierFeatures.Year] = 25,
        [IdentifierFeatures.Month] = 12,
        [IdentifierFeatures.Day] = 12,
        [IdentifierFeatures.DayMonth] = 20,
        [IdentifierFeatures.Sex] = 8,
        [IdentifierFeatures.Postcode] = 15,
    };
}
