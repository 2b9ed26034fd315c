namespace Hartline.Features.Intake.Screening;

/// <summary>
/// Turns stored responses into a band. Pure and deterministic: the same instrument version and responses always
/// give the same result, so a band shown today can be recomputed and explained years later. Responses map item
/// codes to the chosen value; null (or a missing code) means the item was left unanswered.
/// </summary>
public static class ScreeningScorer
{
    /// <summary>Errors keyed by item code: codes the instrument does not have, and values not on the item's scale.</summary>
    public static Dictionary<string, string[]> ValidateResponses(ScreeningInstrument instrument, IReadOnlyDictionary<string, int?> responses)
    {
        var errors = new Dictionary<string, string[]>();
        foreach (var (code, value) in responses.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            var item = instrument.FindItem(code);
            if (item is null)
                errors[code] = [$"'{code}' is not an item of {instrument.Title} (version {instrument.Version})."];
            else if (value is { } v && instrument.ScaleOf(item).Option(v) is null)
                errors[code] = [$"{v} is not an answer to item {code}; choose one of "
                                + string.Join(", ", instrument.ScaleOf(item).Options.Select(o => $"{o.Value} ({o.Label})")) + "."];
        }
        return errors;
    }

    /// <summary>Scores valid responses; throws <see cref="ArgumentException"/> if <see cref="ValidateResponses"/> finds errors.</summary>
    public static ScreeningResult Score(ScreeningInstrument instrument, IReadOnlyDictionary<string, int?> responses)
    {
        var errors = ValidateResponses(instrument, responses);
        if (errors.Count > 0)
            throw new ArgumentException($"The responses do not fit {instrument.Key}: "
                                        + string.Join(" ", errors.SelectMany(e => e.Value)), nameof(responses));

        var answers = new Answers(instrument, responses);
        var bands = instrument.Scoring.Bands;
        foreach (var band in bands)
        {
            List<string> reasons;
            if (band.When.Count == 0)
            {
                var above = bands.TakeWhile(b => b != band).Select(b => $"'{b.Label}'").ToList();
                reasons = [above.Count == 0
                    ? $"The total score is {answers.Total}."
                    : $"No condition for {string.Join(" or ", above)} was met; the total score is {answers.Total}."];
            }
            else
            {
                reasons = [.. band.When.SelectMany(c => Explain(c, answers))];
                if (reasons.Count == 0) continue;
            }
            reasons.AddRange(Completeness(answers));
            return new ScreeningResult(answers.Total, answers.Answered, answers.Unanswered,
                band.Code, band.Label, band.Level, band.Positive, reasons);
        }
        // Unreachable for a loaded instrument: the library refuses one whose last band has conditions.
        throw new InvalidOperationException($"{instrument.Key} has no default band.");
    }

    /// <summary>Why the condition holds, one sentence per firing item or threshold; nothing when it does not hold.</summary>
    private static IEnumerable<string> Explain(BandCondition condition, Answers answers)
    {
        var instrument = answers.Instrument;
        var scope = condition.Scope(instrument);
        var where = ScopeWords(condition, instrument);

        if (condition.TotalAtLeast is { } needed)
        {
            var sum = scope.Sum(i => answers.ScoreOf(i) ?? 0);
            if (sum >= needed)
                yield return where is null
                    ? $"The total score is {sum}, at or above the threshold of {needed}."
                    : $"The score across {where} is {sum}, at or above the threshold of {needed}.";
            yield break;
        }

        var rated = condition.RatedAtLeast!.Value;
        var matches = scope.Where(i => answers.ScoreOf(i) >= rated).ToList();
        if (matches.Count < condition.Count) yield break;
        if (condition.Count == 1)
        {
            foreach (var item in matches)
            {
                var domain = instrument.DomainOf(item).Title;
                yield return $"Item {item.Code} '{Snippet(item.Text)}' was rated {answers.OptionOf(item)!.Label} ({domain}{(item.Critical ? ", a critical item" : "")}).";
            }
        }
        else
        {
            yield return $"{matches.Count} items{(where is null ? "" : $" in {where}")} were rated {Threshold(scope, rated, instrument)}"
                         + $" (the rule needs {condition.Count}): {string.Join(", ", matches.Select(i => i.Code))}.";
        }
    }

    /// <summary>Missing information lowers a score, so the result says when it rests on few answers.</summary>
    private static IEnumerable<string> Completeness(Answers answers)
    {
        var count = answers.Instrument.Items.Count;
        if (answers.Answered == 0)
            yield return "No item was answered, so this result reflects missing information, not an absence of concern.";
        else if (answers.Unanswered * 4 >= count)
            yield return $"{answers.Unanswered} of {count} items were left unanswered and add nothing to the score, so the result may understate concern.";
        if (answers.Unknown > 0)
            yield return $"{answers.Unknown} item(s) were answered 'not known' and add nothing to the score.";
    }

    private static string? ScopeWords(BandCondition condition, ScreeningInstrument instrument)
    {
        var parts = new List<string>();
        if (condition.Domains is { } domains) parts.AddRange(instrument.Domains.Where(d => domains.Contains(d.Code)).Select(d => d.Title));
        if (condition.Items is { } items) parts.AddRange(items.Select(i => $"item {i}"));
        var listed = parts.Count switch
        {
            0 => null,
            1 => parts[0],
            _ => string.Join(", ", parts[..^1]) + " and " + parts[^1],
        };
        if (!condition.Critical) return listed;
        return listed is null ? "critical items" : $"critical items of {listed}";
    }

    // "Possible concern or higher" when the scales in scope agree on the label, "1 (Possible concern, Yes) or higher"
    // when they do not; no "or higher" when nothing in scope can be rated above the threshold.
    private static string Threshold(IReadOnlyList<InstrumentItem> scope, int rated, ScreeningInstrument instrument)
    {
        var scales = instrument.Scales.Where(s => scope.Any(i => i.Scale == s.Code)).ToList();
        var labels = scales.Select(s => s.Option(rated)).Where(o => o is { Unknown: false }).Select(o => o!.Label).Distinct().ToList();
        var name = labels.Count == 1
            ? labels[0]
            : $"{rated.ToString(System.Globalization.CultureInfo.InvariantCulture)} ({string.Join(", ", labels)})";
        return scales.Max(s => s.MaxScore) <= rated ? name : $"{name} or higher";
    }

    private static string Snippet(string text, int max = 60)
    {
        if (text.Length <= max) return text;
        var cut = text.LastIndexOf(' ', max);
        return text[..(cut > max / 2 ? cut : max)].TrimEnd(',', ';', ':', '.') + "…";
    }

    /// <summary>The responses resolved against the instrument once, so every condition reads the same facts.</summary>
    private sealed class Answers
    {
        private readonly Dictionary<string, ScaleOption> options = [];

        public Answers(ScreeningInstrument instrument, IReadOnlyDictionary<string, int?> responses)
        {
            Instrument = instrument;
            foreach (var item in instrument.Items)
                if (responses.TryGetValue(item.Code, out var value) && value is { } v)
                    options[item.Code] = instrument.ScaleOf(item).Option(v)!;
            Answered = options.Count;
            Unanswered = instrument.Items.Count - Answered;
            Unknown = options.Values.Count(o => o.Unknown);
            Total = options.Values.Where(o => !o.Unknown).Sum(o => o.Value);
        }

        public ScreeningInstrument Instrument { get; }
        public int Answered { get; }
        public int Unanswered { get; }
        public int Unknown { get; }
        public int Total { get; }

        public ScaleOption? OptionOf(InstrumentItem item) => options.GetValueOrDefault(item.Code);

        /// <summary>What the item adds to a score: null when unanswered or answered 'not known'.</summary>
        public int? ScoreOf(InstrumentItem item) => OptionOf(item) is { Unknown: false } o ? o.Value : null;
    }
}
