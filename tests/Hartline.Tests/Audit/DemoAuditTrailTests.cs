using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Hartline.Features.Admin;
using Hartline.Security;
using Hartline.Security.Audit;
using Hartline.Tests.Reports;
using Hartline.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Tests.Audit;

/// <summary>
/// The audit log must not be a side door: the Administrator, who may open no case, reads the whole trail
/// of a demo run (with workers at work on top of it) through the API, the page and the export, and finds
/// no youth's name or date of birth there.
/// </summary>
public sealed partial class DemoAuditTrailTests(DemoApp app) : IClassFixture<DemoApp>
{
    private sealed record Youth(string Given, string? Middle, string Family, DateOnly? Born);

    [Fact]
    public async Task The_whole_trail_of_a_demo_run_shows_no_youths_name_or_date_of_birth_through_the_api_the_page_or_the_export()
    {
        await WorkOnTheDemoAsync();
        List<Youth> youth = [];
        await app.WithDb(async db => youth = await db.People.Select(p => new Youth(p.GivenName, p.MiddleName, p.FamilyName, p.DateOfBirth)).ToListAsync());
        var leaks = new Leaks(youth);
        // The check itself finds a name and a date of birth where there is one.
        Assert.NotEmpty(leaks.In($"x {youth[0].Family} y"));
        Assert.NotEmpty(leaks.In($"born {youth.First(y => y.Born is not null).Born:yyyy-MM-dd}"));

        var admin = await app.World.SignedIn(await app.World.User(Roles.Administrator, await app.World.Agency("HART")));
        var pages = 0;
        AuditResults results;
        do
        {
            var body = await admin.GetStringAsync($"/api/v1/audit?page={++pages}");
            Assert.Empty(leaks.In(body));
            results = System.Text.Json.JsonSerializer.Deserialize<AuditResults>(body, ApiJson.Options)!;
        } while (results.HasMore);
        var total = 0;
        await app.WithDb(async db => total = await db.AuditEvents.CountAsync());
        Assert.True(total > 1_000, $"a demo run leaves thousands of events, not {total}");
        Assert.InRange(total, AuditSearch.PageSize * (pages - 1) + 1, AuditSearch.PageSize * pages);

        for (var page = 1; page <= pages; page++)
        {
            var html = Forms.Html(await admin.GetStringAsync($"/Admin/Audit?page={page}"));
            var table = html.QuerySelector("table.audit-log")!;
            Assert.Equal(page < pages ? AuditSearch.PageSize : total - AuditSearch.PageSize * (pages - 1), table.QuerySelectorAll("tbody tr").Length);
            Assert.Empty(leaks.In(table.TextContent));
        }

        var csv = await admin.GetAsync("/api/v1/audit.csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var export = await csv.Content.ReadAsStringAsync();
        Assert.True(total < AuditExport.Limit);
        Assert.True(export.Count(c => c == '\n') >= total, "the export holds every event");
        Assert.Empty(leaks.In(export));
    }

    /// <summary>On top of the demo load: a worker opens files and takes a referral naming a known youth, with a place; a coordinator merges a pair giving a reason that names the youth.</summary>
    private async Task WorkOnTheDemoAsync()
    {
        List<Guid> cases = [], referrals = [];
        Guid pair = default, survivor = default;
        Features.Admin.Agency dcf = null!;
        Youth known = null!;
        await app.WithDb(async db =>
        {
            dcf = await db.Agencies.AsNoTracking().SingleAsync(a => a.Name.StartsWith("DCF"));
            cases = await db.Cases.Where(c => c.OwnerAgencyId == dcf.Id).OrderBy(c => c.Id).Select(c => c.Id).Take(5).ToListAsync();
            referrals = await db.Referrals.OrderBy(r => r.Id).Select(r => r.Id).Take(5).ToListAsync();
            var open = await db.PossibleDuplicates.Where(d => d.Status == Features.People.Duplicates.PossibleDuplicateStatus.Open).OrderBy(d => d.Id).FirstAsync();
            (pair, survivor) = (open.Id, open.PersonAId);
            known = await db.People.Where(p => p.DateOfBirth != null).OrderBy(p => p.Id)
                .Select(p => new Youth(p.GivenName, p.MiddleName, p.FamilyName, p.DateOfBirth)).FirstAsync();
        });
        var worker = await app.World.User(Roles.Investigator, dcf);
        var client = await app.World.SignedIn(worker);
        foreach (var id in cases)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/Cases/{id}")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/cases/{id}")).StatusCode);
        }
        foreach (var id in referrals) await client.GetAsync($"/Intake/Referrals/{id}");
        var again = World.Referral(given: known.Given, family: known.Family, dob: known.Born);
        again.Location = $"The {known.Family} family's flat, 12 Elm Street";
        again.Narrative = $"{known.Given} was seen with an older man.";
        await app.World.Receive(worker, again);

        var coordinator = await app.World.SignedIn(await app.World.User(Roles.Coordinator, await app.World.Agency("HART")));
        await coordinator.GetAsync($"/People/Duplicates/{pair}");
        var merged = await coordinator.PostAsJsonAsync($"/api/v1/people/possible-duplicates/{pair}/merge",
            new { survivorId = survivor, reason = $"Same youth: {known.Given} {known.Family}, born {known.Born:yyyy-MM-dd}, school confirmed." });
        Assert.Equal(HttpStatusCode.OK, merged.StatusCode);
    }

    /// <summary>Finds youth's names (as whole words, as written) and dates of birth (as the application writes dates) in a text.</summary>
    private sealed class Leaks
    {
        private readonly HashSet<string> _names = [];
        private readonly HashSet<string> _dates = [];

        public Leaks(IEnumerable<Youth> youth)
        {
            // Words the application itself writes for its codes ("Faith based partner") are not a youth's
            // name there; such a given name is still caught with the family name beside it.
            var vocabulary = typeof(AuditEvent).Assembly.GetTypes().Where(t => t.IsEnum)
                .SelectMany(t => Enum.GetNames(t)).SelectMany(n => Words(Hartline.Features.DisplayNames.Spelled(n))).ToHashSet();
            foreach (var y in youth)
            {
                foreach (var name in new[] { y.Given, y.Middle, y.Family }.OfType<string>().SelectMany(Words))
                    if (!vocabulary.Contains(name)) _names.Add(name);
                _names.Add($"{y.Given} {y.Family}");
                if (y.Born is { } born)
                    foreach (var format in new[] { "yyyy-MM-dd", "MM/dd/yyyy", "M/d/yyyy", "d MMMM yyyy", "MMMM d, yyyy" })
                        _dates.Add(born.ToString(format, CultureInfo.InvariantCulture));
            }
        }

        public IReadOnlyList<string> In(string text)
        {
            var words = Words(text).ToHashSet();
            return _names.Where(n => n.Contains(' ') ? text.Contains(n, StringComparison.Ordinal) : words.Contains(n))
                .Concat(_dates.Where(d => text.Contains(d, StringComparison.Ordinal))).ToList();
        }

        private static IEnumerable<string> Words(string text) => Word().Matches(text).Select(m => m.Value);
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();
}
