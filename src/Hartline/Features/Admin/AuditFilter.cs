using System.Globalization;
using Hartline.Security.Audit;

namespace Hartline.Features.Admin;

/// <summary>A checked search of the trail. Days are the jurisdiction's; <see cref="Page"/> counts from 1.</summary>
public sealed record AuditQuery(string? User = null, Guid? AgencyId = null, AuditAction? Action = null, string? EntityType = null,
    string? Record = null, DateOnly? From = null, DateOnly? To = null, int Page = 1);

/// <summary>
/// The audit filters as typed in the page's form or the API's query string, all text so that nothing a
/// person can type fails before it is checked: <see cref="Check"/> names the field of each problem.
/// </summary>
public sealed class AuditFilter
{
    public const int MaxPage = 1_000_000; // a typed page number must not overflow the offset
    private const int MaxUser = 256, MaxRecord = 60, MaxEntity = 60; // as long as the trail's columns

    /// <summary>Part of the e-mail of who acted, or a user's id.</summary>
    public string? User { get; set; }
    /// <summary>The id of the agency of who acted.</summary>
    public string? Agency { get; set; }
    /// <summary>What was done: Create, Update, Read, Export, Merge, Unmerge, SignIn, SignInFailed, SignOut, Lockout or Denied.</summary>
    public string? Action { get; set; }
    /// <summary>The kind of record, as the trail names it (Case, Referral, Person…).</summary>
    public string? Entity { get; set; }
    /// <summary>The record's id.</summary>
    public string? Record { get; set; }
    /// <summary>The first day, yyyy-MM-dd, in the jurisdiction's time.</summary>
    public string? From { get; set; }
    /// <summary>The last day, yyyy-MM-dd, in the jurisdiction's time.</summary>
    public string? To { get; set; }
    public string? Page { get; set; }

    /// <summary>The query these filters ask for, or the problems by field (named as in the query string).</summary>
    public (AuditQuery Query, Dictionary<string, string[]> Errors) Check()
    {
        var errors = new Errors();
        var user = Clean(User);
        if (user is { Length: > MaxUser }) errors.Add("user", $"The user filter is at most {MaxUser} characters: type part of an e-mail.");
        Guid? agency = null;
        if (Clean(Agency) is { } a)
        {
            if (Guid.TryParse(a, out var id)) agency = id;
            else errors.Add("agency", "Choose the agency from the list.");
        }
        AuditAction? action = null;
        if (Clean(Action) is { } act)
        {
            // Names only: Enum.TryParse would also take "3" or "Read,Update".
            if (Enum.GetNames<AuditAction>().FirstOrDefault(n => n.Equals(act, StringComparison.OrdinalIgnoreCase)) is { } name) action = Enum.Parse<AuditAction>(name);
            else errors.Add("action", "Choose the action from the list (for example Viewed or Changed).");
        }
        var entity = Clean(Entity);
        if (entity is not null && (entity.Length > MaxEntity || !entity.All(char.IsAsciiLetter)))
            errors.Add("entity", "Choose the kind of record from the list.");
        var record = Clean(Record);
        if (record is { Length: > MaxRecord }) errors.Add("record", $"A record id is at most {MaxRecord} characters, such as 0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b.");
        var from = Day(From, "from", "first day", errors);
        var to = Day(To, "to", "last day", errors);
        if (from > to) errors.Add("to", "The last day is before the first day.");
        // Text that is not a page number means the first page; a number too big for any trail, the highest page (empty).
        var page = Clean(Page) is { } typed && typed.All(char.IsAsciiDigit)
            ? long.TryParse(typed, NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? (int)Math.Clamp(p, 1, MaxPage) : MaxPage
            : 1;
        return (new AuditQuery(user, agency, action, entity, record, from, to, page), errors.ToDictionary());
    }

    /// <summary>The filters as a query string for another page of the same search (or its export).</summary>
    public static string QueryString(AuditQuery q, int? page = null)
    {
        var parts = new List<string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value)) parts.Add($"{name}={Uri.EscapeDataString(value)}");
        }
        Add("user", q.User);
        Add("agency", q.AgencyId?.ToString());
        Add("action", q.Action?.ToString());
        Add("entity", q.EntityType);
        Add("record", q.Record);
        Add("from", q.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("to", q.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (page is > 1) Add("page", page.Value.ToString(CultureInfo.InvariantCulture));
        return parts.Count == 0 ? "" : "?" + string.Join("&", parts);
    }

    private static DateOnly? Day(string? typed, string field, string what, Errors errors)
    {
        if (Clean(typed) is not { } text) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return day;
        errors.Add(field, $"The {what} must be a date written as year-month-day, such as 2026-03-31.");
        return null;
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
