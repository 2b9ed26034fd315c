using System.Text.RegularExpressions;

namespace Hartline.Features.Intake.Screening;

/// <summary>
/// The rules a loaded instrument must keep, each problem reported with the JSON path it concerns. The JSON
/// reader has already refused missing fields, nulls and unknown properties; these are the rules between fields.
/// </summary>
internal static partial class InstrumentChecks
{
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugCode();

    // Item codes are what stored responses are keyed by, so they stay short and plain: "EX1", "home.1".
    [GeneratedRegex("^[A-Za-z0-9]+([._-][A-Za-z0-9]+)*$")]
    private static partial Regex ItemCode();

    public static List<string> Problems(ScreeningInstrument instrument, string fileName)
    {
        var problems = new List<string>();
        void Add(string path, string message) => problems.Add($"{path}: {message}");

        if (!SlugCode().IsMatch(instrument.Code)) Add("$.code", $"'{instrument.Code}' must be lower-case letters and digits joined by dashes.");
        if (instrument.Version < 1) Add("$.version", $"{instrument.Version} must be 1 or more.");
        else if (fileName != instrument.Key + ".json")
            Add("$", $"the file must be named '{instrument.Key}.json' after its code and version, not '{fileName}'.");
        Text(instrument.Title, "$.title", Add);
        Text(instrument.Purpose, "$.purpose", Add);
        Text(instrument.Audience, "$.audience", Add);
        Text(instrument.Guidance, "$.guidance", Add);

        var scales = CheckScales(instrument.Scales, Add);
        CheckDomains(instrument.Domains, scales, Add);
        if (problems.Count == 0) CheckScoring(instrument, Add);
        return problems;
    }

    private static Dictionary<string, RatingScale> CheckScales(IReadOnlyList<RatingScale> scales, Action<string, string> add)
    {
        var known = new Dictionary<string, RatingScale>();
        if (scales.Count == 0) add("$.scales", "list at least one rating scale.");
        for (var s = 0; s < scales.Count; s++)
        {
            var path = $"$.scales[{s}]";
            if (scales[s] is not { } scale) { add(path, "is null."); continue; }
            if (!SlugCode().IsMatch(scale.Code)) add($"{path}.code", $"'{scale.Code}' must be lower-case letters and digits joined by dashes.");
            else if (!known.TryAdd(scale.Code, scale)) add($"{path}.code", $"the scale '{scale.Code}' is defined twice.");

            if (scale.Options.Count < 2) add($"{path}.options", "a scale needs at least two options.");
            var values = new HashSet<int>();
            for (var o = 0; o < scale.Options.Count; o++)
            {
                var optionPath = $"{path}.options[{o}]";
                if (scale.Options[o] is not { } option) { add(optionPath, "is null."); continue; }
                Text(option.Label, $"{optionPath}.label", add);
                if (!values.Add(option.Value)) add($"{optionPath}.value", $"the value {option.Value} appears twice on scale '{scale.Code}'; stored answers would be ambiguous.");
                if (!option.Unknown && option.Value < 0) add($"{optionPath}.value", $"{option.Value}: scored values must be 0 or more (mark a 'not known' answer with \"unknown\": true).");
            }
            if (scale.Options.Count(o => o is { Unknown: true }) > 1) add($"{path}.options", "at most one option may be the unknown answer.");
            if (scale.Options.All(o => o is null || o.Unknown)) add($"{path}.options", "at least one option must be a scored answer.");
        }
        return known;
    }

    private static void CheckDomains(IReadOnlyList<InstrumentDomain> domains, Dictionary<string, RatingScale> scales, Action<string, string> add)
    {
        if (domains.Count == 0) add("$.domains", "list at least one domain.");
        var domainCodes = new HashSet<string>();
        var itemPaths = new Dictionary<string, string>();
        for (var d = 0; d < domains.Count; d++)
        {
            var path = $"$.domains[{d}]";
            if (domains[d] is not { } domain) { add(path, "is null."); continue; }
            if (!SlugCode().IsMatch(domain.Code)) add($"{path}.code", $"'{domain.Code}' must be lower-case letters and digits joined by dashes.");
            else if (!domainCodes.Add(domain.Code)) add($"{path}.code", $"the domain '{domain.Code}' is defined twice.");
            Text(domain.Title, $"{path}.title", add);
            Text(domain.Guidance, $"{path}.guidance", add);
            if (domain.Items.Count == 0) add($"{path}.items", "list at least one item.");

            for (var i = 0; i < domain.Items.Count; i++)
            {
                var itemPath = $"{path}.items[{i}]";
                if (domain.Items[i] is not { } item) { add(itemPath, "is null."); continue; }
                if (!ItemCode().IsMatch(item.Code)) add($"{itemPath}.code", $"'{item.Code}' must be letters and digits, optionally joined by '.', '-' or '_'.");
                else if (!itemPaths.TryAdd(item.Code, itemPath))
                    add($"{itemPath}.code", $"the item code '{item.Code}' is already used at {itemPaths[item.Code]}; item codes must be unique across the instrument.");
                Text(item.Text, $"{itemPath}.text", add);
                Text(item.Guidance, $"{itemPath}.guidance", add);
                if (!scales.ContainsKey(item.Scale))
                    add($"{itemPath}.scale", $"the scale '{item.Scale}' is not defined in $.scales (defined: {string.Join(", ", scales.Keys)}).");
            }
        }
    }

    // Runs only on an instrument whose scales, domains and items are sound, so scopes and maxima can be trusted.
    private static void CheckScoring(ScreeningInstrument instrument, Action<string, string> add)
    {
        var bands = instrument.Scoring.Bands;
        if (bands.Count == 0) { add("$.scoring.bands", "list at least one band; the last is the default."); return; }
        var bandCodes = new HashSet<string>();
        for (var b = 0; b < bands.Count; b++)
        {
            var path = $"$.scoring.bands[{b}]";
            if (bands[b] is not { } band) { add(path, "is null."); continue; }
            if (!SlugCode().IsMatch(band.Code)) add($"{path}.code", $"'{band.Code}' must be lower-case letters and digits joined by dashes.");
            else if (!bandCodes.Add(band.Code)) add($"{path}.code", $"the band '{band.Code}' is defined twice.");
            Text(band.Label, $"{path}.label", add);
            if (band.Level is < 0 or > 2) add($"{path}.level", $"{band.Level} must be 0 (no concern), 1 (possible concern) or 2 (clear concern).");

            var last = b == bands.Count - 1;
            if (last && band.When.Count > 0)
                add($"{path}.when", "the last band is the default and must have no conditions; add a band after it or remove its 'when'.");
            if (!last && band.When.Count == 0)
                add($"{path}.when", "only the last band may have no conditions; every band after this one could never be reached.");
            for (var c = 0; c < band.When.Count; c++)
                CheckCondition(instrument, band.When[c], $"{path}.when[{c}]", add);
        }
    }

    private static void CheckCondition(ScreeningInstrument instrument, BandCondition? condition, string path, Action<string, string> add)
    {
        if (condition is null) { add(path, "is null."); return; }
        var sound = true;
        void Fail(string p, string message) { sound = false; add(p, message); }

        if ((condition.TotalAtLeast is null) == (condition.RatedAtLeast is null))
            Fail(path, "give exactly one of 'totalAtLeast' and 'ratedAtLeast'.");
        if (condition.ItemsAtLeast is not null && condition.RatedAtLeast is null)
            Fail($"{path}.itemsAtLeast", "only goes with 'ratedAtLeast'.");
        if (condition.TotalAtLeast is < 1) Fail($"{path}.totalAtLeast", $"{condition.TotalAtLeast} must be 1 or more.");
        if (condition.RatedAtLeast is < 1) Fail($"{path}.ratedAtLeast", $"{condition.RatedAtLeast} must be 1 or more; every answered item is rated at least 0.");
        if (condition.ItemsAtLeast is < 1) Fail($"{path}.itemsAtLeast", $"{condition.ItemsAtLeast} must be 1 or more.");

        CheckReferences(condition.Domains, $"{path}.domains", "domain", instrument.Domains.Select(d => d.Code).ToHashSet(), Fail);
        CheckReferences(condition.Items, $"{path}.items", "item", instrument.Items.Select(i => i.Code).ToHashSet(), Fail);
        if (!sound) return;

        // A condition that can never hold makes its band unreachable by that route: almost certainly a mistake.
        var scope = condition.Scope(instrument);
        if (scope.Count == 0) { add(path, "no item is in scope (are the listed items critical?)."); return; }
        if (condition.TotalAtLeast is { } total && scope.Sum(i => instrument.ScaleOf(i).MaxScore) is var max && total > max)
            add($"{path}.totalAtLeast", $"{total} can never be reached: the items in scope add up to at most {max}.");
        if (condition.RatedAtLeast is { } rated)
        {
            var reachable = scope.Count(i => instrument.ScaleOf(i).MaxScore >= rated);
            if (reachable == 0) add($"{path}.ratedAtLeast", $"no item in scope can be rated {rated} or more.");
            else if (condition.Count > reachable)
                add($"{path}.itemsAtLeast", $"{condition.Count} can never be reached: only {reachable} item(s) in scope can be rated {rated} or more.");
        }
    }

    private static void CheckReferences(IReadOnlyList<string>? codes, string path, string what, HashSet<string> known, Action<string, string> fail)
    {
        if (codes is null) return;
        if (codes.Count == 0) fail(path, $"list at least one {what}, or leave '{path[(path.LastIndexOf('.') + 1)..]}' out.");
        var seen = new HashSet<string>();
        for (var i = 0; i < codes.Count; i++)
        {
            if (codes[i] is not { } code) fail($"{path}[{i}]", "is null.");
            else if (!known.Contains(code)) fail($"{path}[{i}]", $"there is no {what} '{code}' in this instrument.");
            else if (!seen.Add(code)) fail($"{path}[{i}]", $"the {what} '{code}' is listed twice.");
        }
    }

    private static void Text(string value, string path, Action<string, string> add)
    {
        if (string.IsNullOrWhiteSpace(value)) add(path, "must not be empty.");
    }
}
