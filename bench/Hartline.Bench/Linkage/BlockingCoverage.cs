using Hartline.Linkage.Blocking;
using Hartline.Linkage.Model;

namespace Hartline.Bench.Linkage;

/// <summary>
/// Blocking coverage (pair completeness): the share of true pairs that the batch blocking rules
/// propose, per rule and in total. A rule proposes a pair when both records have its key and their
/// block is small enough to be scanned (<see cref="CandidateGenerator.MaxBlockSize"/>). A true pair
/// no rule proposes is never scored, whatever the model: this is the ceiling of recall.
/// </summary>
/// <remarks>Recomputes the engine's keys from its internals, like <see cref="MissedPairDiagnosis"/>: a measure of the rules, untimed.</remarks>
internal static class BlockingCoverage
{
    /// <summary>
    /// <see cref="Pairs"/> are the true pairs (record indexes) and <see cref="WasProposed"/> says of each
    /// whether a rule proposed it, for <see cref="LinkableCoverage"/> to weigh them once a model exists.
    /// </summary>
    public sealed record Result(long TruePairs, long Proposed, IReadOnlyDictionary<string, double> PerRule, IReadOnlyDictionary<string, long> PairsPerRule,
        (int A, int B)[] Pairs, bool[] WasProposed, IReadOnlyDictionary<string, long> OnlyByRule)
    {
        public double Total => TruePairs == 0 ? 1 : (double)Proposed / TruePairs;
    }

    public static Result Measure(LinkageDataset data, TextWriter? log = null)
    {
        var n = data.Records.Count;
        var people = new PreparedPerson[n];
        Parallel.For(0, n, i => people[i] = new PreparedPerson(data.Records[i]));
        var pairs = TruePairs(data.PersonOfRecord);
        var proposed = new bool[pairs.Length];
        // Which rules proposed each pair: a pair only one rule proposes is what dropping that rule loses.
        var proposers = new byte[pairs.Length];
        var soleProposer = new int[pairs.Length];
        var rules = BlockingRules.Batch;
        void Propose(int p, int rule)
        {
            proposed[p] = true;
            if (proposers[p] < byte.MaxValue) proposers[p]++;
            soleProposer[p] = rule;
        }
        var perRule = new Dictionary<string, double>();
        var pairsPerRule = new Dictionary<string, long>();
        for (var r = 0; r < rules.Length; r++)
        {
            var rule = rules[r];
            var ruleIndex = r;
            if (rule.IsWindow)
            {
                var (byWindow, windowPairs) = MeasureWindow(people, rule, pairs, p => Propose(p, ruleIndex));
                perRule[rule.Name] = Math.Round((double)byWindow / Math.Max(1, pairs.Length), 4);
                pairsPerRule[rule.Name] = windowPairs;
                continue;
            }
            var keys = new ulong[n];
            Parallel.For(0, n, i => keys[i] = rule.Key(people[i]));
            var sorted = keys.Where(k => k != 0).ToArray();
            Array.Sort(sorted);
            long byRule = 0;
            for (var p = 0; p < pairs.Length; p++)
            {
                var (a, b) = pairs[p];
                if (keys[a] == 0 || keys[a] != keys[b] || BlockSize(sorted, keys[a]) > CandidateGenerator.MaxBlockSize) continue;
                byRule++;
                Propose(p, r);
            }
            perRule[rule.Name] = Math.Round((double)byRule / Math.Max(1, pairs.Length), 4);
            pairsPerRule[rule.Name] = CandidatePairs(sorted);
        }
        // HARTLINE_COVERAGE_EXAMPLES=N prints N true pairs no rule proposed, to see what the rules lack.
        if (int.TryParse(Environment.GetEnvironmentVariable("HARTLINE_COVERAGE_EXAMPLES"), out var examples) && log is not null)
            foreach (var p in Enumerable.Range(0, pairs.Length).Where(p => !proposed[p]).Take(examples))
                log.WriteLine($"coverage: missed {Show(data.Records[pairs[p].A])}  ~  {Show(data.Records[pairs[p].B])}");
        var onlyByRule = rules.ToDictionary(r => r.Name, _ => 0L);
        for (var p = 0; p < pairs.Length; p++)
            if (proposers[p] == 1) onlyByRule[rules[soleProposer[p]].Name]++;
        return new Result(pairs.Length, proposed.LongCount(x => x), perRule, pairsPerRule, pairs, proposed, onlyByRule);
    }

    /// <summary>A window rule proposes a pair when both records are in one group at most Window − 1 places apart.</summary>
    private static (long Proposed, long Pairs) MeasureWindow(PreparedPerson[] people, BlockingRule rule, (int A, int B)[] pairs, Action<int> propose)
    {
        var (keys, indexes, n) = CandidateGenerator.SortedByKey(people, rule.Key);
        var rank = new int[people.Length];
        Array.Fill(rank, -1);
        for (var i = 0; i < n; i++) rank[indexes[i]] = i;
        long made = 0;
        for (var a = 0; a < n; a++)
            for (var b = a + 1; b < n && b < a + rule.Window && rule.SameGroup(keys[a], keys[b]); b++) made++;
        long byRule = 0;
        for (var p = 0; p < pairs.Length; p++)
        {
            int ra = rank[pairs[p].A], rb = rank[pairs[p].B];
            if (ra < 0 || rb < 0 || Math.Abs(ra - rb) >= rule.Window || !rule.SameGroup(keys[ra], keys[rb])) continue;
            byRule++;
            propose(p);
        }
        return (byRule, made);
    }

    private static string Show(Hartline.Linkage.PersonRecord r) =>
        $"{r.GivenName}|{r.FamilyName}|{r.DateOfBirth:yyyy-MM-dd}|{r.Sex}|{r.Address}|{r.Postcode}|{r.Phone}|{r.Email}|{string.Join(";", r.Identifiers?.Select(i => i.Value) ?? [])}";

    private static (int A, int B)[] TruePairs(IReadOnlyList<int> personOfRecord)
    {
        var pairs = new List<(int, int)>();
        foreach (var records in Enumerable.Range(0, personOfRecord.Count).GroupBy(i => personOfRecord[i]))
        {
            var r = records.ToArray();
            for (var x = 0; x < r.Length; x++)
                for (var y = x + 1; y < r.Length; y++) pairs.Add((r[x], r[y]));
        }
        return [.. pairs];
    }

    /// <summary>The pairs a rule makes on its own: n(n−1)/2 per block that is small enough to scan.</summary>
    private static long CandidatePairs(ulong[] sorted)
    {
        long pairs = 0;
        for (int start = 0, end; start < sorted.Length; start = end)
        {
            end = start + 1;
            while (end < sorted.Length && sorted[end] == sorted[start]) end++;
            long size = end - start;
            if (size <= CandidateGenerator.MaxBlockSize) pairs += size * (size - 1) / 2;
        }
        return pairs;
    }

    private static int BlockSize(ulong[] sorted, ulong key)
    {
        var lo = LowerBound(sorted, key);
        var hi = LowerBound(sorted, key + 1 == 0 ? key : key + 1);
        return key == ulong.MaxValue ? sorted.Length - lo : hi - lo;
    }

    private static int LowerBound(ulong[] sorted, ulong key)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] < key) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
