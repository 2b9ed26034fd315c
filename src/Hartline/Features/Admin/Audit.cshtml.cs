using System.Globalization;
using Hartline.Jurisdictions;
using Hartline.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hartline.Features.Admin;

[Authorize(Policy = Policies.Administer)]
public sealed class AuditModel(AuditSearch search, Jurisdiction j) : PageModel
{
    public AuditFilter Filter { get; private set; } = new();
    public AuditQuery Query { get; private set; } = new();
    /// <summary>Null when the filters need correcting first.</summary>
    public AuditResults? Results { get; private set; }
    public IReadOnlyList<(Guid Id, string Name)> Agencies { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        // Read by hand, all as text: nothing typed fails before AuditFilter.Check names the field.
        string? Typed(string name) => Request.Query.TryGetValue(name, out var v) ? v.ToString() : null;
        Filter = new AuditFilter
        {
            User = Typed("user"), Agency = Typed("agency"), Action = Typed("action"), Entity = Typed("entity"),
            Record = Typed("record"), From = Typed("from"), To = Typed("to"), Page = Typed("page"),
        };
        var (query, errors) = Filter.Check();
        Query = query;
        foreach (var (field, messages) in errors)
            foreach (var message in messages) ModelState.AddModelError(field, message);
        Agencies = await search.AgencyChoicesAsync(ct);
        if (errors.Count == 0) Results = await search.SearchAsync(query, ct);
    }

    /// <summary>
    /// "Connecticut time (EST/EDT, America/New_York)": the events are stored in UTC and read on the
    /// jurisdiction's clock, standard or daylight time as it was then. The zone's names come from the
    /// machine ("Eastern Standard Time" with full time-zone data, "EST" without).
    /// </summary>
    public string ZoneName
    {
        get
        {
            var (standard, daylight) = (j.Zone.StandardName, j.Zone.DaylightName);
            var names = standard.EndsWith(" Standard Time", StringComparison.Ordinal) ? standard.Replace(" Standard Time", " Time", StringComparison.Ordinal)
                : j.Zone.SupportsDaylightSavingTime && daylight != standard ? $"{standard}/{daylight}" : standard;
            return $"{j.Name} time ({names}, {j.TimeZone})";
        }
    }

    public string Local(DateTimeOffset at) => j.ToLocal(at.UtcDateTime).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    public Func<DateTime, DateTime> ToLocal => j.ToLocal;

    public string PageLink(int page) => "/Admin/Audit" + AuditFilter.QueryString(Query, page);

    public string ExportLink => "/api/v1/audit.csv" + AuditFilter.QueryString(Query);

    /// <summary>Every event of one record, or by one user: the same page, filtered.</summary>
    public static string TrailOf(string entityType, string entityId) =>
        "/Admin/Audit" + AuditFilter.QueryString(new AuditQuery(EntityType: entityType, Record: entityId));

    public static string TrailBy(Guid userId) => "/Admin/Audit" + AuditFilter.QueryString(new AuditQuery(User: userId.ToString()));

    /// <summary>
    /// An id short enough for one line: the end of a record's id (the start of a time-ordered id is its time,
    /// alike for records made together), the start of anything else. The whole id is in the details.
    /// </summary>
    public static string ShortId(string id) => Guid.TryParse(id, out _) ? "…" + id[^8..] : id.Length <= 24 ? id : id[..24] + "…";

    public string? ErrorOf(string field) =>
        ModelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;
}
