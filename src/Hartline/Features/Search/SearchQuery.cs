using System.Globalization;
using System.Text.RegularExpressions;

namespace Hartline.Features.Search;

/// <summary>
/// What a worker typed into the search box, read into its parts: a record's id (or a link to it), a date
/// of birth, a Careline report number, and up to two names. "Rivera, Jasmin 5/12/2009" reads as the
/// names Jasmin and Rivera with a date of birth. <see cref="Problem"/> says in words why a query cannot
/// be searched (too short, too long), and then nothing else is set.
/// </summary>
public sealed partial record SearchQuery(string Text, Guid? RecordId, DateOnly? DateOfBirth, string? Number,
    string? FirstName, string? SecondName, string? Problem)
{
    /// <summary>A referral's or case's own number ("R-2026-00042", typed in any of its forms), in its written form.</summary>
    public (Data.NumberedRecord Kind, string Number)? RecordNumber { get; private init; }

    /// <summary>Longer than any name, date and number together: a pasted page is refused, not searched.</summary>
    public const int MaxLength = 200;

    // American order first: the jurisdiction's workers write 5/12/2009 for 12 May; 23/11/2008 can only be day first.
    private static readonly string[] DateFormats =
        ["yyyy-MM-dd", "M/d/yyyy", "M-d-yyyy", "M/d/yy", "d/M/yyyy", "d.M.yyyy", "yyyy/M/d", "MMMM d yyyy", "MMM d yyyy", "d MMMM yyyy", "d MMM yyyy"];

    public bool HasNames => FirstName is not null;

    /// <summary>Every word of the names typed, given names first when a comma said the family name came first.</summary>
    public IReadOnlyList<string> Names { get; private init; } = [];

    public static SearchQuery Read(string? typed)
    {
        var text = Spaces().Replace(new string((typed ?? "").Select(c => char.IsControl(c) ? ' ' : c).ToArray()), " ").Trim();
        if (text.Length == 0) return Refused(text, "Type a name, a date of birth, or a case, referral or Careline report number.");
        if (text.Length > MaxLength) return Refused(text[..MaxLength], $"A search can be at most {MaxLength} characters: type a name, a date of birth or a number.");

        if (IdIn(text) is { } id) return new SearchQuery(text, id, null, null, null, null, null);
        // Kept as a possible Careline number too: a hotline's numbering may look like ours.
        if (Data.RecordNumbers.Read(text) is { } numbered) return new SearchQuery(text, null, null, text, null, null, null) { RecordNumber = numbered };

        var words = text.Replace(',', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var date = TakeDate(words);
        var number = words.FirstOrDefault(w => w.Any(char.IsDigit));
        if (number is not null) words.Remove(number);
        // Names are letters; what else was typed (quotes, semicolons, script text) is not part of one.
        var names = words.Select(w => new string(w.Where(c => char.IsLetter(c) || c is '-' or '\'' or '’').ToArray()).Trim('-', '\'', '’'))
            .Where(w => w.Length > 0).ToList();
        // "Rivera, Jasmin" or "Garcia Lopez, Maria Isabel": the family name came first, the given names follow the
        // comma. The index tries both orders anyway; this keeps "what matched" in the order the worker meant.
        if (text.Contains(',') && names.Count >= 2)
        {
            var before = Math.Min(text[..text.IndexOf(',')].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length, names.Count);
            names = [.. names.Skip(before), .. names.Take(before)];
        }
        var first = names.FirstOrDefault();
        var second = names.Count >= 2 ? names[^1] : null;

        var letters = names.Sum(n => Linkage.Text.NameFolding.Fold(n).Length);
        if (date is null && number is null && letters < 2)
            return Refused(text, "Type at least two letters of a name, or a date of birth, or a case, referral or Careline report number.");
        return new SearchQuery(text, null, date, number, first, second, null) { Names = names };
    }

    private static SearchQuery Refused(string text, string problem) => new(text, null, null, null, null, null, problem);

    // A pasted link to a case or referral page works as well as its id.
    private static Guid? IdIn(string text) =>
        GuidPattern().Match(text) is { Success: true } m && Guid.TryParse(m.Value, out var id) ? id : null;

    // A date may be typed as one word ("2009-05-12") or three ("May 12 2009", "12 May 2009").
    private static DateOnly? TakeDate(List<string> words)
    {
        for (var length = 3; length >= 1; length--)
            for (var i = 0; i + length <= words.Count; i++)
            {
                var candidate = string.Join(' ', words.Skip(i).Take(length));
                if (!DateOnly.TryParseExact(candidate, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) continue;
                if (date.Year < 1900) continue;
                words.RemoveRange(i, length);
                return date;
            }
        return null;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex GuidPattern();
}
