using Hartline.Data;
using Hartline.Security.Audit;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Features.Cases.Notes;

/// <summary>
/// The youth's name for the heading of a case-file page, so a worker can see whose file is open. Call only
/// after <see cref="CaseAccess"/> allowed the read: showing the name is a read of the person, and is audited.
/// </summary>
public sealed class CaseTitles(HartlineDb db, AuditLog audit)
{
    public async Task<string> YouthNameAsync(Guid caseId, string page, CancellationToken ct = default)
    {
        var person = await db.Cases.Where(c => c.Id == caseId)
            .Select(c => new { c.PersonId, c.Person!.GivenName, c.Person.MiddleName, c.Person.FamilyName }).FirstAsync(ct);
        await audit.ReadAsync(nameof(People.Person), person.PersonId, $"via case {caseId} {page}", ct);
        return People.Person.FormatName(person.GivenName, person.MiddleName, person.FamilyName);
    }
}
