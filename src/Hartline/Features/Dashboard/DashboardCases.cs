using Hartline.Features.Cases;
using Hartline.Jurisdictions;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Features.Dashboard;

public sealed record DashboardCase(Guid Id, string YouthName, string Region, CaseStatus Status, DateOnly OpenedOn);

/// <summary>A short list of cases for a dashboard panel, newest first, with the count of all of them.</summary>
internal static class DashboardCases
{
    /// <param name="scoped">Cases already filtered through the scope function by the caller.</param>
    public static async Task<(IReadOnlyList<DashboardCase> Cases, int Total)> ListAsync(IQueryable<Case> scoped, Jurisdiction j, int limit, CancellationToken ct)
    {
        var total = await scoped.CountAsync(ct);
        var rows = await scoped.OrderByDescending(c => c.OpenedOn).ThenBy(c => c.Id).Take(limit)
            .Select(c => new { c.Id, c.Person!.GivenName, c.Person.MiddleName, c.Person.FamilyName, c.RegionCode, c.Status, c.OpenedOn })
            .ToListAsync(ct);
        return (rows.Select(r => new DashboardCase(r.Id, People.Person.FormatName(r.GivenName, r.MiddleName, r.FamilyName),
            Jurisdiction.NameOf(j.Regions, r.RegionCode) ?? r.RegionCode, r.Status, r.OpenedOn)).ToList(), total);
    }
}
