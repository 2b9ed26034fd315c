using System.Globalization;
using CsvHelper;
using Hartline.Jurisdictions;
using Hartline.Security.Audit;

namespace Hartline.Features.Admin;

/// <summary>
/// The filtered trail as CSV for the Administrator, newest first, in the page's words and the
/// jurisdiction's time. The export is itself an event of the trail. Every cell is guarded, so a value such
/// as "=HYPERLINK(…)" (a typed record id, a path) is never run by a spreadsheet.
/// </summary>
public sealed class AuditExport(AuditSearch search, AuditLog audit, Jurisdiction j)
{
    /// <summary>The name the trail gives the audit log itself, for the export's own event.</summary>
    public const string EntityType = "AuditLog";
    /// <summary>The newest events of a search, at most this many: narrow the filters for older ones.</summary>
    public const int Limit = 50_000;

    public async Task<string> CsvAsync(AuditQuery q, CancellationToken ct = default)
    {
        var rows = await search.NewestAsync(q, Limit, ct);
        // What was exported, not the typed text itself: a user filter is part of someone's e-mail.
        await audit.WriteAsync(AuditAction.Export, EntityType, null, new
        {
            format = "csv", events = rows.Count, user = AuditValues.Length(q.User), agency = q.AgencyId, action = q.Action?.ToString(),
            entity = q.EntityType, record = Guid.TryParse(q.Record, out var id) ? id.ToString() : AuditValues.Length(q.Record),
            from = q.From, to = q.To,
        }, "audit review", ct);
        return Write(rows);
    }

    private string Write(IEnumerable<AuditRow> rows)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, CsvWriterOptions.Default with { NewLine = "\n" }, leaveOpen: true))
        {
            Row(csv, "event_id", "when", "time_zone", "who", "agency", "action", "record_type", "record_id", "why", "details");
            foreach (var r in rows)
            {
                var local = new DateTimeOffset(j.ToLocal(r.At.UtcDateTime), j.Zone.GetUtcOffset(r.At.UtcDateTime));
                Row(csv, r.Id.ToString(), local.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                    $"{j.TimeZone} (UTC{local.ToString("zzz", CultureInfo.InvariantCulture)})", r.Actor, r.Agency ?? "", AuditNames.Action(r.Action),
                    AuditNames.Record(r.EntityType), r.EntityId ?? "", r.Purpose ?? "", string.Join("; ", AuditDetails.Lines(r.Details, j.ToLocal, r.EntityType)));
            }
            csv.Flush();
        }
        return text.ToString();
    }

    private static void Row(CsvWriter csv, params string[] fields)
    {
        foreach (var f in fields) csv.WriteField(SpreadsheetCell.Guard(f));
        csv.EndRecord();
    }
}
