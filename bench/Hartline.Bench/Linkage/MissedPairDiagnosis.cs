using System.Globalization;
using Hartline.Linkage;
using Hartline.Linkage.Blocking;
using Hartline.Linkage.Model;

namespace Hartline.Bench.Linkage;

/// <summary>
/// --diagnose: why true pairs were missed and wrong pairs were found. Every missed true pair is
/// sorted into "never a candidate" (no blocking key shared, or only in a block too big to scan),
/// "candidate below the cut-off" and "above the cut-off but split by the clustering guard"; the
/// commonest comparison-level patterns of each group are printed with their weight, and so are those
/// of wrong pairs inside mixed clusters. The only part of the bench below the engine's public API
/// (it recomputes blocking keys and comparison vectors), so it is a diagnostic, never a measure.
/// </summary>
internal static class MissedPairDiagnosis
{
    private const int TopPatterns = 25;

    /// <summary>HARTLINE_DIAGNOSE_EXAMPLES=1 also prints one record pair per pattern.</summary>
    private static readonly bool Examples = Environment.GetEnvironmentVariable("HARTLINE_DIAGNOSE_EXAMPLES") == "1";

    public static void Run(LinkageDataset data, int[] clusters, LinkageModel model, double threshold, TextWriter log)
    {
        var n = data.Records.Count;
        var weights = new PairWeights(data, model, threshold);
        var people = weights.People;
        var cutoff = weights.Cutoff;
        var rules = BlockingRules.Batch;
        var blocks = rules.Select(r => r.IsWindow ? [] : SortedKeys(people, r)).ToArray();
        var ranks = rules.Select(r => r.IsWindow ? Ranks(people, r) : []).ToArray();

        double WeightOf(int a, int b) => weights.Of(a, b);

        // Classify each missed true pair.
        var byPerson = Enumerable.Range(0, n).GroupBy(i => data.PersonOfRecord[i]).Select(g => g.ToArray()).Where(g => g.Length > 1).ToArray();
        var groups = new Dictionary<string, Dictionary<string, (int Count, double Weight, int A, int B)>>();
        var counts = new Dictionary<string, int>();
        var gaps = new int[6];
        var singlesBelow = 0;
        var clusterSize = new int[clusters.Length == 0 ? 0 : clusters.Max() + 1];
        foreach (var c in clusters) clusterSize[c]++;
        foreach (var records in byPerson)
            for (var x = 0; x < records.Length; x++)
                for (var y = x + 1; y < records.Length; y++)
                {
                    int a = records[x], b = records[y];
                    if (clusters[a] == clusters[b]) continue;
                    var weight = WeightOf(a, b);
                    var above = weight >= cutoff;
                    string group;
                    var shared = SharedKey(a, b, people, rules, blocks, ranks);
                    if (shared == 0) group = above ? "never a candidate, would pass" : "never a candidate, below cut-off";
                    else if (shared == 1) group = above ? "only in oversized blocks, would pass" : "only in oversized blocks, below cut-off";
                    else if (!above)
                    {
                        group = "candidate below cut-off";
                        var gap = cutoff - weight;
                        gaps[gap < 1 ? 0 : gap < 2 ? 1 : gap < 5 ? 2 : gap < 10 ? 3 : gap < 20 ? 4 : 5]++;
                        if (clusterSize[clusters[a]] == 1 && clusterSize[clusters[b]] == 1) singlesBelow++;
                    }
                    else group = "candidate above cut-off (split by the guard)";
                    counts[group] = counts.GetValueOrDefault(group) + 1;
                    Tally(groups, group, Pattern(PairComparer.Compare(people[a], people[b])), weight, a, b);
                }

        var missed = counts.Values.Sum();
        // How the persons that were split were cut: fragment sizes per number of copies, and the pairs lost.
        var splits = new Dictionary<string, (int Persons, int Pairs)>();
        foreach (var records in byPerson)
        {
            var fragments = records.GroupBy(r => clusters[r]).Select(g => g.Count()).OrderByDescending(c => c).ToArray();
            if (fragments.Length == 1) continue;
            var lost = records.Length * (records.Length - 1) / 2 - fragments.Sum(c => c * (c - 1) / 2);
            var key = string.Join("+", fragments);
            if (Examples && key == "3+1" && splits.GetValueOrDefault(key).Persons < 12)
            {
                var lone = records.GroupBy(r => clusters[r]).Single(g => g.Count() == 1).Single();
                log.WriteLine($"split example: lone {Show(data.Records[lone])}");
                foreach (var r in records.Where(r => r != lone))
                    log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {WeightOf(lone, r),6:0.0}  {Show(data.Records[r])}"));
            }
            var (persons, pairs) = splits.GetValueOrDefault(key);
            splits[key] = (persons + 1, pairs + lost);
        }
        foreach (var (key, (persons, pairs)) in splits.OrderByDescending(kv => kv.Value.Pairs).Take(12))
            log.WriteLine($"diagnose: split {key,-9} {persons,8:N0} persons {pairs,8:N0} true pairs lost");
        // m as the truth has it (every pair of one person's records) beside the EM estimate.
        var levelCounts = new long[Fields.Count, Fields.MaxLevels];
        long truePairs = 0;
        foreach (var records in byPerson)
            for (var x = 0; x < records.Length; x++)
                for (var y = x + 1; y < records.Length; y++)
                {
                    var gamma = PairComparer.Compare(people[records[x]], people[records[y]]);
                    for (var f = 0; f < Fields.Count; f++) levelCounts[f, Fields.Level(gamma, f)]++;
                    truePairs++;
                }
        var fieldIndex = 0;
        foreach (var field in model.Parameters)
        {
            var f = fieldIndex++;
            var present = truePairs - levelCounts[f, 0];
            log.WriteLine("diagnose: " + field.Field + ": " + string.Join(", ", field.Levels.Select((l, i) =>
                string.Create(CultureInfo.InvariantCulture, $"{l.Level} {l.Weight:+0.0;-0.0} (m {l.M:0.0000}, true m {levelCounts[f, i + 1] / (double)Math.Max(1, present):0.0000}, u {l.U:0.000000})"))));
        }
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"diagnose: cut-off {cutoff:0.00} bits (prior {model.PriorWeight(n):0.00}); {missed:N0} true pairs missed"));
        foreach (var (group, count) in counts.OrderByDescending(kv => kv.Value))
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {count,9:N0} {100.0 * count / Math.Max(1, missed),5:0.0}%  {group}"));
        log.WriteLine($"  below cut-off by <1, 1-2, 2-5, 5-10, 10-20, >20 bits: {string.Join(", ", gaps)}; between two single records: {singlesBelow:N0}");

        Calibration(people, rules, data.PersonOfRecord, WeightOf, cutoff, log);

        // Wrong pairs: records of different persons in one found cluster.
        var byCluster = Enumerable.Range(0, n).GroupBy(i => clusters[i]).Select(g => g.ToArray()).Where(g => g.Length > 1);
        var wrong = 0;
        foreach (var records in byCluster)
            for (var x = 0; x < records.Length; x++)
                for (var y = x + 1; y < records.Length; y++)
                {
                    int a = records[x], b = records[y];
                    if (data.PersonOfRecord[a] == data.PersonOfRecord[b]) continue;
                    wrong++;
                    var weight = WeightOf(a, b);
                    Tally(groups, weight >= cutoff ? "wrong pair, direct link possible" : "wrong pair, joined through others", Pattern(PairComparer.Compare(people[a], people[b])), weight, a, b);
                }
        log.WriteLine($"diagnose: {wrong:N0} wrong pairs in found clusters: " + string.Join(", ", groups.Where(g => g.Key.StartsWith("wrong", StringComparison.Ordinal))
            .Select(g => $"{g.Value.Values.Sum(v => v.Count):N0} {g.Key}")));

        foreach (var (group, patterns) in groups.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            log.WriteLine($"diagnose: top patterns, {group}");
            foreach (var (pattern, (count, weight, a, b)) in patterns.OrderByDescending(p => p.Value.Count).Take(TopPatterns))
            {
                log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {count,8:N0}  mean {weight / count,6:0.0} bits  {pattern}"));
                if (Examples) log.WriteLine($"            e.g. {Show(data.Records[a])}  ~  {Show(data.Records[b])}");
            }
        }
    }

    /// <summary>
    /// How many candidate pairs are true and false in each 1-bit band of match weight around the
    /// cut-off, and the commonest patterns just below it with their true share: where the model's
    /// weights disagree with the truth, and what moving the cut-off would trade.
    /// </summary>
    private static void Calibration(PreparedPerson[] people, BlockingRule[] rules, IReadOnlyList<int> person,
        Func<int, int, double> weightOf, double cutoff, TextWriter log)
    {
        var candidates = CandidateGenerator.Generate(people, rules, Environment.ProcessorCount);
        const int Low = -10, High = 8;
        var trueIn = new long[High - Low];
        var falseIn = new long[High - Low];
        var patterns = new Dictionary<string, (int True, int False, double Weight)>();
        for (var k = 0; k < candidates.Count; k++)
        {
            int a = PairPacking.First(candidates.Pairs[k]), b = PairPacking.Second(candidates.Pairs[k]);
            var weight = weightOf(a, b);
            var band = (int)Math.Floor(weight - cutoff);
            if (band < Low || band >= High) continue;
            var isTrue = person[a] == person[b];
            if (isTrue) trueIn[band - Low]++; else falseIn[band - Low]++;
            if (band is >= -3 and < 0)
            {
                var pattern = Pattern(PairComparer.Compare(people[a], people[b]));
                var (t, f, w) = patterns.GetValueOrDefault(pattern);
                patterns[pattern] = (t + (isTrue ? 1 : 0), f + (isTrue ? 0 : 1), w + weight);
            }
        }
        log.WriteLine("diagnose: candidate pairs by weight minus cut-off (bits): true / false");
        for (var band = Low; band < High; band++)
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  [{band,3},{band + 1,3})  {trueIn[band - Low],9:N0} / {falseIn[band - Low],9:N0}"));
        log.WriteLine("diagnose: commonest patterns 0-3 bits below the cut-off: true / false, mean weight");
        foreach (var (pattern, (t, f, w)) in patterns.OrderByDescending(p => p.Value.True + p.Value.False).Take(TopPatterns))
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {t,7:N0} / {f,7:N0}  {w / (t + f),6:0.0}  {pattern}"));
    }

    private static void Tally(Dictionary<string, Dictionary<string, (int Count, double Weight, int A, int B)>> groups, string group, string pattern, double weight, int a, int b)
    {
        if (!groups.TryGetValue(group, out var patterns)) groups.Add(group, patterns = []);
        var (count, sum, exampleA, exampleB) = patterns.GetValueOrDefault(pattern);
        // Keep one example per pattern (the first seen) to show what the levels hide.
        patterns[pattern] = count == 0 ? (1, weight, a, b) : (count + 1, sum + weight, exampleA, exampleB);
    }

    private static string Show(PersonRecord r) =>
        $"{r.GivenName}|{r.MiddleName}|{r.FamilyName}|{r.DateOfBirth:yyyy-MM-dd}|{r.Sex}|{r.Address}|{r.City}|{r.Postcode}|{r.Phone}" +
        $"|{r.Email}|{string.Join(";", r.Identifiers?.Select(i => $"{i.Kind}:{i.Value}") ?? [])}";

    /// <summary>
    /// The levels that matter most, compactly: given, family, order, dob, postcode, address, phone; and the
    /// e-mail and identifier when both records hold one (they weigh 20+ bits when they agree).
    /// </summary>
    private static string Pattern(long gamma)
    {
        string L(int field) => Fields.Levels[field][Fields.Level(gamma, field)];
        var held = (Fields.Level(gamma, Fields.Email) == Fields.Missing ? "" : $" email={L(Fields.Email)}")
            + (Fields.Level(gamma, Fields.Identifier) == Fields.Missing ? "" : $" id={L(Fields.Identifier)}");
        return $"given={L(Fields.Given)} family={L(Fields.Family)} order={L(Fields.NameOrder)} dob={L(Fields.BirthDate)} " +
            $"sex={L(Fields.Sex)} postcode={L(Fields.Postcode)} address={L(Fields.Address)} phone={L(Fields.Phone)}{held}";
    }

    /// <summary>2 when some rule puts both in one scanned block, 1 when only in skipped (oversized) blocks, 0 when none.</summary>
    private static int SharedKey(int x, int y, PreparedPerson[] people, BlockingRule[] rules, ulong[][] blocks, int[][] ranks)
    {
        var result = 0;
        for (var r = 0; r < rules.Length; r++)
        {
            if (rules[r].IsWindow)
            {
                // A window rule proposes the pair when both are in one group, fewer than Window places apart.
                if (ranks[r][x] >= 0 && ranks[r][y] >= 0 && Math.Abs(ranks[r][x] - ranks[r][y]) < rules[r].Window
                    && rules[r].GroupKey(people[x]) == rules[r].GroupKey(people[y])) return 2;
                continue;
            }
            var key = rules[r].Key(people[x]);
            if (key == 0 || key != rules[r].Key(people[y])) continue;
            if (BlockSize(blocks[r], key) <= CandidateGenerator.MaxBlockSize) return 2;
            result = 1;
        }
        return result;
    }

    private static int[] Ranks(PreparedPerson[] people, BlockingRule rule)
    {
        var (_, indexes, n) = CandidateGenerator.SortedByKey(people, rule.Key);
        var rank = new int[people.Length];
        Array.Fill(rank, -1);
        for (var i = 0; i < n; i++) rank[indexes[i]] = i;
        return rank;
    }

    private static ulong[] SortedKeys(PreparedPerson[] people, BlockingRule rule)
    {
        var keys = people.Select(p => rule.Key(p)).Where(k => k != 0).ToArray();
        Array.Sort(keys);
        return keys;
    }

    private static int BlockSize(ulong[] sorted, ulong key)
    {
        var at = Array.BinarySearch(sorted, key);
        if (at < 0) return 0;
        int lo = at, hi = at;
        while (lo > 0 && sorted[lo - 1] == key) lo--;
        while (hi + 1 < sorted.Length && sorted[hi + 1] == key) hi++;
        return hi - lo + 1;
    }
}
