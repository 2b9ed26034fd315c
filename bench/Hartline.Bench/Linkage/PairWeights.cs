using Hartline.Linkage;
using Hartline.Linkage.Model;

namespace Hartline.Bench.Linkage;

/// <summary>
/// The generated records as the engine compares them, and any pair's weight under a run's model against its
/// cut-off: what the diagnosis and the linkable coverage both judge pairs by.
/// </summary>
internal sealed class PairWeights
{
    private readonly LinkageModel _model;
    private readonly TermFrequencies _frequencies;

    public PreparedPerson[] People { get; }
    public double Cutoff { get; }

    public PairWeights(LinkageDataset data, LinkageModel model, double threshold)
    {
        var n = data.Records.Count;
        var people = new PreparedPerson[n];
        Parallel.For(0, n, i => people[i] = new PreparedPerson(data.Records[i]));
        People = people;
        _model = model;
        _frequencies = model.Frequencies ?? new TermFrequencies();
        Cutoff = Math.Log2(threshold / (1 - threshold)) - model.PriorWeight(n);
    }

    public double Of(int a, int b) =>
        _model.Weight(PairComparer.Compare(People[a], People[b]), _frequencies.Of(People[a]), _frequencies.Of(People[b]));
}
