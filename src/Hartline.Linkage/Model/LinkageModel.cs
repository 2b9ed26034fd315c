using Hartline.Linkage.Model;

namespace Hartline.Linkage;

/// <summary>The m and u probability and the weight (log2 m/u) of one comparison level.</summary>
public sealed record LevelParameters(string Level, double M, double U, double Weight);

/// <summary>The comparison levels of one field.</summary>
public sealed record FieldParameters(string Field, IReadOnlyList<LevelParameters> Levels);

/// <summary>
/// A Fellegi–Sunter model: for each field and comparison level, m (how often two records of one
/// person reach the level) and u (how often two records of different people do). A pair's match
/// weight is the sum of log2(m/u) over its fields; the probability adds the prior that two records
/// match, which shrinks as the population grows (see <see cref="PairPrior"/>).
/// </summary>
/// <remarks>
/// Immutable and safe to share between threads. <see cref="Default"/> is hand-set; a batch run
/// (<see cref="Deduplicator.Run"/>) estimates one from the data.
/// </remarks>
public sealed class LinkageModel
{
    private readonly double[][] _m, _u;
    private readonly double[] _weights = new double[Fields.Count * Fields.MaxLevels];

    /// <summary>The penalty, in bits, of comparing names across the boxes (a second way for strangers to agree).</summary>
    internal const double SecondAlignment = 1;

    internal LinkageModel(double[][] m, double[][] u, double duplicatesPerRecord, long populationSize, int emIterations,
        TermFrequencies? frequencies)
    {
        _m = m;
        _u = u;
        DuplicatesPerRecord = duplicatesPerRecord;
        PopulationSize = Math.Max(2, populationSize);
        EmIterations = emIterations;
        Frequencies = frequencies;
        for (var f = 0; f < Fields.Count; f++)
            for (var l = 1; l < m[f].Length; l++)
                _weights[f * Fields.MaxLevels + l] = Math.Log2(m[f][l] / u[f][l]);
        // Name order is not evidence of its own. Two strangers are rarely "swapped" only because their
        // names rarely agree crosswise, and the name levels already count that agreement; u(swapped)
        // from random pairs (≈1e-4) counted it a second time, +12 bits that let Diego Molina and
        // Molina Diego born months apart through at 1M. What remains is how often a person's copies
        // are typed into the wrong boxes: log2 m, a penalty for the rarer order.
        for (var l = 1; l < m[Fields.NameOrder].Length; l++)
            _weights[Fields.NameOrder * Fields.MaxLevels + l] = Math.Min(0, Math.Log2(m[Fields.NameOrder][l]));
        // But not all of log2 m(swapped) (−5 bits): strangers agree crosswise only when one of them was
        // typed into the wrong boxes too, so that rate cancels between m and u. What is left is that
        // the comparer tries a second alignment, which gives strangers two chances to agree: 1 bit.
        // (At 1M, 293 of 295 swapped pairs just below the cut-off were one person.)
        _weights[Fields.NameOrder * Fields.MaxLevels + 2] = Math.Max(_weights[Fields.NameOrder * Fields.MaxLevels + 2], -SecondAlignment);
    }

    /// <summary>The same m, u and duplicates per record, applied to another population (a saved model on the registry).</summary>
    internal LinkageModel ForPopulation(long populationSize, TermFrequencies? frequencies) =>
        new(_m, _u, DuplicatesPerRecord, populationSize, EmIterations, frequencies);

    /// <summary>A model with hand-set parameters, for use before any batch run (see <see cref="DefaultParameters"/>).</summary>
    public static LinkageModel Default { get; } =
        new(DefaultParameters.M, DefaultParameters.U, DefaultParameters.DuplicatesPerRecord, 10_000, 0, null);

    /// <summary>
    /// Expected number of other records of the same person, per record. The prior that two given
    /// records match is this divided by the number of other records, so it holds for an index of any size.
    /// </summary>
    public double DuplicatesPerRecord { get; }

    /// <summary>The number of records the model was estimated on (the population <see cref="Explain"/> assumes).</summary>
    public long PopulationSize { get; }

    /// <summary>Iterations the EM estimation of m took (0 for a hand-set model).</summary>
    public int EmIterations { get; }

    /// <summary>The prior probability that two records of the estimation population are one person (λ).</summary>
    public double PairPrior => PriorFor(PopulationSize);

    internal TermFrequencies? Frequencies { get; }

    /// <summary>Every field's levels with m, u and weight.</summary>
    public IReadOnlyList<FieldParameters> Parameters =>
        [.. Enumerable.Range(0, Fields.Count).Select(f => new FieldParameters(Fields.Names[f],
            [.. Enumerable.Range(1, _m[f].Length - 1).Select(l => new LevelParameters(Fields.Levels[f][l], _m[f][l], _u[f][l], LevelWeight(f, l)))]))];

    internal double LevelWeight(int field, int level) => _weights[field * Fields.MaxLevels + level];

    internal double PriorFor(long population) => Math.Min(0.5, DuplicatesPerRecord / Math.Max(1, population - 1));

    /// <summary>log2 of the prior odds, added to a match weight to get the posterior log odds.</summary>
    internal double PriorWeight(long population)
    {
        var prior = PriorFor(population);
        return Math.Log2(prior / (1 - prior));
    }

    internal static double Probability(double matchWeight, double priorWeight) =>
        1 / (1 + Math.Pow(2, -(matchWeight + priorWeight)));

    /// <summary>
    /// The match weight of a comparison vector. Exact agreement on a given or family name is
    /// re-weighted by how common the name is (<paramref name="frequency"/>, 0 when unknown).
    /// </summary>
    /// <remarks><paramref name="other"/> is the second record's, for near-matches (see <see cref="NearMatchAdjustment"/>).</remarks>
    internal double Weight(long gamma, in NameFrequency frequency, in NameFrequency other = default)
    {
        var weight = 0.0;
        for (var f = 0; f < Fields.Count; f++) weight += _weights[f * Fields.MaxLevels + Fields.Level(gamma, f)];
        weight += HomeCorrection(gamma);
        var swapped = Fields.Level(gamma, Fields.NameOrder) == 2;
        weight += NameAdjustment(Fields.Given, Fields.Level(gamma, Fields.Given), swapped, frequency, other);
        weight += NameAdjustment(Fields.Family, Fields.Level(gamma, Fields.Family), swapped, frequency, other);
        return weight;
    }

    /// <summary>
    /// <see cref="Weight"/> for ranking what a worker typed into a search box: the same, except that the exact
    /// spelling of a common name always weighs a little more (half a bit) than a nickname or a near spelling of it. The frequency
    /// adjustment lowers only the exact level (strangers share "Mary Ann" often), so without this floor a
    /// search for Mary Ann Baptiste would list every Mary Baptiste (a nickname, not adjusted) above her.
    /// The batch and intake matching keep the plain weight their accuracy was measured with.
    /// </summary>
    private const double ExactOverNear = 0.5;

    internal double SearchWeight(long gamma, in NameFrequency frequency, in NameFrequency other = default)
    {
        var weight = Weight(gamma, frequency, other);
        var swapped = Fields.Level(gamma, Fields.NameOrder) == 2;
        // Names typed the other way round are the fallback reading: lifting them would let it outrank the order typed.
        if (swapped) return weight;
        foreach (var field in (ReadOnlySpan<int>)[Fields.Given, Fields.Family])
        {
            if (Fields.Level(gamma, field) != NameLevel.Exact) continue;
            var exact = LevelWeight(field, NameLevel.Exact) + NameAdjustment(field, NameLevel.Exact, swapped, frequency, other);
            var lesser = Math.Max(LevelWeight(field, NameLevel.Nickname), LevelWeight(field, NameLevel.CloseSpelling));
            // Never above the exact level's own weight: the floor only undoes what commonness took off.
            var floor = Math.Min(LevelWeight(field, NameLevel.Exact), lesser + ExactOverNear);
            if (exact < floor) weight += floor - exact;
        }
        return weight;
    }

    /// <summary>The parts of a match weight that describe one fact each: names, birth date, sex, home.</summary>
    internal const int NamesPart = 0, BirthPart = 1, SexPart = 2, HomePart = 3, HeldPart = 4, PartCount = 5;

    /// <summary>
    /// <see cref="Weight"/> split into its <see cref="PartCount"/> parts (they sum to it): the name
    /// fields with their order and frequency adjustments, the birth date, sex, the home's four fields
    /// with their corrections, and what agencies hold (e-mail and identifiers). Parts are what can be taken from different records of a cluster.
    /// </summary>
    internal void Parts(long gamma, in NameFrequency frequency, in NameFrequency other, Span<double> parts)
    {
        double W(int f) => _weights[f * Fields.MaxLevels + Fields.Level(gamma, f)];
        var swapped = Fields.Level(gamma, Fields.NameOrder) == 2;
        parts[NamesPart] = W(Fields.Given) + W(Fields.Middle) + W(Fields.Family) + W(Fields.NameOrder)
            + NameAdjustment(Fields.Given, Fields.Level(gamma, Fields.Given), swapped, frequency, other)
            + NameAdjustment(Fields.Family, Fields.Level(gamma, Fields.Family), swapped, frequency, other);
        parts[BirthPart] = W(Fields.BirthDate);
        parts[SexPart] = W(Fields.Sex);
        parts[HomePart] = W(Fields.Postcode) + W(Fields.Phone) + W(Fields.Address) + W(Fields.City)
            + HomeCorrection(gamma);
        parts[HeldPart] = W(Fields.Email) + W(Fields.Identifier);
    }

    private double NameAdjustment(int field, int level, bool swapped, in NameFrequency frequency, in NameFrequency other) =>
        level == NameLevel.Exact ? FrequencyAdjustment(field, frequency.For(field, swapped))
        : level is NameLevel.CloseSpelling or NameLevel.SameSound or NameLevel.Typo && !swapped
            ? NearMatchAdjustment(field, frequency.For(field, false), other.For(field, false))
            : 0;

    /// <summary>
    /// A near-match (a typo, a sound-alike) of a rare name is stronger evidence than one of a common
    /// name, as exact agreement is: strangers rarely carry a name a slip away from "Yaritza", often one
    /// a slip away from "Maria" ("Mariah"). The name meant is the commoner of the two spellings (the
    /// typo is rare because it is a typo), so the adjustment uses the larger frequency, and only when
    /// both are known. Half the exact level's adjustment: a near-match also covers neighbouring names.
    /// </summary>
    internal double NearMatchAdjustment(int field, double frequency, double otherFrequency) =>
        frequency <= 0 || otherFrequency <= 0 ? 0 : NearMatchShare * FrequencyAdjustment(field, Math.Max(frequency, otherFrequency));

    internal const double NearMatchShare = 0.5;

    /// <summary>Both corrections of the home's fields (a move counted once, a city implied by its postcode); estimation uses them too.</summary>
    internal double HomeCorrection(long gamma) => ResidenceCorrection(gamma) + SamePlaceCorrection(gamma);

    /// <summary>
    /// A shared postcode already says the two live in one town: agreement on the city then adds
    /// nothing (u of the city is the chance strangers share a town, not a postcode's town). Summed,
    /// the two gave 10 bits, enough for twins (same family, birth date and postcode, another given
    /// name) to pass at 1M. Returns the bits to add to the plain sum; ≤ 0.
    /// </summary>
    internal double SamePlaceCorrection(long gamma) =>
        Fields.Level(gamma, Fields.Postcode) == 1 ? -Math.Max(0, LevelWeight(Fields.City, Fields.Level(gamma, Fields.City))) : 0;

    private static readonly int[] ResidenceFields = [Fields.Postcode, Fields.Phone, Fields.Address, Fields.City];

    /// <summary>
    /// Postcode, phone, address and city are four facets of one fact, the home: a youth who moved
    /// disagrees on all four at once. Summed as if independent they would take 10–12 bits from a pair
    /// that agrees on names and date of birth, so their disagreements count once, as the strongest
    /// of them (agreements still add up). Returns the bits to add to the plain sum; ≥ 0.
    /// </summary>
    internal double ResidenceCorrection(long gamma)
    {
        double against = 0, strongest = 0;
        foreach (var f in ResidenceFields)
        {
            var w = _weights[f * Fields.MaxLevels + Fields.Level(gamma, f)];
            if (w >= 0) continue;
            against += w;
            strongest = Math.Min(strongest, w);
        }
        return strongest - against;
    }

    /// <summary>
    /// Replaces u of exact agreement by the name's own frequency: u_exact is the chance that two random
    /// records agree on some name, the frequency that they agree on this one. Bounded to ±4 bits so a
    /// typo that happens to be unique does not outweigh the rest of the record.
    /// </summary>
    internal double FrequencyAdjustment(int field, double frequency)
    {
        if (frequency <= 0) return 0;
        var uExact = _u[field][NameLevel.Exact];
        return Math.Log2(uExact / Math.Clamp(frequency, uExact / 16, uExact * 16));
    }

    /// <summary>Why <paramref name="a"/> and <paramref name="b"/> are, or are not, taken for one person.</summary>
    public PairExplanation Explain(PersonRecord a, PersonRecord b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return Explain(new PreparedPerson(a), new PreparedPerson(b), Frequencies, PopulationSize);
    }

    internal PairExplanation Explain(in PreparedPerson a, in PreparedPerson b, TermFrequencies? frequencies, long population)
    {
        var gamma = PairComparer.Compare(a, b);
        var swapped = Fields.Level(gamma, Fields.NameOrder) == 2;
        var contributions = new FieldContribution[Fields.Count];
        var total = 0.0;
        // The residence disagreements, scaled so that together they weigh what the strongest one does.
        var against = 0.0;
        foreach (var f in ResidenceFields) against += Math.Min(0, LevelWeight(f, Fields.Level(gamma, f)));
        var residenceScale = against < 0 ? (against + ResidenceCorrection(gamma)) / against : 1;
        for (var f = 0; f < Fields.Count; f++)
        {
            var level = Fields.Level(gamma, f);
            var weight = LevelWeight(f, level);
            var description = Fields.Descriptions[f][level];
            if (f is Fields.Given or Fields.Family && frequencies is not null)
            {
                // Under swapped names a's given name agreed with b's family name: its frequency in either box.
                var adjustment = NameAdjustment(f, level, swapped, frequencies.Of(a), frequencies.Of(b));
                if (adjustment != 0)
                {
                    weight += adjustment;
                    description += string.Create(System.Globalization.CultureInfo.InvariantCulture,
                        $" ({(adjustment < 0 ? "common" : "rare")} name, {adjustment:+0.0;-0.0} bits)");
                }
            }
            if (f == Fields.City && weight > 0 && SamePlaceCorrection(gamma) < 0)
            {
                weight = 0;
                description += " (implied by the same postcode)";
            }
            if (weight < 0 && residenceScale < 1 && Array.IndexOf(ResidenceFields, f) >= 0)
            {
                weight *= residenceScale;
                description += " (one move: the home's disagreements count once)";
            }
            if (swapped && f is Fields.Given or Fields.Family) description += " (compared across the swapped boxes)";
            contributions[f] = new FieldContribution(Fields.Names[f], Fields.Levels[f][level], weight, description);
            total += weight;
        }
        return new PairExplanation(total, Probability(total, PriorWeight(population)), contributions);
    }
}
