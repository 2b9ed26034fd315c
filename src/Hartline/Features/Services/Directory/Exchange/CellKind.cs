using System.Globalization;
using System.Text.RegularExpressions;

namespace Hartline.Features.Services.Directory.Exchange;

/// <summary>
/// What a cell of an HSDS table holds, and how it is read from text and written back. Every kind writes one
/// spelling only (invariant culture, lower-case ids, dates yyyy-MM-dd, instants in UTC with milliseconds), so
/// the same directory always exports to the same bytes, on SQLite and PostgreSQL alike.
/// </summary>
internal abstract partial class CellKind
{
    /// <summary>The Frictionless field type the datapackage declares ("string", "number", "date", "time", "datetime").</summary>
    public abstract string HsdsType { get; }

    /// <summary>Written as a JSON number in HSDS JSON (ages, extensions, coordinates), not as a string.</summary>
    public virtual bool IsNumber => false;

    /// <summary>Reads a trimmed, non-empty cell; <paramref name="problem"/> says what is wrong, for "file, line, column: …".</summary>
    public abstract bool TryParse(string text, out object? value, out string problem);

    /// <summary>The one spelling of a stored value.</summary>
    public abstract string Format(object value);

    public static readonly CellKind Uuid = new UuidCell();
    public static readonly CellKind Date = new DateCell();
    public static readonly CellKind Time = new TimeCell();
    public static readonly CellKind Instant = new InstantCell();

    /// <summary>Text on one line, or free text that may run over several (descriptions).</summary>
    public static CellKind Text(bool lines = false) => lines ? LinesOfText : LineOfText;
    private static readonly CellKind LineOfText = new TextCell(false), LinesOfText = new TextCell(true);

    public static CellKind Whole(int min, int max) => new WholeCell(min, max);
    public static CellKind Decimal(int scale, decimal min, decimal max) => new DecimalCell(scale, min, max);
    public static CellKind Real(double min, double max) => new RealCell(min, max);
    public static CellKind Choice(params string[] values) => new ChoiceCell(values);

    /// <summary>A value as a message quotes it: at most 40 characters, on one line.</summary>
    protected static string Quote(string text)
    {
        var line = text.ReplaceLineEndings(" ");
        return $"'{(line.Length > 40 ? line[..40] + "…" : line)}'";
    }

    private sealed class UuidCell : CellKind
    {
        public override string HsdsType => "string";

        // Only the hyphenated form: "{…}" or 32 bare digits are Guid spellings, not the UUIDs HSDS writes.
        public override bool TryParse(string text, out object? value, out string problem)
        {
            var ok = System.Guid.TryParseExact(text, "D", out var id);
            value = ok ? id : null;
            problem = ok ? "" : $"{Quote(text)} is not an id: HSDS ids are UUIDs like 0b7e6f43-5c1d-4a1e-9a51-2f0d8c3b6e21";
            return ok;
        }

        public override string Format(object value) => ((Guid)value).ToString("D");
    }

    private sealed class TextCell(bool lines) : CellKind
    {
        public override string HsdsType => "string";

        /// <remarks>
        /// The rule for typed text (<see cref="TextInput"/>): no hidden direction marks, no control characters, line
        /// breaks only in free text. A tab is refused even there, because the CSV reader refuses it and a value taken
        /// from JSON must come back from the CSV it is exported to. Half of a surrogate pair would be written as U+FFFD.
        /// </remarks>
        public override bool TryParse(string text, out object? value, out string problem)
        {
            value = text;
            problem = "";
            var rule = TextInput.Problem(text, lines ? TextInput.Kind.MultiLine : TextInput.Kind.Line);
            if (rule is null && text.Contains('\t')) rule = "must not contain tab characters (use spaces)";
            for (var i = 0; rule is null && i < text.Length; i++)
            {
                if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
                else if (char.IsSurrogate(text[i])) rule = "holds a broken character (half of an emoji or symbol)";
            }
            if (rule is null) return true;
            problem = $"the text {rule}";
            return false;
        }

        public override string Format(object value) => (string)value;
    }

    /// <summary>A number HSDS types "number", written with a point for decimals, in the range the column allows.</summary>
    private abstract class NumberCell(string expected) : CellKind
    {
        protected const NumberStyles Point = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;
        public override string HsdsType => "number";
        public override bool IsNumber => true;

        public override bool TryParse(string text, out object? value, out string problem)
        {
            value = Read(text);
            problem = value is null ? $"must be {expected}: {Quote(text)} is not" : "";
            return value is not null;
        }

        /// <summary>The value, or null when the text is no such number or lies outside the range.</summary>
        protected abstract object? Read(string text);
    }

    /// <summary>A number Hartline keeps whole (ages, counts, extensions); "12.0" is 12, as spreadsheets write whole numbers.</summary>
    private sealed class WholeCell(int min, int max) : NumberCell($"a whole number from {min} to {max:D}")
    {
        protected override object? Read(string text) =>
            decimal.TryParse(text, Point, CultureInfo.InvariantCulture, out var d) && d == decimal.Truncate(d) && d >= min && d <= max ? (int)d : null;

        public override string Format(object value) => ((int)value).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>More decimals than the column keeps would be rounded by PostgreSQL: the value would not come back as sent.</summary>
    private sealed class DecimalCell(int scale, decimal min, decimal max) : NumberCell($"a number from {min} to {max} with at most {scale} decimals")
    {
        protected override object? Read(string text) =>
            decimal.TryParse(text, Point, CultureInfo.InvariantCulture, out var d) && d >= min && d <= max && decimal.Round(d, scale) == d ? d : null;

        // Trailing zeros dropped: PostgreSQL gives back -5.00 and SQLite -5 for the same value.
        public override string Format(object value) => ((decimal)value).ToString("0.############", CultureInfo.InvariantCulture);
    }

    private sealed class RealCell(double min, double max) : NumberCell($"a number from {min} to {max} (with a point for decimals)")
    {
        protected override object? Read(string text) =>
            double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d) && d >= min && d <= max ? d : null;

        // "R": the shortest text that reads back as the same double.
        public override string Format(object value) => ((double)value).ToString("R", CultureInfo.InvariantCulture);
    }

    private sealed class DateCell : CellKind
    {
        public override string HsdsType => "date";

        public override bool TryParse(string text, out object? value, out string problem)
        {
            var ok = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date);
            value = ok ? date : null;
            problem = ok ? "" : $"{Quote(text)} is not a date written year-month-day, like 2024-03-15";
            return ok;
        }

        public override string Format(object value) => ((DateOnly)value).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    /// <summary>A time of day, kept as written: HSDS times carry their own offset ("09:00:00-05:00").</summary>
    private sealed partial class TimeCell : CellKind
    {
        public override string HsdsType => "time";

        public override bool TryParse(string text, out object? value, out string problem)
        {
            var ok = TimePattern().IsMatch(text);
            value = ok ? text : null;
            problem = ok ? "" : $"{Quote(text)} is not a time like 09:00, 17:30:00 or 09:00:00-05:00";
            return ok;
        }

        public override string Format(object value) => (string)value;

        [GeneratedRegex(@"^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,6})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)?$")]
        private static partial Regex TimePattern();
    }

    /// <summary>An instant (HSDS datetime): read with its offset (UTC when it has none), kept and written in UTC.</summary>
    private sealed class InstantCell : CellKind
    {
        public override string HsdsType => "datetime";

        public override bool TryParse(string text, out object? value, out string problem)
        {
            // A date and a time, at least: "2024" alone would read as an instant too.
            DateTimeOffset at = default;
            var ok = text.Length >= 16 && text[4] == '-' && text[10] is 'T' or ' '
                && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out at);
            value = ok ? at.UtcDateTime : null;
            problem = ok ? "" : $"{Quote(text)} is not a date and time like 2024-03-15T10:30:00.000Z";
            return ok;
        }

        public override string Format(object value) =>
            DateTime.SpecifyKind((DateTime)value, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// One of the spec's values (status, location type, week day…), matched ignoring case, spaces and underscores
    /// ("Temporarily_Closed" is "temporarily closed") and kept in the spec's spelling.
    /// </summary>
    internal sealed class ChoiceCell(string[] values) : CellKind
    {
        public IReadOnlyList<string> Values => values;
        public override string HsdsType => "string";

        public override bool TryParse(string text, out object? value, out string problem)
        {
            value = values.FirstOrDefault(v => Key(v) == Key(text));
            problem = value is null ? $"{Quote(text)} is not one of: {string.Join(", ", values)}" : "";
            return value is not null;
        }

        public override string Format(object value) => (string)value;

        public static string Key(string text) => text.Replace(" ", "").Replace("_", "").ToLowerInvariant();
    }
}
