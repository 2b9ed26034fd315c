using Hartline.Data;
using Hartline.Features.Cases.Profile;
using Hartline.Features.Cases.Team;
using Hartline.Features.Reports;
using Hartline.Features.People;
using Hartline.Features.Reports.Statistics;
using Hartline.Features.Reports.Statistics.Clients;
using Hartline.Features.Reports.Statistics.Reporting;
using Hartline.Security;
using Hartline.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Tests.Reports.Statistics;

/// <summary>
/// The statistics read the reporting rows, which every save keeps: after a long run of messy edits (blank and odd
/// codes, birth dates after intake, several races, cases moved between youths as merges do, cases closed and reopened,
/// profiles with repeated and blank types) the rows equal a fresh computation from the live records, and the clients
/// counted from them equal the clients counted straight from the live tables — for every role's scope.
/// </summary>
public sealed class ReportingRowsTests(HartlineApp app) : IClassFixture<HartlineApp>
{
    private static readonly string?[] Genders = ["female", "male", "nonbinary", null, "  ", "FEMALE", "fémale\u200b"];
    private static readonly string[] Races = ["white", "black", "hispanic", "asian", "", "x-legacy"];
    private static readonly string?[] Residences = ["in_state", "out_of_state", null, "unknown-code"];
    private static readonly string[] Types = ["sex", "labor", "both", "", "sex", "unlisted"];
    private static readonly string?[] Recruiters = ["family", "intimate_partner", null, " ", "stranger"];

    [Fact]
    public async Task Rows_and_the_clients_counted_from_them_equal_the_live_records_after_random_edits()
    {
        var investigator = await app.World.User(Roles.Investigator, await app.World.Agency());
        var other = await app.World.User(Roles.Investigator, await app.World.Agency());
        var caseIds = new List<Guid>();
        for (var i = 0; i < 10; i++)
            caseIds.Add(await app.World.Case(i % 3 == 0 ? other : investigator,
                World.Referral(family: World.UniqueName("Rowcheck"), region: i % 2 == 0 ? "R1" : "R2")));

        var random = new Random(20261207);
        for (var step = 0; step < 80; step++)
        {
            await app.WithDb(async db =>
            {
                // One or two changes per save, as a page's save may change a case and its youth together.
                for (var k = 0; k < 1 + random.Next(2); k++) await EditAsync(db, caseIds, random);
                await db.SaveChangesAsync();
            });
            if (step % 20 == 19) caseIds.Add(await app.World.Case(investigator, World.Referral(family: World.UniqueName("Rowcheck"))));
        }

        // The rows as the saves left them, against the same rows made afresh from the live records.
        var kept = await RowsAsync();
        await app.WithDb(async db =>
        {
            await db.Set<ReportingCase>().ExecuteDeleteAsync();
            await db.Set<ReportingStart>().ExecuteDeleteAsync();
            await db.Set<ReportingReferral>().ExecuteDeleteAsync();
            Assert.True(await ReportingRebuild.CompleteAsync(db));
        });
        Assert.Equal(kept, await RowsAsync());

        // The clients of several periods, as the statistics read them and as the live tables give them, for the whole
        // state and for one agency's scope.
        var actors = new[] { Actor.System, Actor.FromPrincipal(await app.World.Principal(investigator)) };
        var changesSeen = 0;
        foreach (var actor in actors)
            foreach (var period in new[] { ReportPeriod.OfYear(2018), ReportPeriod.OfYear(2019), ReportPeriod.OfYear(2020), ReportPeriod.OfYear(2027),
                         ReportPeriod.OfYear(2028), new ReportPeriod(PeriodKind.Range, new DateOnly(2010, 1, 1), new DateOnly(2035, 12, 31)) })
            {
                var counted = await app.WithScope(async sp =>
                    (await sp.GetRequiredService<ClientFacts>().ReadAsync(period.From, period.To, actor)).In(period).Select(Describe).Order(StringComparer.Ordinal).ToList());
                var live = await app.WithScope(sp => LiveClientsAsync(sp.GetRequiredService<HartlineDb>(), sp.GetRequiredService<Hartline.Jurisdictions.Jurisdiction>(), period, actor));
                Assert.Equal(live, counted);
                var referrals = await app.WithScope(async sp =>
                    (await sp.GetRequiredService<Hartline.Features.Reports.Statistics.Referrals.ReferralFacts>().ReadAsync(period.From, period.To, actor))
                        .Select(r => r.ToString()).Order(StringComparer.Ordinal).ToList());
                Assert.Equal(await app.WithScope(sp => LiveReferralsAsync(sp.GetRequiredService<HartlineDb>(), sp.GetRequiredService<Hartline.Jurisdictions.Jurisdiction>(), period, actor)), referrals);
                if (actor == Actor.System && period.Kind == PeriodKind.Range) Assert.True(counted.Count >= 5, "the check needs clients to compare");

                // Continuity of care read from the year's starts and the rows, against every start in the live tables.
                var continuity = await app.WithScope(sp => sp.GetRequiredService<ContinuityReport>().ComputeAsync(period.Code, period.From, period.To, actor));
                var (distribution, withAWorker) = await app.WithScope(sp => LiveContinuityAsync(sp.GetRequiredService<HartlineDb>(), period, actor));
                Assert.Equal(distribution, continuity.Distribution.Select(b => b.Youths).ToList());
                Assert.Equal(withAWorker, continuity.YouthsWithAPrimaryWorker);
                changesSeen += continuity.Changes;
            }
        Assert.True(changesSeen > 0, "the check needs primary-worker changes to compare");
    }

    [Fact]
    public async Task The_youths_first_primary_worker_follows_primary_workers_only()
    {
        var investigator = await app.World.User(Roles.Investigator, await app.World.Agency());
        var caseId = await app.World.Case(investigator, World.Referral(family: World.UniqueName("Firststart")));
        Task<int> FirstDay() => app.WithScope(sp => sp.GetRequiredService<HartlineDb>().Set<ReportingCase>().Where(r => r.CaseId == caseId)
            .Select(r => r.FirstPrimaryWorkerDay).SingleAsync());
        async Task<Guid> Assign(CareTeamRole role, DateOnly startedOn)
        {
            var assignment = new CareTeamAssignment { CaseId = caseId, Role = role, Name = "Worker", StartedOn = startedOn, AssignedById = Guid.Empty };
            await app.WithDb(async db =>
            {
                db.Add(assignment);
                await db.SaveChangesAsync();
            });
            return assignment.Id;
        }
        Task Change(Guid id, Action<CareTeamAssignment> change) => app.WithDb(async db =>
        {
            change(await db.Set<CareTeamAssignment>().SingleAsync(a => a.Id == id));
            await db.SaveChangesAsync();
        });

        // Opening the case made its first primary worker, today; the starts below are all earlier.
        Assert.True(await FirstDay() >= new DateOnly(2025, 1, 1).DayNumber);
        var primary = await Assign(CareTeamRole.PrimaryWorker, new DateOnly(2020, 5, 1));
        Assert.Equal(new DateOnly(2020, 5, 1).DayNumber, await FirstDay());
        var advocate = await Assign(CareTeamRole.Advocate, new DateOnly(2019, 1, 1)); // earlier, but not a primary worker
        Assert.Equal(new DateOnly(2020, 5, 1).DayNumber, await FirstDay());
        await Change(advocate, a => a.Role = CareTeamRole.PrimaryWorker); // made primary: now the first
        Assert.Equal(new DateOnly(2019, 1, 1).DayNumber, await FirstDay());
        await Change(advocate, a => a.StartedOn = new DateOnly(2021, 2, 3)); // its start corrected
        Assert.Equal(new DateOnly(2020, 5, 1).DayNumber, await FirstDay());
        await Change(primary, a => a.Role = CareTeamRole.Advocate); // demoted
        Assert.Equal(new DateOnly(2021, 2, 3).DayNumber, await FirstDay());
    }

    [Fact]
    public async Task Two_nodes_filling_missing_rows_at_once_make_each_row_once()
    {
        var investigator = await app.World.User(Roles.Investigator, await app.World.Agency());
        for (var i = 0; i < 12; i++) await app.World.Case(investigator, World.Referral(family: World.UniqueName("Twonodes")));
        var pool = app.Services.GetRequiredService<HartlineDbPool>();
        for (var round = 0; round < 4; round++)
        {
            await app.WithDb(async db =>
            {
                await db.Set<ReportingCase>().ExecuteDeleteAsync();
                await db.Set<ReportingStart>().ExecuteDeleteAsync();
                await db.Set<ReportingReferral>().ExecuteDeleteAsync();
            });
            // Two contexts on two connections, as two nodes starting on one database (the rows made before any save).
            var filled = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
            {
                await using var db = pool.Rent(() => Actor.System, TimeProvider.System);
                return await ReportingRebuild.CompleteAsync(db);
            })));
            Assert.Contains(true, filled);
            await app.WithDb(async db =>
            {
                Assert.Equal(await db.Cases.CountAsync(), await db.Set<ReportingCase>().CountAsync());
                Assert.Equal(await db.Set<CareTeamAssignment>().CountAsync(a => a.Role == CareTeamRole.PrimaryWorker), await db.Set<ReportingStart>().CountAsync());
                Assert.Equal(await db.Referrals.CountAsync(), await db.Set<ReportingReferral>().CountAsync());
            });
        }
    }

    private async Task<List<string>> RowsAsync() => await app.WithScope(async sp =>
    {
        var db = sp.GetRequiredService<HartlineDb>();
        return (await db.Set<ReportingCase>().AsNoTracking().ToListAsync())
            .Select(r => $"{r.CaseId}|{r.Youth}|{r.OpenedDay}|{r.ClosedDay}|{r.Region}|{r.Residence}|{r.Gender}|{r.AgeAtOpening}|{r.RaceEthnicity}|{r.Recruiter}|{r.ExploitationTypes}|{r.FirstPrimaryWorkerDay}")
            .Concat((await db.Set<ReportingStart>().AsNoTracking().ToListAsync()).Select(s => $"{s.AssignmentId}|{s.CaseId}|{s.Day}|{s.Youth}|{s.FirstDay}"))
            .Concat((await db.Set<ReportingReferral>().AsNoTracking().ToListAsync()).Select(r =>
                $"{r.ReferralId}|{r.ReceivedTicks}|{r.Source}|{r.Suspected}|{r.ScreenedPositive}|{r.Latest}|{r.Linked}|{r.HoursToScreening}|{r.HoursToDetermination}|{r.DaysToFirstMdt}"))
            .Order(StringComparer.Ordinal).ToList();
    });

    private static async Task EditAsync(HartlineDb db, List<Guid> caseIds, Random random)
    {
        var caseId = caseIds[random.Next(caseIds.Count)];
        var @case = await db.Cases.SingleAsync(c => c.Id == caseId);
        var person = await db.People.Include(p => p.RaceEthnicities).SingleAsync(p => p.Id == @case.PersonId);
        switch (random.Next(11))
        {
            case 0:
                person.GenderCode = Genders[random.Next(Genders.Length)];
                break;
            case 1: // unknown, plausible, or after the intake (a typo)
                person.DateOfBirth = random.Next(4) == 0 ? null : new DateOnly(1998 + random.Next(25), 1 + random.Next(12), 1 + random.Next(28));
                break;
            case 2:
                person.RaceEthnicities.Clear();
                foreach (var code in Races.OrderBy(_ => random.Next()).Take(random.Next(3)).Distinct())
                    person.RaceEthnicities.Add(new PersonRaceEthnicity { PersonId = person.Id, Code = code });
                break;
            case 3: // closed, reopened, or opened on another day (dates off by days or years)
                @case.ClosedOn = random.Next(3) == 0 ? null : @case.OpenedOn.AddDays(random.Next(-5, 900));
                if (random.Next(3) == 0) @case.OpenedOn = @case.OpenedOn.AddDays(random.Next(-800, 400));
                break;
            case 4:
                @case.RegionCode = random.Next(2) == 0 ? "R1" : "R3";
                @case.ResidenceCode = Residences[random.Next(Residences.Length)];
                break;
            case 5: // a merge moves the case to another youth
                var target = await db.Cases.Where(c => c.PersonId != @case.PersonId).Select(c => c.PersonId).FirstOrDefaultAsync();
                if (target != Guid.Empty) @case.PersonId = target;
                break;
            case 7: // the referral's source corrected, its receipt moved (a digit off), or a second opinion determined
                var referral = await db.Referrals.FirstAsync(r => r.CaseId == @case.Id);
                referral.SourceCode = random.Next(2) == 0 ? "school" : "unlisted-source";
                if (random.Next(2) == 0) referral.ReceivedAt = referral.ReceivedAt.AddDays(random.Next(-400, 400)).AddHours(random.Next(24));
                if (random.Next(3) == 0)
                    db.Determinations.Add(new Hartline.Features.Intake.Determination.TraffickingDetermination
                    {
                        ReferralId = referral.Id, Status = (Hartline.Features.Intake.Determination.TraffickingStatus)random.Next(3),
                        DecidedBy = Hartline.Features.Intake.Determination.DecidingOrganisation.ChildWelfare,
                        DecidedAt = referral.ReceivedAt.AddHours(random.Next(-10, 500)), DecidedById = Guid.Empty,
                    });
                break;
            case 9 or 10: // primary workers: one added (a date off by years, or before the case opened), moved, demoted, ended,
                          // or found filed on the wrong case and put on another
                var team = await db.Set<CareTeamAssignment>().Where(a => a.CaseId == @case.Id).ToListAsync();
                var pick = team.Count == 0 ? null : team[random.Next(team.Count)];
                switch (pick is null ? 0 : random.Next(5))
                {
                    case 0:
                        db.Add(new CareTeamAssignment
                        {
                            CaseId = @case.Id, Role = random.Next(5) == 0 ? CareTeamRole.Advocate : CareTeamRole.PrimaryWorker, Name = "Worker \u05D0",
                            StartedOn = @case.OpenedOn.AddDays(random.Next(-60, 1500)), AssignedById = Guid.Empty,
                        });
                        break;
                    case 1:
                        pick!.StartedOn = pick.StartedOn.AddDays(random.Next(-400, 400));
                        break;
                    case 2:
                        pick!.Role = pick.Role == CareTeamRole.PrimaryWorker ? CareTeamRole.Advocate : CareTeamRole.PrimaryWorker;
                        break;
                    case 3:
                        pick!.CaseId = caseIds[random.Next(caseIds.Count)];
                        break;
                    default: // ended (assignments are never deleted): the start stays a start
                        pick!.EndedOn = pick.StartedOn.AddDays(random.Next(0, 300));
                        break;
                }
                break;
            default:
                var profile = await db.Set<ExploitationProfile>().SingleOrDefaultAsync(p => p.CaseId == @case.Id);
                if (profile is null) db.Add(profile = new ExploitationProfile { CaseId = @case.Id, UpdatedAt = DateTime.UtcNow });
                profile.ExploitationTypes = Types.OrderBy(_ => random.Next()).Take(random.Next(4)).ToList();
                profile.RecruiterRelationship = Recruiters[random.Next(Recruiters.Length)];
                break;
        }
    }

    /// <summary>
    /// The clients of a period straight from the live tables (cases, people, races, profiles), by the counting rule
    /// written on the page: the check the reporting rows are held to.
    /// </summary>
    private static async Task<List<string>> LiveClientsAsync(HartlineDb db, Hartline.Jurisdictions.Jurisdiction j, ReportPeriod period, Actor actor)
    {
        var cases = await RecordScope.Cases(db.Cases, actor, ScopePurpose.Statistics)
            .Where(c => c.OpenedOn <= period.To && (c.ClosedOn == null || c.ClosedOn >= period.From))
            .Join(db.People, c => c.PersonId, p => p.Id, (c, p) => new { c.Id, c.PersonId, c.RegionCode, c.ResidenceCode, c.OpenedOn, p.GenderCode, p.DateOfBirth })
            .ToListAsync();
        var races = (await db.Set<PersonRaceEthnicity>().ToListAsync()).Where(r => !string.IsNullOrWhiteSpace(r.Code)).ToLookup(r => r.PersonId, r => r.Code);
        var profiles = await db.Set<ExploitationProfile>().ToDictionaryAsync(p => p.CaseId);
        return cases.GroupBy(c => c.PersonId).Select(g =>
        {
            var first = g.MinBy(c => c.OpenedOn)!;
            var race = races[g.Key].Distinct().ToList();
            var theirProfiles = g.Select(c => profiles.GetValueOrDefault(c.Id)).ToList();
            return Describe(new ClientRecord(
                g.Select(c => CategoryRows.CodeOf(c.RegionCode)).Distinct().ToList(),
                g.Select(c => CategoryRows.CodeOf(c.ResidenceCode)).Distinct().ToList(),
                CategoryRows.CodeOf(first.GenderCode),
                race.Count > 1 ? j.RaceEthnicity.MultipleCode : race.Count == 1 ? race[0] : "",
                first.DateOfBirth is { } birth ? ClientFacts.AgeOn(birth, first.OpenedOn) : null,
                g.Any(c => c.OpenedOn < period.From),
                ClientFacts.NotRecordedWhenEmpty(theirProfiles.SelectMany(p => p?.ExploitationTypes ?? [])),
                ClientFacts.NotRecordedWhenEmpty(theirProfiles.Select(p => p?.RecruiterRelationship).OfType<string>())));
        }).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Continuity straight from the live tables: each youth served, every primary-worker start of all their cases in
    /// order (one the asker may see first among starts of one day), the first skipped; the starts seen in the 12 months
    /// to the period's end are the changes. Gives the youths by 0, 1, 2, 3+ changes and those with a worker by the end.
    /// </summary>
    private static async Task<(List<int> Distribution, int WithAWorker)> LiveContinuityAsync(HartlineDb db, ReportPeriod period, Actor actor)
    {
        var visible = await RecordScope.Cases(db.Cases, actor, ScopePurpose.Statistics).Select(c => c.Id).ToListAsync();
        var served = await RecordScope.Cases(db.Cases, actor, ScopePurpose.Statistics)
            .Where(c => c.OpenedOn <= period.To && (c.ClosedOn == null || c.ClosedOn >= period.From)).Select(c => c.PersonId).Distinct().ToListAsync();
        var starts = (await db.Set<CareTeamAssignment>().Where(a => a.Role == CareTeamRole.PrimaryWorker)
                .Join(db.Cases, a => a.CaseId, c => c.Id, (a, c) => new { c.PersonId, a.CaseId, a.StartedOn }).ToListAsync())
            .ToLookup(s => s.PersonId);
        var yearStart = Continuity.WindowStart(period.To);
        var changes = served.Select(youth =>
        {
            var ordered = starts[youth].OrderBy(s => s.StartedOn).ThenBy(s => visible.Contains(s.CaseId) ? 0 : 1).ToList();
            return ordered.Skip(1).Count(s => visible.Contains(s.CaseId) && s.StartedOn > yearStart && s.StartedOn <= period.To);
        }).ToList();
        var withAWorker = served.Count(youth => starts[youth].Any(s => s.StartedOn <= period.To));
        return ([changes.Count(n => n == 0), changes.Count(n => n == 1), changes.Count(n => n == 2), changes.Count(n => n >= 3)], withAWorker);
    }

    /// <summary>The referrals of a period straight from the live tables: screenings, determinations, agendas and meetings.</summary>
    private static async Task<List<string>> LiveReferralsAsync(HartlineDb db, Hartline.Jurisdictions.Jurisdiction j, ReportPeriod period, Actor actor)
    {
        var from = j.ToUtc(period.From.ToDateTime(TimeOnly.MinValue));
        var to = j.ToUtc(period.To.AddDays(1).ToDateTime(TimeOnly.MinValue));
        var meetings = db.Set<Hartline.Features.Mdt.AgendaItem>().Join(db.Set<Hartline.Features.Mdt.MdtMeeting>()
            .Where(m => m.Status != Hartline.Features.Mdt.MeetingStatus.Cancelled), a => a.MeetingId, m => m.Id, (a, m) => new { a.CaseId, m.StartsAt });
        var rows = await RecordScope.Referrals(db.Referrals, db.Cases, actor, ScopePurpose.Statistics)
            .Where(r => r.ReceivedAt >= from && r.ReceivedAt < to)
            .Select(r => new
            {
                r.ReceivedAt, r.SourceCode, r.ExploitationSuspected, r.ScreenedAt, r.DeterminedAt, r.LinkedAt,
                Positive = db.Screenings.Any(s => s.ReferralId == r.Id && s.BandLevel >= 1),
                Latest = db.Determinations.Where(d => d.ReferralId == r.Id).OrderByDescending(d => d.DecidedAt).ThenByDescending(d => d.Id)
                    .Select(d => (Hartline.Features.Intake.Determination.TraffickingStatus?)d.Status).FirstOrDefault(),
                FirstMdt = meetings.Where(m => m.CaseId == r.CaseId && m.StartsAt >= r.ReceivedAt).Min(m => (DateTime?)m.StartsAt),
            }).ToListAsync();
        double? Hours(DateTime received, DateTime? at) => at is { } t ? Math.Max(0, (t - received).TotalHours) : null;
        return rows.Select(r => new Hartline.Features.Reports.Statistics.Referrals.ReferralRecord(j.LocalDate(r.ReceivedAt), CategoryRows.CodeOf(r.SourceCode),
                r.ExploitationSuspected, r.Positive, r.Latest, r.LinkedAt != null, Hours(r.ReceivedAt, r.ScreenedAt), Hours(r.ReceivedAt, r.DeterminedAt),
                r.FirstMdt is { } mdt ? Math.Max(0, (mdt - r.ReceivedAt).TotalDays) : null).ToString())
            .Order(StringComparer.Ordinal).ToList();
    }

    private static string Describe(ClientRecord c) => string.Join(" | ",
        string.Join(',', c.Regions.Order(StringComparer.Ordinal)), string.Join(',', c.Residences.Order(StringComparer.Ordinal)), c.Gender, c.RaceEthnicity,
        c.AgeAtIntake, c.Continuing, string.Join(',', c.ExploitationTypes.Order(StringComparer.Ordinal)),
        string.Join(',', c.RecruiterRelationships.Order(StringComparer.Ordinal)));
}
