namespace Hartline.Linkage.Model;

/// <summary>
/// Estimates u (how often records of different people reach each level) from random pairs: among
/// random pairs of a large registry almost none are one person, so their level counts are the u's.
/// </summary>
internal static class UEstimation
{
    public const int MaxSamples = 1_000_000;

    // Pseudo-pairs drawn from the hand-set u: negligible against a million sampled pairs, but they keep
    // a small batch (and levels never seen, like a shared phone) from getting u = 0 and infinite weight.
    private const double PriorPairs = 1000;

    // Strangers' phones agree too rarely for a million random pairs to show it (none did at 1M), and the
    // floor above then made an agreeing phone worth 28 bits, enough to link two youths who share
    // nothing else. But strangers one digit apart are seen, and a seven-digit number has 63 numbers one
    // digit from it: where numbers are spread evenly, agreeing is a 63rd as likely as one digit apart.
    // (At 1M that is about 1e-7, 22 bits: a seven-digit number among a million records.)
    private const int ExactPhone = 1, PhoneOneDigitOff = 2, PhoneNeighbours = 7 * 9;

    public static double[][] Estimate(CompactPeople people, int seed, int parallelism)
    {
        long n = people.Count;
        var possible = n * (n - 1) / 2;
        var samples = (int)Math.Min(MaxSamples, possible);
        var counts = new long[Fields.Count * Fields.MaxLevels];
        if (samples > 0)
        {
            // Drawn up front from one seeded generator, so the sample does not depend on thread timing.
            var random = new Random(seed);
            var firsts = new int[samples];
            var seconds = new int[samples];
            for (var s = 0; s < samples; s++)
            {
                int a = random.Next(people.Count), b;
                do b = random.Next(people.Count); while (b == a);
                firsts[s] = a;
                seconds[s] = b;
            }
            var gate = new object();
            Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(0, samples, 1 << 14),
                new ParallelOptions { MaxDegreeOfParallelism = parallelism },
                () => new long[counts.Length],
                (range, _, local) =>
                {
                    for (var s = range.Item1; s < range.Item2; s++)
                    {
                        var gamma = people.Compare(firsts[s], seconds[s]);
                        for (var f = 0; f < Fields.Count; f++) local[f * Fields.MaxLevels + Fields.Level(gamma, f)]++;
                    }
                    return local;
                },
                local => { lock (gate) for (var i = 0; i < counts.Length; i++) counts[i] += local[i]; });
        }

        var u = new double[Fields.Count][];
        for (var f = 0; f < Fields.Count; f++)
        {
            var levelCount = DefaultParameters.U[f].Length;
            u[f] = new double[levelCount];
            long seen = 0;
            for (var l = 1; l < levelCount; l++) seen += counts[f * Fields.MaxLevels + l];
            for (var l = 1; l < levelCount; l++)
                u[f][l] = (counts[f * Fields.MaxLevels + l] + PriorPairs * DefaultParameters.U[f][l]) / (seen + PriorPairs);
        }
        u[Fields.Phone][ExactPhone] = Math.Max(u[Fields.Phone][ExactPhone], u[Fields.Phone][PhoneOneDigitOff] / PhoneNeighbours);
        return u;
    }
}
