using System.Collections.Concurrent;
using Hartline.Linkage.Blocking;

namespace Hartline.Linkage.Model;

/// <summary>
/// Estimates m (how often records of one person reach each level) by expectation–maximisation on the
/// candidate pairs, without labels, with u held at the random-pair estimate; then the prior λ.
/// </summary>
/// <remarks>
/// Candidate pairs are not random: a pair found by "given name + date of birth" agrees on both
/// because it was selected. Left in, that agreement would be read as evidence of a match and inflate
/// m. So each rule is its own estimation session: its pairs' levels of the fields it forced are
/// ignored, and it gets its own match share (λ per rule); m is shared.
/// A pair counts in the session of every rule whose key it shares, not only the first rule that
/// made it. Crediting it to one rule alone would bias the later rules' sessions: the pairs left to
/// "postcode + initials" would be just those no date-of-birth rule found, so nearly all their
/// matches would disagree on the date, and EM would learn that a shared date of birth is no
/// evidence (it did: m(exact date) came out at 0.005 on generated data).
/// Identical (rule, vector) patterns are counted once, so each iteration costs thousands of
/// patterns, not millions of pairs.
/// </remarks>
internal static class MEstimation
{
    public const int MaxIterations = 200;

    // A pattern's key is its rule above the 36 bits of a comparison vector.
    private const int RuleShift = 3 * Fields.Count;
    public const double Tolerance = 1e-6;

    // Dirichlet prior strength (pseudo-pairs of the hand-set m): lets a small batch converge to sane
    // values and keeps levels no match reached away from m = 0.
    private const double PriorPairs = 50;

    // No level is rarer than this among matches, whatever the batch shows. A batch in which no
    // duplicate ever disagreed on sex would otherwise give "different sex" m ≈ 0 and a weight of
    // −15 bits: one keying slip in a real registry would veto an otherwise certain pair.
    private const double MinimumM = 0.005;

    public sealed record Patterns(int[] Rules, long[] Gammas, double[] Counts, long[] FullGammas, double[] FullCounts);

    public static Patterns Count(CandidateSet candidates, long[] gammas, BlockingRule[] rules, int parallelism)
    {
        var masks = rules.Select(r => r.FieldMask).ToArray();
        // A window rule (sorted neighbourhood) has no session: its group (four letters of a name, a
        // name's sound) is shared by far more pairs than it makes, and with a session each the
        // sessions took in most pairs with the names masked; precision at 100k fell from 0.991 to
        // 0.980. Its pairs still count in the sessions of the equality rules whose keys they share,
        // and in the prior.
        var sessions = 0u;
        for (var r = 0; r < rules.Length; r++) if (!rules[r].IsWindow) sessions |= 1u << r;
        // A pair shares a rule's key when the rule made it, or when both records sit in one block the
        // rule skipped as too large.
        var skipped = Enumerable.Range(0, rules.Length).Where(r => !rules[r].IsWindow && candidates.SkippedKeys.ElementAtOrDefault(r) is not null)
            .Select(r => (Rule: r, Keys: candidates.SkippedKeys[r]!)).ToArray();
        var masked = new Dictionary<long, long>();
        var full = new Dictionary<long, long>();
        var gate = new object();
        if (candidates.Count > 0) Parallel.ForEach(Partitioner.Create(0, candidates.Count, 1 << 16), new ParallelOptions { MaxDegreeOfParallelism = parallelism },
            () => (Masked: new Dictionary<long, long>(), Full: new Dictionary<long, long>()),
            (range, _, local) =>
            {
                for (var i = range.Item1; i < range.Item2; i++)
                {
                    var pair = candidates.Pairs[i];
                    var gamma = gammas[i];
                    var shared = candidates.Rules[i] & sessions;
                    foreach (var (rule, keys) in skipped)
                    {
                        var key = keys[PairPacking.First(pair)];
                        if (key != 0 && key == keys[PairPacking.Second(pair)]) shared |= 1u << rule;
                    }
                    for (; shared != 0; shared &= shared - 1)
                    {
                        var rule = System.Numerics.BitOperations.TrailingZeroCount(shared);
                        Increment(local.Masked, (long)rule << RuleShift | (gamma & ~masks[rule]), 1);
                    }
                    Increment(local.Full, gamma, 1);
                }
                return local;
            },
            local =>
            {
                lock (gate)
                {
                    foreach (var (k, v) in local.Masked) Increment(masked, k, v);
                    foreach (var (k, v) in local.Full) Increment(full, k, v);
                }
            });

        // Sorted, so the floating-point sums of each iteration do not depend on thread timing.
        var maskedKeys = masked.Keys.Order().ToArray();
        var fullKeys = full.Keys.Order().ToArray();
        return new Patterns(
            [.. maskedKeys.Select(k => (int)(k >> RuleShift))], [.. maskedKeys.Select(k => k & ((1L << RuleShift) - 1))], [.. maskedKeys.Select(k => (double)masked[k])],
            fullKeys, [.. fullKeys.Select(k => (double)full[k])]);
    }

    private static void Increment<TKey>(Dictionary<TKey, long> counts, TKey key, long by) where TKey : notnull =>
        System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(counts, key, out _) += by;

    /// <summary>m per field and level, and the iterations EM took.</summary>
    public static (double[][] M, double[] RuleShares, int Iterations) Estimate(Patterns patterns, double[][] u, int ruleCount)
    {
        var m = DefaultParameters.M.Select(levels => (double[])levels.Clone()).ToArray();
        var lambda = Enumerable.Repeat(0.1, ruleCount).ToArray();
        var logM = new double[Fields.Count * Fields.MaxLevels];
        var logU = new double[Fields.Count * Fields.MaxLevels];
        for (var f = 0; f < Fields.Count; f++)
            for (var l = 1; l < u[f].Length; l++) logU[f * Fields.MaxLevels + l] = Math.Log(u[f][l]);

        var iteration = 0;
        while (iteration < MaxIterations)
        {
            iteration++;
            for (var f = 0; f < Fields.Count; f++)
                for (var l = 1; l < m[f].Length; l++) logM[f * Fields.MaxLevels + l] = Math.Log(m[f][l]);
            var current = new LinkageModel(m, u, 1, 2, 0, null);

            // E step: the probability that each pattern is a match; M step: expected level counts.
            var expected = new double[Fields.Count * Fields.MaxLevels];
            var matches = new double[ruleCount];
            var totals = new double[ruleCount];
            for (var p = 0; p < patterns.Counts.Length; p++)
            {
                var rule = patterns.Rules[p];
                var gamma = patterns.Gammas[p];
                double lm = Math.Log(lambda[rule]), lu = Math.Log(1 - lambda[rule]);
                for (var f = 0; f < Fields.Count; f++)
                {
                    var l = Fields.Level(gamma, f);
                    if (l == Fields.Missing) continue;
                    lm += logM[f * Fields.MaxLevels + l];
                    lu += logU[f * Fields.MaxLevels + l];
                }
                lm += HomeCorrection(gamma, current);
                var weight = patterns.Counts[p] / (1 + Math.Exp(lu - lm));
                matches[rule] += weight;
                totals[rule] += patterns.Counts[p];
                for (var f = 0; f < Fields.Count; f++)
                {
                    var l = Fields.Level(gamma, f);
                    if (l != Fields.Missing) expected[f * Fields.MaxLevels + l] += weight;
                }
            }

            var change = 0.0;
            for (var f = 0; f < Fields.Count; f++)
            {
                var seen = 0.0;
                for (var l = 1; l < m[f].Length; l++) seen += expected[f * Fields.MaxLevels + l];
                for (var l = 1; l < m[f].Length; l++)
                {
                    var next = (expected[f * Fields.MaxLevels + l] + PriorPairs * DefaultParameters.M[f][l]) / (seen + PriorPairs);
                    next = Math.Clamp(next, MinimumM, 1);
                    change = Math.Max(change, Math.Abs(next - m[f][l]));
                    m[f][l] = next;
                }
            }
            for (var r = 0; r < ruleCount; r++)
            {
                if (totals[r] == 0) continue;
                var next = Math.Clamp(matches[r] / totals[r], 1e-6, 0.999);
                change = Math.Max(change, Math.Abs(next - lambda[r]));
                lambda[r] = next;
            }
            if (change < Tolerance) break;
        }
        return (m, lambda, iteration);
    }

    /// <summary>
    /// The corrections the scoring makes to the home's four fields (<see cref="LinkageModel.HomeCorrection"/>,
    /// with this iteration's m), in natural-log likelihood ratio, so EM reads a pair as the scoring will. Without them EM took a
    /// youth who moved (postcode, city, address and phone all different: four disagreements summed)
    /// for two strangers, and two same-named strangers in one town (postcode and city summed) for one
    /// youth: at 1M it learned that 7% of a person's copies are at another postcode (the truth: 15%) and
    /// that 3.9% disagree entirely on the date of birth (the truth: 0.5%).
    /// </summary>
    internal static double HomeCorrection(long gamma, LinkageModel current) => current.HomeCorrection(gamma) * Math.Log(2);

    /// <summary>
    /// λ, the prior that two records of the batch match, by EM over all pairs: pairs no rule made
    /// are taken as non-matches, each candidate pattern counts with its posterior, and λ is the
    /// expected number of matches over the number of pairs, repeated to a fixed point.
    /// </summary>
    public static double EstimatePrior(Patterns patterns, LinkageModel model, long records, double[] ruleShares, long[] pairsPerRule)
    {
        var allPairs = Math.Max(1.0, records * (records - 1) / 2.0);
        var weights = patterns.FullGammas.Select(g => model.Weight(g, NameFrequency.None)).ToArray();
        var expected = 0.0;
        for (var r = 0; r < ruleShares.Length; r++) expected += ruleShares[r] * pairsPerRule[r];
        var lambda = Math.Clamp(expected / allPairs, 1e-12, 0.5);
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            var priorWeight = Math.Log2(lambda / (1 - lambda));
            expected = 0;
            for (var p = 0; p < weights.Length; p++)
                expected += patterns.FullCounts[p] * LinkageModel.Probability(weights[p], priorWeight);
            var next = Math.Clamp(expected / allPairs, 1e-12, 0.5);
            var settled = Math.Abs(next - lambda) <= lambda * 1e-6;
            lambda = next;
            if (settled) break;
        }
        return lambda;
    }
}
