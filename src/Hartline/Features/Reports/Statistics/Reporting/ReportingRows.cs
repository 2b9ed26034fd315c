using Hartline.Data;
using Hartline.Features.Cases.Profile;
using Hartline.Features.People;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Features.Reports.Statistics.Reporting;

/// <summary>
/// Makes the reporting rows of some cases from the live records and writes them: called by every save that changed
/// what they are made from (in its transaction), and by <see cref="ReportingRebuild"/> for a database that has none.
/// </summary>
public static class ReportingRows
{
    /// <summary>The race/ethnicity number of a youth with more than one: read as the jurisdiction's "multiple" code.</summary>
    public const int SeveralRaces = -1;

    // Contains() over more ids than this is split: both providers pass the list as one parameter, but a smaller
    // list keeps each statement's plan on the indexes.
    private const int Batch = 2000;

    /// <summary>Rewrites the rows of the changed cases and of every case of the changed youths.</summary>
    public static async Task RefreshAsync(HartlineDb db, ReportingChanges changes, CancellationToken ct)
    {
        // A primary worker added, moved or removed changes the youth's first primary worker: every case of the youth.
        foreach (var chunk in changes.TeamCases.Chunk(Batch))
            changes.People.UnionWith(await db.Cases.Where(c => chunk.Contains(c.Id)).Select(c => c.PersonId).ToListAsync(ct));
        if (db is PostgresHartlineDb && changes.People.Count > 0)
        {
            // Two saves at once about one youth (a gender edit here, a case closed there) each rebuild the youth's rows
            // from what they read: holding the youth's row makes the second wait and read the first's commit, so the
            // last row written is never made from a stale read. SQLite has one writer at a time anyway.
            var ids = changes.People.Order().ToArray();
            await db.Database.ExecuteSqlAsync($"SELECT 1 FROM \"People\" WHERE \"Id\" = ANY({ids}) ORDER BY \"Id\" FOR UPDATE", ct);
        }
        var caseIds = changes.Cases.ToList();
        var personIds = changes.People.ToList();
        var affected = new HashSet<Guid>();
        for (var i = 0; i < Math.Max(caseIds.Count, personIds.Count); i += Batch)
        {
            var someCases = caseIds.Skip(i).Take(Batch).ToList();
            var somePeople = personIds.Skip(i).Take(Batch).ToList();
            affected.UnionWith(await db.Cases.Where(c => someCases.Contains(c.Id) || somePeople.Contains(c.PersonId)).Select(c => c.Id).ToListAsync(ct));
        }
        foreach (var chunk in affected.Chunk(Batch)) await WriteAsync(db, chunk, ct);
    }

    /// <summary>Computes the rows of these cases from the live tables and inserts or updates them.</summary>
    internal static async Task WriteAsync(HartlineDb db, IReadOnlyCollection<Guid> caseIds, CancellationToken ct)
    {
        var cases = await db.Cases.AsNoTracking().Where(c => caseIds.Contains(c.Id))
            .Join(db.People, c => c.PersonId, p => p.Id, (c, p) => new
            {
                c.Id, c.PersonId, c.OpenedOn, c.ClosedOn, c.RegionCode, c.ResidenceCode, p.GenderCode, p.DateOfBirth,
            })
            .ToListAsync(ct);
        var personIds = cases.Select(c => c.PersonId).Distinct().ToList();
        var races = (await db.Set<PersonRaceEthnicity>().AsNoTracking().Where(r => personIds.Contains(r.PersonId))
                .Select(r => new { r.PersonId, r.Code }).ToListAsync(ct))
            .ToLookup(r => r.PersonId, r => r.Code);
        var profiles = await db.Set<ExploitationProfile>().AsNoTracking().Where(p => caseIds.Contains(p.CaseId))
            .Select(p => new { p.CaseId, p.ExploitationTypes, p.RecruiterRelationship })
            .ToDictionaryAsync(p => p.CaseId, ct);

        var codes = await ReportingCodes.NumbersAsync(db,
            cases.SelectMany(c => new[] { c.RegionCode, c.ResidenceCode, c.GenderCode })
                .Concat(races.SelectMany(r => r))
                .Concat(profiles.Values.SelectMany(p => new[] { p.RecruiterRelationship, ReportingCodes.TypeSet(p.ExploitationTypes) })), ct);
        var youths = await YouthNumbersAsync(db, personIds, ct);
        var starts = await PrimaryWorkerStartsAsync(db, personIds, ct);
        var firstPrimary = starts.GroupBy(s => s.PersonId).ToDictionary(g => g.Key, g => g.Min(s => s.Day));

        var existing = await db.Set<ReportingCase>().Where(r => caseIds.Contains(r.CaseId)).ToDictionaryAsync(r => r.CaseId, ct);
        foreach (var c in cases)
        {
            var row = existing.GetValueOrDefault(c.Id) ?? db.Set<ReportingCase>().Add(new ReportingCase { CaseId = c.Id }).Entity;
            var race = races[c.PersonId].Where(code => !string.IsNullOrWhiteSpace(code)).Distinct().ToList();
            var profile = profiles.GetValueOrDefault(c.Id);
            row.Youth = youths[c.PersonId];
            row.OpenedDay = c.OpenedOn.DayNumber;
            row.ClosedDay = c.ClosedOn?.DayNumber ?? ReportingCase.StillOpen;
            row.Region = codes.Of(c.RegionCode);
            row.Residence = codes.Of(c.ResidenceCode);
            row.Gender = codes.Of(c.GenderCode);
            row.AgeAtOpening = c.DateOfBirth is { } born ? Clients.ClientFacts.AgeOn(born, c.OpenedOn) : null;
            row.RaceEthnicity = race.Count > 1 ? SeveralRaces : race.Count == 1 ? codes.Of(race[0]) : ReportingCode.NotRecorded;
            row.Recruiter = codes.Of(profile?.RecruiterRelationship);
            row.ExploitationTypes = codes.Of(ReportingCodes.TypeSet(profile?.ExploitationTypes ?? []));
            row.FirstPrimaryWorkerDay = firstPrimary.GetValueOrDefault(c.PersonId, ReportingCase.StillOpen);
        }
        await WriteStartsAsync(db, caseIds, starts, youths, firstPrimary, ct);
        await db.SaveReportingRowsAsync(ct);
    }

    /// <summary>
    /// The start rows of these cases made to equal their primary workers: each kept, changed, added or removed. A start
    /// moved here from a case outside this batch is found by its assignment and changed, never added twice.
    /// </summary>
    private static async Task WriteStartsAsync(HartlineDb db, IReadOnlyCollection<Guid> caseIds, List<Start> starts,
        Dictionary<Guid, int> youths, Dictionary<Guid, int> firstPrimary, CancellationToken ct)
    {
        var these = caseIds.ToHashSet();
        var wanted = starts.Where(s => these.Contains(s.CaseId)).ToList();
        var wantedIds = wanted.Select(s => s.AssignmentId).ToList();
        var existing = await db.Set<ReportingStart>().Where(s => caseIds.Contains(s.CaseId) || wantedIds.Contains(s.AssignmentId))
            .ToDictionaryAsync(s => s.AssignmentId, ct);
        foreach (var start in wanted)
        {
            var row = existing.Remove(start.AssignmentId, out var kept) ? kept
                : db.Set<ReportingStart>().Add(new ReportingStart { AssignmentId = start.AssignmentId }).Entity;
            row.CaseId = start.CaseId;
            row.Day = start.Day;
            row.Youth = youths[start.PersonId];
            row.FirstDay = firstPrimary[start.PersonId];
        }
        // Left over: demoted to another role, or moved to a case of another batch (which writes it there).
        db.Set<ReportingStart>().RemoveRange(existing.Values.Where(s => these.Contains(s.CaseId)));
    }

    private sealed record Start(Guid AssignmentId, Guid CaseId, Guid PersonId, int Day);

    /// <summary>
    /// Every primary-worker start on any case of these youths (so each youth's first start is among them). In two steps,
    /// each led by an index on the ids it is given (the youths' cases by youth, then those cases' assignments by case), so
    /// a save about one youth never walks every assignment in the registry, whatever plan the database would choose for a join.
    /// </summary>
    private static async Task<List<Start>> PrimaryWorkerStartsAsync(HartlineDb db, List<Guid> personIds, CancellationToken ct)
    {
        var theirCases = await db.Cases.AsNoTracking().Where(c => personIds.Contains(c.PersonId))
            .Select(c => new { c.Id, c.PersonId }).ToDictionaryAsync(c => c.Id, c => c.PersonId, ct);
        var starts = new List<Start>();
        foreach (var chunk in theirCases.Keys.Chunk(Batch))
        {
            // The role is tested here, not in the statement, so the plan is the case index's whatever indexes lead by role.
            var assignments = await db.Set<Cases.Team.CareTeamAssignment>().AsNoTracking()
                .Where(a => chunk.Contains(a.CaseId))
                .Select(a => new { a.Id, a.CaseId, a.Role, a.StartedOn }).ToListAsync(ct);
            starts.AddRange(assignments.Where(a => a.Role == Cases.Team.CareTeamRole.PrimaryWorker)
                .Select(a => new Start(a.Id, a.CaseId, theirCases[a.CaseId], a.StartedOn.DayNumber)));
        }
        return starts;
    }

    /// <summary>The youths' numbers, given now to those who have none (under the youth's lock on PostgreSQL).</summary>
    private static async Task<Dictionary<Guid, int>> YouthNumbersAsync(HartlineDb db, List<Guid> personIds, CancellationToken ct)
    {
        var numbers = await db.Set<ReportingPerson>().AsNoTracking().Where(p => personIds.Contains(p.PersonId))
            .ToDictionaryAsync(p => p.PersonId, p => p.Number, ct);
        var added = personIds.Where(id => !numbers.ContainsKey(id)).Select(id => new ReportingPerson { PersonId = id }).ToList();
        if (added.Count == 0) return numbers;
        db.Set<ReportingPerson>().AddRange(added);
        await db.SaveReportingRowsAsync(ct);
        foreach (var p in added) numbers[p.PersonId] = p.Number;
        return numbers;
    }
}
