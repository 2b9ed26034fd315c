namespace Hartline.Features.Reports.Statistics.Clients;

/// <summary>A case as the statistics read it from its reporting row: day numbers and code numbers only.</summary>
internal readonly record struct CaseFact(int Youth, int OpenedDay, int ClosedDay, int Region, int Residence, int Gender, int? AgeAtOpening,
    int RaceEthnicity, int Recruiter, int ExploitationTypes);

/// <summary>
/// The cases of a span of time read once (a period, or the eight quarters of a trend), from which each period's
/// clients are picked in memory: the trend costs one read, not eight. Held in youth order, so a period's clients are
/// one walk over them.
/// </summary>
public sealed class ClientCases
{
    private readonly CaseFact[] cases;
    private readonly string[] codes;
    private readonly string severalRaces;
    // One list per code, shared by every youth with that single value: a million clients need no million lists.
    private readonly IReadOnlyList<string>[] single;
    // The types of exploitation of each set number (a set's code lists them): few sets, each listed once.
    private readonly IReadOnlyList<string>[] typeSets;
    // The record of a youth whose one case in a period is the case at that position, new in the period or continuing:
    // it depends on nothing else, so the periods of a trend share it (made once, not once per quarter). Two periods
    // counted at once may both make one; either is the same record.
    private readonly ClientRecord?[] asNew, asContinuing;

    internal ClientCases(IReadOnlyList<CaseFact> read, string[] codes, string severalRaces)
    {
        this.codes = codes;
        this.severalRaces = severalRaces;
        single = codes.Select(code => (IReadOnlyList<string>)[code]).ToArray();
        typeSets = codes.Select(code => ClientFacts.NotRecordedWhenEmpty(Reporting.ReportingCodes.TypesOf(code))).ToArray();
        cases = InYouthOrder(read);
        asNew = new ClientRecord?[cases.Length];
        asContinuing = new ClientRecord?[cases.Length];
    }

    /// <summary>One record per youth with a case active on any day of the period.</summary>
    public IReadOnlyList<ClientRecord> In(ReportPeriod period)
    {
        var (from, to) = (period.From.DayNumber, period.To.DayNumber);
        var clients = new List<ClientRecord>();
        for (var start = 0; start < cases.Length;)
        {
            var end = start;
            while (end < cases.Length && cases[end].Youth == cases[start].Youth) end++;
            var active = 0;
            var first = -1;
            for (var k = start; k < end; k++)
                if (cases[k].OpenedDay <= to && cases[k].ClosedDay >= from)
                {
                    active++;
                    if (first < 0) first = k;
                }
            if (active == 1) clients.Add(RecordOf(first, from));
            else if (active > 1) clients.Add(Record(cases.AsSpan(start, end - start).ToArray().Where(c => c.OpenedDay <= to && c.ClosedDay >= from).ToList(), from));
            start = end;
        }
        return clients;
    }

    /// <summary>The numbers of the youths with a case active on any day of the period (the clients of <see cref="In"/>).</summary>
    public HashSet<int> YouthsIn(ReportPeriod period)
    {
        var (from, to) = (period.From.DayNumber, period.To.DayNumber);
        var youths = new HashSet<int>();
        foreach (var c in cases)
            if (c.OpenedDay <= to && c.ClosedDay >= from) youths.Add(c.Youth);
        return youths;
    }

    private ClientRecord RecordOf(int position, int periodStart)
    {
        var c = cases[position];
        var held = c.OpenedDay < periodStart ? asContinuing : asNew;
        return held[position] ??= Record(c, periodStart);
    }

    // The youth's attributes are the same on each of their rows; the earliest case gives the age at intake.
    private ClientRecord Record(CaseFact c, int periodStart) => new(
        Single(c.Region), Single(c.Residence), Code(c.Gender), Race(c.RaceEthnicity), Age(c), c.OpenedDay < periodStart,
        Types(c.ExploitationTypes), Single(c.Recruiter));

    private ClientRecord Record(List<CaseFact> theirs, int periodStart)
    {
        var first = theirs.MinBy(c => c.OpenedDay);
        return new ClientRecord(
            theirs.Select(c => Code(c.Region)).Distinct().ToList(),
            theirs.Select(c => Code(c.Residence)).Distinct().ToList(),
            Code(first.Gender), Race(first.RaceEthnicity), Age(first), theirs.Any(c => c.OpenedDay < periodStart),
            ClientFacts.NotRecordedWhenEmpty(theirs.SelectMany(c => Types(c.ExploitationTypes))),
            ClientFacts.NotRecordedWhenEmpty(theirs.Select(c => Code(c.Recruiter))));
    }

    private string Race(int number) => number == Reporting.ReportingRows.SeveralRaces ? severalRaces : Code(number);

    // A number no code has (a row damaged by hand) counts as not recorded rather than failing the report.
    private string Code(int number) => (uint)number < (uint)codes.Length ? codes[number] : CategoryRows.NotRecordedCode;

    private IReadOnlyList<string> Types(int number) => (uint)number < (uint)typeSets.Length ? typeSets[number] : typeSets[0];

    private IReadOnlyList<string> Single(int number) => (uint)number < (uint)single.Length ? single[number] : single[0];

    private static int? Age(CaseFact c) => c.AgeAtOpening;

    /// <summary>A counting sort on the youth number (small, dense integers), earliest case first within a youth.</summary>
    private static CaseFact[] InYouthOrder(IReadOnlyList<CaseFact> read)
    {
        if (read.Count == 0) return [];
        var max = 0;
        foreach (var c in read) max = Math.Max(max, c.Youth);
        var starts = new int[max + 2];
        foreach (var c in read) starts[c.Youth + 1]++;
        for (var i = 1; i < starts.Length; i++) starts[i] += starts[i - 1];
        var sorted = new CaseFact[read.Count];
        foreach (var c in read) sorted[starts[c.Youth]++] = c;
        // Within a youth (nearly always one case) put the earliest opened first.
        for (var start = 0; start < sorted.Length;)
        {
            var end = start + 1;
            while (end < sorted.Length && sorted[end].Youth == sorted[start].Youth) end++;
            if (end - start > 1) Array.Sort(sorted, start, end - start, Comparer<CaseFact>.Create((a, b) => a.OpenedDay.CompareTo(b.OpenedDay)));
            start = end;
        }
        return sorted;
    }
}
