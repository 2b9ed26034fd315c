namespace Hartline.Linkage;

/// <summary>
/// What one field added to (positive) or took from (negative) a pair's match weight, in bits
/// (log2 of m/u for the level the pair reached). A missing value adds 0.
/// </summary>
public sealed record FieldContribution(string Field, string Level, double Weight, string Description);

/// <summary>
/// Why two records are, or are not, taken for one person. <see cref="MatchWeight"/> is the sum of the
/// field weights (the log2 Bayes factor, without the prior); <see cref="Probability"/> adds the
/// model's prior that two records match.
/// </summary>
public sealed record PairExplanation(double MatchWeight, double Probability, IReadOnlyList<FieldContribution> Fields);
