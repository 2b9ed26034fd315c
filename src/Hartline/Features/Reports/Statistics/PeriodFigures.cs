using Hartline.Features.Reports.Disclosure;
using Hartline.Features.Reports.Documents;

namespace Hartline.Features.Reports.Statistics;

/// <summary>
/// The tables of one period as the reader gets them: each population put through disclosure control on its own
/// (when publishing) and its tables resolved. The same data gives the same cells, so a period's figures read the same
/// whether it is the period asked for, a comparison or a point of the trend.
/// </summary>
public sealed class PeriodFigures
{
    private readonly Dictionary<string, (Population Population, SuppressedTables? Published)> _populations = new(StringComparer.Ordinal);

    public PeriodFigures(ReportPeriod period, IEnumerable<Population> populations, DisclosureRules? rules)
    {
        Period = period;
        Rules = rules;
        foreach (var p in populations) Add(p);
    }

    /// <summary>Adds a population, put through disclosure control on its own when publishing.</summary>
    public void Add(Population p) => _populations[p.Name] = (p, Rules is null ? null : DisclosureControl.Apply(p.Set, Rules));

    public ReportPeriod Period { get; }
    public DisclosureRules? Rules { get; }

    /// <summary>
    /// Adds tables to a population after its first publication (a cross-tab): the cells already published keep their
    /// state, and only the new cells may be withheld to protect them, so no two publications of a figure differ.
    /// False, with nothing added, when the new tables cannot be protected that way: the tables already out imply too
    /// much about the new cells (a small cross-tab cell pinned by margins that are shown).
    /// </summary>
    public bool Extend(string population, Action<Population> add)
    {
        var (p, published) = _populations[population];
        var trial = p.Copy();
        add(trial);
        if (Rules is null)
        {
            _populations[population] = (trial, null);
            return true;
        }
        try
        {
            _populations[population] = (trial, DisclosureControl.Apply(trial.Set, Rules, published!.States));
            return true;
        }
        catch (CannotProtectException)
        {
            return false;
        }
    }

    public IEnumerable<ReportTable> Tables => _populations.Values.SelectMany(x => x.Population.Tables.Select(t => t.Resolve(x.Population.Set, x.Published, Rules)));

    public ReportTable? Table(string key) => Tables.FirstOrDefault(t => t.Key == key);

    public IEnumerable<ReportNote> Notes => _populations.Values.SelectMany(x => x.Population.Notes);

    /// <summary>A population's total as the reader gets it.</summary>
    public ReportCell Total(string population)
    {
        var (p, published) = _populations[population];
        return new CountFigure(p.Total).Resolve(p.Set, published, Rules);
    }

    /// <summary>One cell of a population as the reader gets it (for the trend).</summary>
    public ReportCell Cell(string population, string cell)
    {
        var (p, published) = _populations[population];
        return new CountFigure(cell).Resolve(p.Set, published, Rules);
    }

    /// <summary>The table set and what was published, for a test that attacks them.</summary>
    public (TableSet Set, SuppressedTables? Published) Attackable(string population) => (_populations[population].Population.Set, _populations[population].Published);
}
