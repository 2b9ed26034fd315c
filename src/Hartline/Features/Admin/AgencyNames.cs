using System.Collections.Concurrent;
using Hartline.Data;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Features.Admin;

/// <summary>
/// Agency names by id, kept for the life of the process. An agency is only ever added (see
/// <see cref="UserAdministration"/>), never renamed or removed, so a name once read stays right; an id
/// not yet seen (an agency added on another node) is read from the database. Every case view names its
/// owner and the agencies it is shared with, and its care team's: from memory, that is two queries less.
/// If agencies ever become renamable, the rename must clear this (or this must expire like <see cref="Account.SessionStamps"/>).
/// </summary>
public sealed class AgencyNames
{
    private readonly ConcurrentDictionary<Guid, string> _names = new();

    public async Task<Dictionary<Guid, string>> OfAsync(HartlineDb db, IEnumerable<Guid> ids, CancellationToken ct = default)
    {
        var found = new Dictionary<Guid, string>();
        List<Guid>? unknown = null;
        foreach (var id in ids)
        {
            if (_names.TryGetValue(id, out var name)) found[id] = name;
            else (unknown ??= []).Add(id);
        }
        if (unknown is null) return found;
        var rows = await db.Agencies.AsNoTracking().Where(a => unknown.Contains(a.Id)).Select(a => new { a.Id, a.Name }).ToListAsync(ct);
        foreach (var r in rows) found[r.Id] = _names[r.Id] = r.Name;
        return found;
    }
}
