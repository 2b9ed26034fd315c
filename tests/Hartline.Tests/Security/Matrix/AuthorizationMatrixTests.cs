using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Hartline.Features.Cases;
using Hartline.Security;
using Hartline.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Tests.Security.Matrix;

/// <summary>
/// Every route of the app (its own route table) tried by every role on a record of its own agency, one shared with it, one
/// of another agency and a made-up one, and by nobody signed in. What each reaches must be what <see cref="AccessRules"/>
/// says; every refusal must answer exactly as the made-up record does (status and page, ids aside); nothing may answer a
/// server error.
/// </summary>
public sealed partial class AuthorizationMatrixTests(HartlineApp app) : IClassFixture<HartlineApp>
{
    private World World => app.World;

    [Fact]
    public async Task Every_page_and_endpoint_of_the_route_table_has_a_rule_and_every_rule_a_route()
    {
        _ = app.Services; // the host is built
        var routes = (await RouteTable.ReadAsync(app.Services)).Select(r => r.ToString()).ToHashSet();
        var unruled = routes.Where(r => !AccessRules.Table.ContainsKey(r)).ToList();
        Assert.True(unruled.Count == 0, "Routes without a rule in AccessRules.Table (say who may reach each):\n" + string.Join("\n", unruled));
        var stale = AccessRules.Table.Keys.Where(k => !routes.Contains(k)).ToList();
        Assert.True(stale.Count == 0, "Rules for routes the app no longer has:\n" + string.Join("\n", stale));
    }

    [Fact]
    public async Task Each_role_reaches_what_its_rule_says_and_a_refusal_answers_as_a_record_that_does_not_exist()
    {
        var fixture = await MatrixWorld.BuildAsync(app);
        var routes = (await RouteTable.ReadAsync(app.Services)).Where(r => AccessRules.Table.ContainsKey(r.ToString()) && !AccessRules.Table[r.ToString()].EndsSession)
            .OrderBy(r => r.Method == "GET" ? 0 : 1).ToList(); // reads first: a write that went through cannot change what a read sees
        var problems = new List<string>();
        var tried = 0;
        foreach (var route in routes)
        {
            var rule = AccessRules.Table[route.ToString()];
            foreach (var (role, user) in fixture.Users)
            {
                var relations = rule.Record == RecordKind.None ? [Relation.Missing] : Enum.GetValues<Relation>();
                var answers = new Dictionary<Relation, Answer>();
                foreach (var relation in relations)
                {
                    answers[relation] = await user.SendAsync(route, fixture.Id(rule.Record, relation));
                    tried++;
                }
                var missing = answers[Relation.Missing];
                foreach (var (relation, answer) in answers)
                {
                    var where = $"{route} as {role}{(rule.Record == RecordKind.None ? "" : $" on {relation.ToString().ToLowerInvariant()} {rule.Record}")}";
                    // A role kept out of a whole page may be told why (403, e.g. "exact figures are for roles that open case
                    // files"): no record is named. A refusal of one record answers as a missing one: 404.
                    var refused = answer.Hidden || (answer.Status == 403 && rule.Record == RecordKind.None);
                    if (answer.Status >= 500 || answer.Status == 401 || (answer.Status == 403 && !refused)) { problems.Add($"{where}: answered {answer.Status}"); continue; }
                    // A record named only by a made-up id, or a made-up second id (a note, a goal): a 404 is no proof of a refusal.
                    var unprovable = route.Ids > (rule.Record == RecordKind.None ? 0 : 1);
                    var expected = rule.Record == RecordKind.None ? rule.Reaches(role, relation) : relation != Relation.Missing && rule.Reaches(role, relation);
                    if (expected && refused && !unprovable && !rule.NeedsMore) problems.Add($"{where}: refused ({answer.Status}), the rule '{rule}' lets {role} in");
                    else if (!expected && !refused) problems.Add($"{where}: answered {answer.Status}, the rule '{rule}' keeps {role} out");
                    else if (!expected && relation != Relation.Missing && answer.Body != missing.Body)
                        problems.Add($"{where}: the refusal differs from a missing record's answer:\n    {Excerpt(answer.Body, missing.Body)}");
                }
            }
        }
        Assert.True(problems.Count == 0, $"{problems.Count} of {tried} answers are not as the rules say:\n" + string.Join("\n", problems));
        Assert.True(tried > 2_000, $"only {tried} requests were tried");

        // No write above changed who sees what: the shared case is still shared, and every user is still signed in.
        foreach (var (role, user) in fixture.Users)
            Assert.False((await user.SendAsync(new Route("GET", "/", "", IsPage: true), Guid.Empty)).Hidden, $"{role} is still signed in");
    }

    [Fact]
    public async Task Nobody_signed_in_reaches_any_route_but_sign_in_status_health_and_the_api_description()
    {
        var fixture = await MatrixWorld.BuildAsync(app);
        var anonymous = new MatrixUser(app.NewClient(), null);
        var problems = new List<string>();
        foreach (var route in await RouteTable.ReadAsync(app.Services))
        {
            if (!AccessRules.Table.TryGetValue(route.ToString(), out var rule)) continue; // the test above names it
            var rel = rule.Record == RecordKind.None ? Relation.Missing : Relation.Own;
            var answer = await anonymous.SendAsync(route, fixture.Id(rule.Record, rel));
            var toSignIn = answer.Status == 401 || (answer.Status == 302 && answer.Location?.Contains("/Account/SignIn?", StringComparison.Ordinal) == true);
            if (answer.Status >= 500) problems.Add($"{route}: answered {answer.Status}");
            else if (rule.EndsSession) continue; // nothing to end: refused or sent to sign in, either is right
            else if (rule.Anonymous == toSignIn)
                problems.Add($"{route}: answered {answer.Status} {answer.Location}, the rule is '{rule}'");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static string Excerpt(string a, string b)
    {
        var at = 0;
        while (at < a.Length && at < b.Length && a[at] == b[at]) at++;
        string Around(string s) => s.Substring(Math.Max(0, at - 60), Math.Min(160, s.Length - Math.Max(0, at - 60))).ReplaceLineEndings(" ");
        return $"refused: …{Around(a)}…\n    missing: …{Around(b)}…";
    }
}

/// <summary>The answer to one request, its body with what differs between any two requests (ids, tokens, trace ids) blanked.</summary>
public sealed partial record Answer(int Status, string Body, string? Location)
{
    public bool Hidden => Status == 404;

    public static string Normalise(string body) => Volatile().Replace(body, "•");

    [GeneratedRegex("""[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|(?<="traceId":")[^"]*|(?<=nonce=")[^"]*|(?<=name="__RequestVerificationToken" type="hidden" value=")[^"]*""")]
    private static partial Regex Volatile();
}

/// <summary>A signed-in user (or nobody) sending the matrix's requests: an API write as JSON with the request token, a form with the page token.</summary>
public sealed class MatrixUser(HttpClient client, string? formToken)
{
    public async Task<Answer> SendAsync(Route route, Guid id)
    {
        using var request = new HttpRequestMessage(new HttpMethod(route.Method), Url(route, id));
        if (route.Method != "GET")
            request.Content = route.IsPage
                ? new FormUrlEncodedContent(formToken is null ? [] : [new KeyValuePair<string, string>("__RequestVerificationToken", formToken)])
                : route.Accepts == "multipart/form-data" ? new MultipartFormDataContent() : new StringContent("{}", Encoding.UTF8, "application/json");
        using var response = await client.SendAsync(request);
        return new Answer((int)response.StatusCode, Answer.Normalise(await response.Content.ReadAsStringAsync()), response.Headers.Location?.OriginalString);
    }

    /// <summary>The first id is the record's; a second (a note, a goal, a consent) is made up, the same for every request.</summary>
    private static string Url(Route route, Guid id)
    {
        var at = 0;
        var path = Regex.Replace(route.Pattern, @"\{([a-zA-Z]+)(:[a-z]+)?\}", m => m.Groups[2].Value == ":guid"
            ? (at++ == 0 ? id : SecondId).ToString()
            : m.Groups[1].Value switch { "quarter" => "2019Q3", "documentName" => "v1", "move" => "accept", _ => "x" });
        return route.Handler is { Length: > 0 } handler ? $"{path}?handler={handler}" : path;
    }

    private static readonly Guid SecondId = Guid.Parse("0b5e55ed-0000-4000-8000-000000000002");
}

/// <summary>The records and users the matrix tries: every role in one agency, and cases and referrals owned by it, shared with it and not.</summary>
public sealed class MatrixWorld
{
    public required Dictionary<string, MatrixUser> Users { get; init; }
    public required Dictionary<(RecordKind, Relation), Guid> Ids { get; init; }

    public Guid Id(RecordKind kind, Relation relation) =>
        relation == Relation.Missing || kind == RecordKind.None ? MadeUp : Ids.GetValueOrDefault((kind, relation), MadeUp);

    private static readonly Guid MadeUp = Guid.Parse("5ee0dead-0000-4000-8000-000000000001");

    public static async Task<MatrixWorld> BuildAsync(HartlineApp app)
    {
        var world = app.World;
        var home = await world.Agency("Matrix home");
        var away = await world.Agency("Matrix away");
        var owner = await world.User(Roles.Investigator, away);
        var users = new Dictionary<string, MatrixUser>();
        TestUser? investigator = null;
        foreach (var role in Roles.All)
        {
            var user = await world.User(role, home);
            if (role == Roles.Investigator) investigator = user;
            var client = await world.SignedIn(user);
            var token = Forms.Html(await client.GetStringAsync("/")).QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value");
            users[role] = new MatrixUser(client, token);
        }
        var own = await world.Case(investigator!, World.Referral("Matrix", World.UniqueName("Own", 10)));
        var shared = await world.Case(owner, World.Referral("Matrix", World.UniqueName("Shared", 10)));
        await world.Grant(shared, home, GrantKind.Mdt);
        var other = await world.Case(owner, World.Referral("Matrix", World.UniqueName("Other", 10)));
        var someone = await world.User(Roles.Trainer, away); // whose page an administrator opens
        var ids = new Dictionary<(RecordKind, Relation), Guid>
        {
            [(RecordKind.Case, Relation.Own)] = own, [(RecordKind.Case, Relation.Shared)] = shared, [(RecordKind.Case, Relation.Other)] = other,
            [(RecordKind.User, Relation.Own)] = someone.Id, [(RecordKind.User, Relation.Shared)] = someone.Id, [(RecordKind.User, Relation.Other)] = someone.Id,
        };
        await app.WithDb(async db =>
        {
            foreach (var (relation, caseId) in new[] { (Relation.Own, own), (Relation.Shared, shared), (Relation.Other, other) })
                ids[(RecordKind.Referral, relation)] = await db.Referrals.Where(r => r.CaseId == caseId).Select(r => r.Id).SingleAsync();
        });
        return new MatrixWorld { Users = users, Ids = ids };
    }
}
