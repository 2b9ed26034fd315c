using System.Net;
using System.Net.Http.Json;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Hartline.Features.Demo;
using Hartline.Features.Mdt;
using Hartline.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Hartline.Tests.Platform;

/// <summary>
/// The demo caseload and its MDT teams and meetings, loaded once, and one of the investigator's cases filled in
/// through the API with a value of each kind that has a coded name (a home visit, a family member as offender, a
/// consent by youth and guardian, a withdrawn protection…): every page has something to show.
/// </summary>
public sealed class DemoWithMeetingsApp : HartlineApp
{
    public IReadOnlyList<DemoSignIn> SignIns { get; private set; } = [];
    /// <summary>The case filled in with a value of each kind: every walk starts at its tabs.</summary>
    public Guid FilledCase { get; private set; }
    /// <summary>The filled case's youth's family name, and the report number a correction added: the walk searches for both.</summary>
    public string FilledYouth { get; private set; } = "";
    public const string CorrectedReportNumber = "CR-2026-0042";
    /// <summary>Everything the app logs while the class's tests run, at every level down to Debug.</summary>
    public LogCapture Logs { get; } = new();

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(Microsoft.Extensions.Logging.LogLevel.Debug).AddProvider(Logs));
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        SignIns = await WithScope(sp => sp.GetRequiredService<DemoData>().LoadAsync());
        await WithScope(async sp => { await sp.GetRequiredService<MdtDemo>().LoadAsync(); return 0; });
        FilledCase = await FillACaseAsync();
    }

    private async Task<Guid> FillACaseAsync()
    {
        var investigator = SignIns.Single(s => s.Role == Hartline.Security.Roles.Investigator);
        var client = NewClient();
        var session = await client.PostAsJsonAsync("/api/v1/session", new { email = investigator.Email, password = investigator.Password, code = Codes.Next(investigator.AuthenticatorKey!) });
        Assert.Equal(HttpStatusCode.NoContent, session.StatusCode);
        client.DefaultRequestHeaders.Add(Hartline.Hosting.Api.ApiAntiforgery.Header, session.Headers.GetValues(Hartline.Hosting.Api.ApiAntiforgery.Header).Single());
        var caseId = await WithScope(async sp =>
        {
            var db = sp.GetRequiredService<Hartline.Data.HartlineDb>();
            var agency = db.Users.Single(u => u.Email == investigator.Email).AgencyId;
            return db.Cases.Where(c => c.OwnerAgencyId == agency).OrderBy(c => c.Id).Select(c => c.Id).First();
        });
        var today = LocalToday.ToString("yyyy-MM-dd");
        async Task<JsonElement> Post(string path, object body)
        {
            var response = await client.PostAsJsonAsync($"/api/v1/cases/{caseId}/{path}", body);
            Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            var text = await response.Content.ReadAsStringAsync();
            return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
        }
        await Post("notes", new { level = "Team", kind = "HomeVisit", contactOn = today, text = "Visited the youth at home with the foster carer." });
        var goal = await Post("plan/items", new { youthWords = "I want to feel calm at night.", domain = "MentalHealth" });
        await Post($"plan/items/{goal.GetProperty("id")}/agreement", new { agreement = "Disagreed", on = today, how = "InPerson" });
        await Post($"plan/items/{goal.GetProperty("id")}/status", new { status = "Dropped" });
        await Post("plan/feedback", new { givenOn = today, how = "Mdt", youthWords = "People listened." });
        var protection = await Post("legal/protections", new { kind = "UncaredForClassification", on = today });
        await Post($"legal/protections/{protection.GetProperty("id")}/steps", new { step = "Withdrawn", on = today });
        var offender = await Post("legal/offenders", new { role = "Trafficker", relationship = "FamilyOrCaregiver" });
        await Post("legal/court-dates", new { at = LocalNow.AddDays(10).ToString("yyyy-MM-ddT10:00"), court = "Superior Court", purpose = "PretrialHearing",
            offenderId = offender.GetProperty("id").GetGuid() });
        await Post("consents", new { givenBy = "YouthAndGuardian", giverName = "Pat Guardian", purposes = new[] { "LawEnforcement", "ServiceReferral" }, givenOn = today });
        await Post("missing-episodes", new { startedAt = LocalNow.AddDays(-1).ToString("yyyy-MM-ddTHH:mm"), missingFrom = "foster" });

        // A correction (the report number made afterwards), so the referral page shows a correction history.
        var referralId = await WithScope(sp => Task.FromResult(sp.GetRequiredService<Hartline.Data.HartlineDb>().Referrals
            .Where(r => r.CaseId == caseId).OrderBy(r => r.Id).Select(r => r.Id).First()));
        var sheet = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/referrals/{referralId}/corrections")).RootElement;
        var current = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(sheet.GetProperty("current").GetRawText())!;
        FilledYouth = current["familyName"].GetString()!;
        current["carelineReportNumber"] = JsonSerializer.SerializeToElement(CorrectedReportNumber);
        current["reason"] = JsonSerializer.SerializeToElement("The Careline report was made after intake.");
        var corrected = await client.PostAsJsonAsync($"/api/v1/referrals/{referralId}/corrections", current);
        Assert.True(corrected.IsSuccessStatusCode, $"correction: {(int)corrected.StatusCode} {await corrected.Content.ReadAsStringAsync()}");
        return caseId;
    }
}

/// <summary>
/// No page, export or minutes shows a code where people read words: each demo role walks every page it can
/// reach from its home by following links (a few of each kind: cases with all their tabs, referrals, MDT teams
/// and meetings, duplicate pairs, the confirmation steps) and the text it reads is searched for the names of
/// the application's enum members.
/// </summary>
public sealed class PlainWordsTests(DemoWithMeetingsApp app) : IClassFixture<DemoWithMeetingsApp>
{
    private const int PagesOfOneKind = 2;

    [Fact]
    public async Task No_page_export_or_minutes_shows_a_raw_enum_name()
    {
        var codes = RawNames.Patterns();
        // One line per role, kind of page and name, with the first place it was seen.
        var problems = new Dictionary<string, string>();
        var reached = new HashSet<string>();
        foreach (var signIn in app.SignIns)
        {
            var client = app.NewClient();
            var session = await client.PostAsJsonAsync("/api/v1/session", new { email = signIn.Email, password = signIn.Password, code = app.Codes.Next(signIn.AuthenticatorKey!) });
            Assert.Equal(HttpStatusCode.NoContent, session.StatusCode);
            var filled = $"/Cases/{app.FilledCase}";
            string[] searches = [$"/Search?q={Uri.EscapeDataString(app.FilledYouth)}", $"/Search?q={DemoWithMeetingsApp.CorrectedReportNumber}"];
            foreach (var (url, text) in await WalkAsync(client, ["/", filled, .. new[] { "Team", "Consent", "Legal", "Notes", "Plan", "Profile" }.Select(t => $"{filled}/{t}"), .. searches]))
            {
                reached.Add($"{signIn.Role} {Kind(url)}");
                foreach (var code in codes)
                    foreach (Match m in code.Matches(text))
                        problems.TryAdd($"{signIn.Role} {Kind(url)} \"{m.Value}\"", $"{url}: …{Around(text, m.Index)}…");
            }
        }
        Assert.True(problems.Count == 0, $"{problems.Count} raw names:\n" + string.Join("\n", problems.Select(p => $"{p.Key} ({p.Value})")));

        // The walk reached what matters, so an empty result means something.
        foreach (var kind in new[]
                 {
                     "Coordinator /Cases/{id}", "Coordinator /Cases/{id}/Team", "Coordinator /Cases/{id}/Consent", "Coordinator /Cases/{id}/Legal",
                     "Coordinator /Cases/{id}/Notes", "Coordinator /Cases/{id}/Plan", "Coordinator /Cases/{id}/Profile",
                     "Coordinator /Intake/Referrals/{id}", "Coordinator /Mdt/Teams/{id}", "Coordinator /Mdt/Meetings/{id}",
                     "Coordinator /Mdt/Meetings/{id}/Minutes", "Coordinator /People/Duplicates/{id}", "Investigator /Intake/Referrals/{id}",
                     "LawEnforcement /Cases/{id}/Legal", "MdtMember /Mdt/Meetings/{id}", "Analyst /Reports", "Administrator /Admin/Audit",
                     "Coordinator /Search?q", "Investigator /Search?q", "Investigator /Intake/Referrals/{id}/Correct",
                 })
            Assert.Contains(kind, reached);
    }

    [Fact]
    public void The_search_finds_names_written_together_and_codes_in_parentheses_but_not_words()
    {
        var codes = RawNames.Patterns();
        bool Found(string text) => codes.Any(c => c.IsMatch(text));
        Assert.True(Found("Status: LinkedToCase"));
        Assert.True(Found("Beacon Youth Survivor Care (Mdt)"));
        Assert.True(Found("Casey (MdtMember)"));
        Assert.True(Found("Parker (Provider)"));
        Assert.False(Found("Ines (Investigator)")); // the role's words are its name
        Assert.True(Found("Shared for Mdt"));
        Assert.False(Found("Linked to a case; shared with Beacon (MDT); the case is open (Open cases: 3)"));
    }

    [Fact]
    public void Every_coded_value_a_page_can_show_has_words_in_the_catalogue()
    {
        var missing = RawNames.Enums().Where(t => t.Assembly == typeof(Program).Assembly && !Hartline.Features.DisplayNames.Internal.Contains(t))
            .SelectMany(t => Enum.GetValues(t).Cast<Enum>())
            .Where(v => !Hartline.Features.DisplayNames.Knows(v) || Hartline.Features.DisplayNames.Of(v) == v.ToString() && v.ToString().Skip(1).Any(char.IsUpper))
            .Select(v => $"{v.GetType().Name}.{v}").ToList();
        Assert.True(missing.Count == 0, "Not in DisplayNames: " + string.Join(", ", missing));
    }

    [Fact]
    public async Task No_youths_name_reaches_the_logs_whatever_is_asked_or_typed()
    {
        // As every role: the pages a walk reaches, a search for the youth by name, input refused with a name in it, a
        // record that is not there; and a failed sign-in with a name for an e-mail.
        foreach (var signIn in app.SignIns)
        {
            var tokens = new ApiTokens();
            var client = app.NewClient(tokens);
            var session = await client.PostAsJsonAsync("/api/v1/session", new { email = signIn.Email, password = signIn.Password, code = app.Codes.Next(signIn.AuthenticatorKey!) });
            tokens.Token = session.Headers.GetValues(Hartline.Hosting.Api.ApiAntiforgery.Header).Single();
            await WalkAsync(client, ["/", $"/Cases/{app.FilledCase}", $"/Search?q={Uri.EscapeDataString(app.FilledYouth)}"]);
            await client.GetAsync($"/api/v1/search?q={Uri.EscapeDataString(app.FilledYouth)}");
            await client.PostAsync("/api/v1/referrals", new StringContent($"{{\"familyName\": \"{app.FilledYouth}\", \"dateOfBirth\": \"2030-13-45\"",
                System.Text.Encoding.UTF8, "application/json"));
            await client.PostAsJsonAsync("/api/v1/referrals", new { familyName = app.FilledYouth, givenName = "", dateOfBirth = "not a date", region = app.FilledYouth });
            await client.GetAsync($"/Cases/{Guid.NewGuid()}");
            await client.GetAsync($"/api/v1/cases/{Guid.NewGuid()}");
        }
        await app.NewClient().PostAsJsonAsync("/api/v1/session", new { email = $"{app.FilledYouth}@nowhere.example", password = "wrong password!" });

        var names = await app.WithScope(async sp =>
        {
            var people = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
                sp.GetRequiredService<Hartline.Data.HartlineDb>().People.Select(p => new { p.GivenName, p.FamilyName }));
            return people.SelectMany(p => new[] { p.GivenName, p.FamilyName }).Where(n => n is { Length: >= 4 }).Distinct().ToList();
        });
        Assert.Contains(app.FilledYouth, names);
        var lines = app.Logs.Lines.ToList();
        Assert.NotEmpty(lines); // the capture hears the app
        var leaks = lines.SelectMany(line => names.Where(n => Regex.IsMatch(line, $@"\b{Regex.Escape(n!)}\b", RegexOptions.IgnoreCase))
            .Select(n => $"{n}: {line}")).Take(10).ToList();
        Assert.True(leaks.Count == 0, $"{lines.Count} lines logged; names found:\n" + string.Join("\n", leaks));
    }

    /// <summary>Every page and download reachable by links from home, a few of each kind, with the text a person reads there.</summary>
    private static async Task<List<(string Url, string Text)>> WalkAsync(HttpClient client, IEnumerable<string> start)
    {
        var read = new List<(string, string)>();
        var queue = new Queue<string>(start);
        var seen = new HashSet<string>(queue);
        var perKind = new Dictionary<string, int>();
        while (queue.TryDequeue(out var url))
        {
            var kind = Kind(url);
            perKind[kind] = perKind.GetValueOrDefault(kind) + 1;
            if (perKind[kind] > PagesOfOneKind) continue;
            using var response = await client.GetAsync(url);
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound or HttpStatusCode.Redirect,
                $"{url}: {(int)response.StatusCode}");
            if (response.StatusCode != HttpStatusCode.OK) continue;
            var type = response.Content.Headers.ContentType?.MediaType ?? "";
            if (type == "application/pdf")
            {
                read.Add((url, PdfText(await response.Content.ReadAsByteArrayAsync())));
                continue;
            }
            var body = await response.Content.ReadAsStringAsync();
            if (type != "text/html")
            {
                if (type.StartsWith("text/")) read.Add((url, body));
                continue;
            }
            var doc = Forms.Html(body);
            read.Add((url, VisibleText(doc)));
            foreach (var a in doc.QuerySelectorAll("a[href]"))
            {
                var href = a.GetAttribute("href")!;
                var hash = href.IndexOf('#');
                if (hash >= 0) href = href[..hash];
                if (!href.StartsWith('/') || href.StartsWith("//") || href.StartsWith("/api/") || href.StartsWith("/Account/SignOut")) continue;
                if (seen.Add(href)) queue.Enqueue(href);
            }
        }
        return read;
    }

    /// <summary>A page's kind: its path with ids as {id} and its query's keys, e.g. /Cases/{id}/Team or /Cases?page.</summary>
    private static string Kind(string url)
    {
        var parts = url.Split('?', 2);
        var path = Regex.Replace(parts[0], "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}", "{id}");
        if (parts.Length == 1) return path;
        var keys = parts[1].Split('&').Select(p => p.Split('=')[0]).Order();
        return $"{path}?{string.Join("&", keys)}";
    }

    /// <summary>The text of the body and the attributes people read or hear (titles, labels, placeholders, alternative text).</summary>
    private static string VisibleText(IDocument doc)
    {
        foreach (var hidden in doc.QuerySelectorAll("script, style, template").ToList()) hidden.Remove();
        var attributes = doc.QuerySelectorAll("[title], [aria-label], [placeholder], [alt], input[type=submit][value], input[type=button][value]")
            .SelectMany(e => new[] { "title", "aria-label", "placeholder", "alt", "value" }.Select(e.GetAttribute))
            .OfType<string>();
        return Regex.Replace(string.Join(" ", new[] { doc.Title ?? "", doc.Body?.TextContent ?? "" }.Concat(attributes)), @"\s+", " ");
    }

    /// <summary>The text a reader sees in the minutes' PDF.</summary>
    private static string PdfText(byte[] pdf) => Support.PdfText.Of(pdf);

    private static string Around(string text, int at) => text.Substring(Math.Max(0, at - 40), Math.Min(100, text.Length - Math.Max(0, at - 40)));
}

/// <summary>The enum member names of the application as patterns to find on a page.</summary>
public static class RawNames
{
    /// <summary>
    /// Names of two words or more written together (LinkedToCase, LawEnforcement, MdtMember) and names without a
    /// vowel, which are abbreviations ("Mdt"), anywhere; and in parentheses, where a label would print a value,
    /// any name whose words differ from it ("(Provider)" for "Service provider"). A one-word name that is also its
    /// own words ("Investigator", "Open") is English wherever it stands. The roles count too: codes kept as strings.
    /// </summary>
    public static IReadOnlyList<Regex> Patterns()
    {
        var values = Enums().SelectMany(t => Enum.GetValues(t).Cast<Enum>())
            .Select(v => (Name: v.ToString(), Words: Hartline.Features.DisplayNames.Of(v)))
            .Concat(Hartline.Security.Roles.All.Select(r => (Name: r, Words: Hartline.Features.DisplayNames.Role(r)))).ToList();
        var names = values.Select(v => v.Name).Distinct().ToList();
        var anywhere = names.Where(n => Regex.IsMatch(n, "^[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+$") || !Regex.IsMatch(n, "[aeiouyAEIOUY]"));
        var relabelled = values.Where(v => v.Words != v.Name).Select(v => v.Name).Distinct();
        return
        [
            new Regex($@"\b(?:{string.Join("|", anywhere.Select(Regex.Escape))})\b"),
            new Regex($@"\((?:{string.Join("|", relabelled.Select(Regex.Escape))})\)"),
        ];
    }

    public static IEnumerable<Type> Enums() =>
        new[] { typeof(Program).Assembly, typeof(Hartline.Linkage.PersonRecord).Assembly }
            .SelectMany(a => a.GetTypes()).Where(t => t.IsEnum);
}
