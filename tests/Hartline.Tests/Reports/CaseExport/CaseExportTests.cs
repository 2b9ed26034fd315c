using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Hartline.Data;
using Hartline.Features.Cases;
using Hartline.Features.Cases.Profile;
using Hartline.Features.Jobs;
using Hartline.Features.People;
using Hartline.Features.Reports.CaseExport;
using Hartline.Security;
using Hartline.Security.Audit;
using Hartline.Tests.Jobs;
using Hartline.Tests.Platform;
using Hartline.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Tests.Reports.CaseExport;

/// <summary>
/// The de-identified case export: started on the API or the page by those whose statistics reach every case, run in the
/// background, downloaded by the one who asked; numbers made up per file, months instead of dates, codes only; messy
/// records never stop it. Each test places its cases in months no other uses, and finds them in the file by them.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class CaseExportTests(JobsApp app) : IClassFixture<JobsApp>
{
    private World World => app.World;

    [Fact]
    public async Task The_analyst_exports_every_case_without_names_or_dates_and_only_they_see_it()
    {
        var investigator = await World.User(Roles.Investigator, await World.Agency());
        var family = World.UniqueName("Exportee");
        var first = await World.Case(investigator, World.Referral(family: family, dob: new DateOnly(2004, 3, 9), races: ["black", "hispanic"]));
        var other = await World.Case(investigator, World.Referral(family: World.UniqueName("Othercase")));
        var again = Guid.Empty;
        await app.WithDb(async db =>
        {
            var c = await db.Cases.SingleAsync(x => x.Id == first);
            c.OpenedOn = new DateOnly(2019, 5, 10);
            (await db.Cases.SingleAsync(x => x.Id == other)).OpenedOn = new DateOnly(2019, 7, 1);
            // The same youth's second file, at another agency, closed.
            var second = new Case { PersonId = c.PersonId, OwnerAgencyId = (await World.Agency()).Id, RegionCode = "R4", OpenedOn = new DateOnly(2019, 6, 3),
                ClosedOn = new DateOnly(2020, 1, 15), Status = CaseStatus.Closed, ClosureReasonCode = "goals-met", CreatedById = investigator.Id };
            db.Cases.Add(second);
            again = second.Id;
            var profile = await db.Set<ExploitationProfile>().SingleOrDefaultAsync(p => p.CaseId == first);
            if (profile is null) db.Add(profile = new ExploitationProfile { CaseId = first });
            profile.ExploitationTypes = ["forced-labour", "sex"];
            profile.RecruiterRelationship = "family";
            await db.SaveChangesAsync();
        });

        var analyst = await World.User(Roles.Analyst, await World.Agency("HART"));
        var client = await World.SignedIn(analyst);
        var (job, csv) = await ExportAsync(client);
        var total = await app.WithScope(sp => sp.GetRequiredService<HartlineDb>().Cases.CountAsync());
        Assert.Equal(total, job.GetProperty("total").GetInt64());
        Assert.Equal(total, job.GetProperty("done").GetInt64());
        Assert.Equal("Ready to download", job.GetProperty("stateText").GetString());

        var lines = csv.TrimEnd('\n').Split('\n');
        Assert.Equal(string.Join(',', CaseExportColumns.Header), lines[0]);
        Assert.Equal(total + 1, lines.Length);
        Assert.DoesNotContain(family, csv, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Jordan", csv);
        Assert.DoesNotMatch(new Regex(@"\d{4}-\d{2}-\d{2}"), csv);
        Assert.DoesNotContain(first.ToString(), csv, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(new Regex(@"C-\d{4}-\d+"), csv);

        var rows = Rows(lines);
        var a = rows.Single(r => r["month_opened"] == "2019-05");
        var a2 = rows.Single(r => r["month_opened"] == "2019-06");
        var b = rows.Single(r => r["month_opened"] == "2019-07");
        Assert.Equal(a["youth_number"], a2["youth_number"]); // one youth, one number
        Assert.NotEqual(a["youth_number"], b["youth_number"]);
        Assert.Equal(rows.Count, rows.Select(r => r["case_number"]).Distinct().Count());
        Assert.Equal(("R2", "parent", "female", "multiracial", "15", "minor"),
            (a["region"], a["residence_at_exploitation"], a["gender"], a["race_ethnicity"], a["age_at_intake"], a["minor_or_adult"]));
        Assert.Equal(("sex;forced-labour", "family", "possible-victim", "1"),
            (a["exploitation_types"], a["recruiter_relationship"], a["trafficking_status"], a["referrals"]));
        Assert.Equal(("closed", "goals-met", "2020-01", "0"), (a2["status"], a2["closure_reason"], a2["month_closed"], a2["referrals"]));

        // A second export numbers the same youth differently.
        var (_, again2) = await ExportAsync(client);
        Assert.NotEqual(a["youth_number"], Rows(again2.TrimEnd('\n').Split('\n')).Single(r => r["month_opened"] == "2019-05")["youth_number"]);

        // The request and the download are in the audit trail.
        var id = job.GetProperty("id").GetGuid().ToString();
        var events = await app.WithScope(sp => sp.GetRequiredService<HartlineDb>().AuditEvents.Where(e => e.EntityId == id).ToListAsync());
        Assert.Contains(events, e => e.Action == AuditAction.Export && e.Details!.Contains("requested") && e.UserId == analyst.Id);
        Assert.Contains(events, e => e.Action == AuditAction.Export && e.Details!.Contains("downloaded") && e.UserId == analyst.Id);

        // Nobody else sees the job: another analyst, or an investigator whose statistics reach one agency, who may not run it at all.
        var otherAnalyst = await World.SignedIn(await World.User(Roles.Analyst, await World.Agency("HART")));
        Assert.Equal(HttpStatusCode.NotFound, (await otherAnalyst.GetAsync($"/api/v1/exports/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherAnalyst.GetAsync($"/api/v1/exports/{id}/file")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherAnalyst.GetAsync($"/Reports/CaseExport?handler=File&id={id}")).StatusCode);
        Assert.DoesNotContain(id, await otherAnalyst.GetStringAsync("/Reports/CaseExport"));
        var agencyOnly = await World.SignedIn(investigator);
        Assert.Equal(HttpStatusCode.NotFound, (await agencyOnly.PostAsync("/api/v1/exports/cases", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await agencyOnly.GetAsync("/Reports/CaseExport")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await agencyOnly.GetAsync($"/api/v1/exports/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/exports/{Guid.NewGuid()}")).StatusCode);

        // The list of one's own exports: both of the analyst's, newest first, with their files; none of them for the other
        // analyst; refused (as missing) to a role that may not export.
        var mine = JsonDocument.Parse(await client.GetStringAsync("/api/v1/exports")).RootElement.EnumerateArray().ToList();
        Assert.Equal(2, mine.Count);
        Assert.Equal(id, mine[1].GetProperty("id").GetGuid().ToString());
        Assert.All(mine, e => Assert.StartsWith("/api/v1/exports/", e.GetProperty("file").GetString()));
        Assert.Empty(JsonDocument.Parse(await otherAnalyst.GetStringAsync("/api/v1/exports")).RootElement.EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, (await agencyOnly.GetAsync("/api/v1/exports")).StatusCode);

        // The page lists it with its progress and a link that downloads the same kind of file.
        var page = Forms.Html(await client.GetStringAsync("/Reports/CaseExport"));
        Assert.Contains($"{total:N0} of {total:N0} cases", page.QuerySelector("table")!.TextContent);
        var link = page.QuerySelectorAll("a[download]").First().GetAttribute("href")!;
        Assert.StartsWith(string.Join(',', CaseExportColumns.Header), await client.GetStringAsync(link));
    }

    [Fact]
    public async Task Messy_records_never_stop_the_export_and_leave_no_free_text()
    {
        var agency = await World.Agency();
        var creator = await World.User(Roles.Investigator, agency);
        await app.WithDb(async db =>
        {
            Case Add(DateOnly opened, DateOnly? born, string region = "R1", string? gender = "male", params string[] races)
            {
                var person = new Person { GivenName = "Messy", FamilyName = "Unexportable", DateOfBirth = born, GenderCode = gender, OwnerAgencyId = agency.Id };
                person.RaceEthnicities.AddRange(races.Select(r => new PersonRaceEthnicity { Code = r }));
                db.People.Add(person);
                var c = new Case { PersonId = person.Id, OwnerAgencyId = agency.Id, RegionCode = region, OpenedOn = opened, CreatedById = creator.Id };
                db.Cases.Add(c);
                return c;
            }
            Add(new DateOnly(2001, 1, 5), born: null);
            Add(new DateOnly(2001, 2, 5), born: new DateOnly(2001, 3, 1)); // born after the intake: a typo
            Add(new DateOnly(2001, 3, 5), born: new DateOnly(1990, 1, 1), races: ["white", "asian", "other"]);
            var odd = Add(new DateOnly(2001, 4, 5), born: new DateOnly(1985, 2, 28), region: "Ｒ１\u200B", gender: "fe\u0301male", races: ["\u202Eblack"]);
            odd.ResidenceCode = "Jane Doe's flat";
            odd.ClosureReasonCode = "=HYPERLINK(\"http://x\")";
            odd.Status = CaseStatus.Closed;
            odd.ClosedOn = new DateOnly(2001, 4, 30);
            db.Add(new ExploitationProfile { CaseId = odd.Id, ExploitationTypes = ["sex", "😀", ""], RecruiterRelationship = "Uncle Bob" });
            await db.SaveChangesAsync();
        });

        var client = await World.SignedIn(await World.User(Roles.Coordinator, await World.Agency("HART")));
        var (job, csv) = await ExportAsync(client);
        Assert.Equal(job.GetProperty("total").GetInt64(), job.GetProperty("done").GetInt64());
        Assert.DoesNotContain("Unexportable", csv);
        Assert.DoesNotContain("Jane", csv);
        Assert.DoesNotContain("Bob", csv);
        Assert.DoesNotContain("HYPERLINK", csv);
        var rows = Rows(csv.TrimEnd('\n').Split('\n'));
        string[] Of(string month, params string[] columns) => columns.Select(c => rows.Single(r => r["month_opened"] == month)[c]).ToArray();
        Assert.Equal(new[] { "", "" }, Of("2001-01", "age_at_intake", "minor_or_adult"));
        Assert.Equal(new[] { "", "" }, Of("2001-02", "age_at_intake", "minor_or_adult"));
        Assert.Equal(new[] { "multiracial", "11", "minor", "", "", "" }, Of("2001-03", "race_ethnicity", "age_at_intake", "minor_or_adult", "exploitation_types", "recruiter_relationship", "trafficking_status"));
        Assert.Equal(new[] { "unlisted", "unlisted", "unlisted", "unlisted", "16", "minor", "sex;unlisted", "unlisted", "unlisted", "closed", "2001-04" },
            Of("2001-04", "region", "gender", "race_ethnicity", "residence_at_exploitation", "age_at_intake", "minor_or_adult", "exploitation_types",
                "recruiter_relationship", "closure_reason", "status", "month_closed"));
    }

    [Fact]
    public async Task The_command_line_runs_the_same_export_from_start_to_end()
    {
        var file = Path.Combine(app.Database.Folder, "cases.csv");
        var (code, err) = await CliRunner.Run("export", "cases", "--out", file, "--db", app.Database.Setting);
        Assert.True(code == 0, err);
        var lines = await File.ReadAllLinesAsync(file);
        Assert.Equal(string.Join(',', CaseExportColumns.Header), lines[0]);
        var total = await app.WithScope(sp => sp.GetRequiredService<HartlineDb>().Cases.CountAsync());
        Assert.Equal(total + 1, lines.Length);
        Assert.Contains($"Wrote {total:N0} cases", err);

        var (again, message) = await CliRunner.Run("export", "cases", "--out", file, "--db", app.Database.Setting);
        Assert.Equal(2, again);
        Assert.Contains("--out", message);
        Assert.Contains("--force", message);
    }

    /// <summary>Starts an export on the API, follows it until it ends, and downloads it.</summary>
    private static async Task<(JsonElement Job, string Csv)> ExportAsync(HttpClient client)
    {
        var started = await client.PostAsync("/api/v1/exports/cases", null);
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var location = started.Headers.Location!.ToString();
        for (var i = 0; i < 600; i++)
        {
            var job = await client.GetFromJsonAsync<JsonElement>(location);
            var state = job.GetProperty("state").GetString();
            if (state == nameof(JobState.Failed)) Assert.Fail($"The export failed: {job.GetProperty("failure").GetString()}");
            if (state == nameof(JobState.Finished))
            {
                var file = await client.GetAsync(job.GetProperty("file").GetString());
                Assert.Equal("text/csv", file.Content.Headers.ContentType!.MediaType);
                return (job, await file.Content.ReadAsStringAsync());
            }
            await Task.Delay(100);
        }
        throw new TimeoutException("The export did not finish within a minute.");
    }

    private static List<Dictionary<string, string>> Rows(string[] lines)
    {
        var header = lines[0].Split(',');
        return lines.Skip(1).Select(l => header.Zip(l.Split(',')).ToDictionary(p => p.First, p => p.Second)).ToList();
    }
}
