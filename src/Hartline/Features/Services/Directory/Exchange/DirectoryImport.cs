using Hartline.Data;
using Hartline.Security;
using Hartline.Security.Audit;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Features.Services.Directory.Exchange;

/// <summary>
/// Imports a directory (HSDS 3.0 data package or HSDS JSON) by id: a row of the package is added, or updates the
/// row with its id; a row not in the package is left alone, nothing is deleted. Everything is checked first and every
/// problem listed; with any, nothing is written. Otherwise all is written in one transaction, and each added or changed
/// row is audited by the save itself (the entities are <see cref="IAudited"/>). A coordinator or an administrator may
/// import (the directory is shared by the whole network); anyone else is answered as if there were nothing here.
/// </summary>
public sealed class DirectoryImport(HartlineDb db, AuditLog audit)
{
    /// <summary>The largest upload the page and the API take: a directory of thousands of services is a few megabytes.</summary>
    public const long MaxUploadBytes = 20L << 20;

    public static readonly string TooLargeMessage = $"The file is larger than {MaxUploadBytes >> 20} MB. A directory of thousands of services is " +
        "a few megabytes: check that this is the right file.";

    /// <summary>
    /// Whether an upload is past the limit, judged by the request's length before its body is read (a body past the
    /// server's own limit is cut off, and the file would then seem missing) and by the file's.
    /// </summary>
    public static bool TooLarge(long? requestLength, long? fileLength) =>
        requestLength > MaxUploadBytes + (64 << 10) || fileLength > MaxUploadBytes;

    public static bool MayImport(Actor actor) => actor.IsSystem || actor.IsInRole(Roles.Coordinator) || actor.IsInRole(Roles.Administrator);

    /// <summary>Whether <paramref name="actor"/> may import; a refusal is audited (and answered as a missing page).</summary>
    public async Task<bool> AllowedAsync(Actor actor, CancellationToken ct = default)
    {
        if (MayImport(actor)) return true;
        await audit.DeniedAsync("Directory", null, "import the directory", ct);
        return false;
    }

    /// <summary>The result, or null when <paramref name="actor"/> may not import (the refusal is audited).</summary>
    /// <param name="dryRun">Check only: the result says what would be added and changed, and nothing is written.</param>
    public async Task<DirectoryImportResult?> ImportAsync(DirectoryPackage package, Actor actor, bool dryRun, CancellationToken ct = default)
    {
        if (!await AllowedAsync(actor, ct)) return null;
        var report = new ImportReport();
        var rows = package.Read(report);
        if (report.HasErrors) return Result(report, dryRun, [], saved: false);

        // Read, checked and written in one transaction: what the checks saw is what is updated.
        await using var transaction = dryRun ? null : await db.Database.BeginTransactionAsync(ct);
        var existing = await DirectorySnapshot.ReadAsync(db, tracking: !dryRun, ct);
        var checkedRows = new DirectoryChecks(db, existing, report).Check(rows);
        if (report.HasErrors) return Result(report, dryRun, [], saved: false);

        var counts = Apply(checkedRows, existing, write: !dryRun);
        if (dryRun || counts.All(c => c.Added + c.Updated == 0)) return Result(report, dryRun, counts, saved: false);
        try
        {
            await db.SaveChangesAsync(ct);
            await transaction!.CommitAsync(ct);
        }
        catch (DbUpdateException e)
        {
            // The checks should leave the database nothing to refuse; if it still does, say so instead of failing.
            report.Error(package.Name, null, null, $"the database refused the import, so nothing was saved: {(e.InnerException ?? e).Message}");
            db.ChangeTracker.Clear();
            return Result(report, dryRun, [], saved: false);
        }
        return Result(report, dryRun, counts, saved: true);
    }

    // Adds each new row and updates each changed one (only the columns the file gave); counts what it finds.
    private List<DirectoryTableCount> Apply(Dictionary<HsdsTable, Dictionary<Guid, CheckedRow>> package, DirectorySnapshot existing, bool write)
    {
        var counts = new List<DirectoryTableCount>();
        foreach (var table in HsdsTables.All)
        {
            var rows = package[table].Values.Where(r => !r.LeftOut).ToList();
            if (rows.Count == 0) continue;
            int added = 0, updated = 0;
            foreach (var row in rows)
            {
                var entity = existing.Find(table, row.Id);
                if (entity is not null && row.Matches(entity)) continue;
                if (entity is null) added++;
                else updated++;
                if (!write) continue;
                var target = entity ?? table.Create();
                foreach (var (column, value) in row.Values) column.Write(target, value);
                if (entity is null) db.Add(target);
            }
            counts.Add(new DirectoryTableCount(table.Name, table.Path, table.Words, added, updated, rows.Count - added - updated));
        }
        return counts;
    }

    private static DirectoryImportResult Result(ImportReport report, bool dryRun, List<DirectoryTableCount> counts, bool saved) =>
        new(dryRun, saved, counts, report.Notes, report.Errors, report.ErrorsNotListed);
}
