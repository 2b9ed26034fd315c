using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Hartline.Security;
using Hartline.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hartline.Tests.Platform;

/// <summary>
/// What a client generated from /openapi/v1.json relies on: an id and the security of every operation, every
/// path parameter declared, named answer types, problem bodies for refusals, and instants that carry their offset
/// in the document and on the wire.
/// </summary>
public sealed partial class ApiContractTests(HartlineApp app) : IClassFixture<HartlineApp>
{
    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")] private static partial Regex LooksLikeInstant();
    [GeneratedRegex(@"(Z|[+-]\d{2}:\d{2})$")] private static partial Regex EndsWithOffset();
    [GeneratedRegex(@"\{([^}]+)\}")] private static partial Regex PathParameter();

    private async Task<JsonElement> DocumentAsync() =>
        JsonDocument.Parse(await app.NewClient().GetStringAsync("/openapi/v1.json")).RootElement;

    private static IEnumerable<(string Path, string Method, JsonElement Operation)> Operations(JsonElement doc) =>
        doc.GetProperty("paths").EnumerateObject().SelectMany(path => path.Value.EnumerateObject()
            .Where(m => m.Name is "get" or "post" or "put" or "patch" or "delete")
            .Select(m => (path.Name, m.Name, m.Value)));

    [Fact]
    public async Task Every_operation_has_its_own_camel_case_operation_id()
    {
        var ids = Operations(await DocumentAsync())
            .Select(o => o.Operation.TryGetProperty("operationId", out var id) ? id.GetString() : $"(none: {o.Method} {o.Path})").ToList();
        Assert.True(ids.Count > 70, $"only {ids.Count} operations");
        Assert.All(ids, id => Assert.Matches("^[a-z][A-Za-z0-9]*$", id!));
        Assert.Empty(ids.GroupBy(id => id).Where(g => g.Count() > 1).Select(g => g.Key));
        Assert.Contains("getCasesById", ids);
    }

    [Fact]
    public async Task Every_operation_but_sign_in_needs_the_session_cookie_the_sign_in_sets()
    {
        var doc = await DocumentAsync();
        var scheme = doc.GetProperty("components").GetProperty("securitySchemes").GetProperty("sessionCookie");
        Assert.Equal("apiKey", scheme.GetProperty("type").GetString());
        Assert.Equal("cookie", scheme.GetProperty("in").GetString());
        var user = await app.World.User(Roles.Investigator, await app.World.Agency());
        var signIn = await app.NewClient().PostAsJsonAsync("/api/v1/session", new { email = user.Email, password = user.Password, code = app.World.Code(user) });
        Assert.Contains(signIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith(scheme.GetProperty("name").GetString() + "="));

        var anonymous = new List<string>();
        foreach (var (path, method, op) in Operations(doc))
        {
            var requirements = op.GetProperty("security").EnumerateArray().ToList();
            var requirement = Assert.Single(requirements);
            if (!requirement.EnumerateObject().Any()) { anonymous.Add($"{method} {path}"); continue; }
            Assert.True(requirement.TryGetProperty("sessionCookie", out _), $"{method} {path}");
            Assert.True(op.GetProperty("responses").TryGetProperty("401", out _), $"{method} {path} declares no 401");
        }
        Assert.Equal(["post /api/v1/session"], anonymous);
    }

    [Fact]
    public async Task Every_path_parameter_is_declared_every_answer_is_a_named_type_and_every_refusal_a_problem()
    {
        var doc = await DocumentAsync();
        var schemas = doc.GetProperty("components").GetProperty("schemas");
        Assert.DoesNotContain(schemas.EnumerateObject(), s => s.Name.Contains("Anonymous"));
        foreach (var (path, method, op) in Operations(doc))
        {
            var where = $"{method} {path}";
            var declared = op.TryGetProperty("parameters", out var ps)
                ? ps.EnumerateArray().Where(p => p.GetProperty("in").GetString() == "path" && p.GetProperty("required").GetBoolean())
                    .Select(p => p.GetProperty("name").GetString()).ToHashSet()
                : [];
            foreach (Match m in PathParameter().Matches(path)) Assert.True(declared.Contains(m.Groups[1].Value), $"{where}: {{{m.Groups[1].Value}}} is not declared");

            var responses = op.GetProperty("responses").EnumerateObject().ToList();
            Assert.Contains(responses, r => r.Name.StartsWith('2'));
            if (op.TryGetProperty("requestBody", out _)) Assert.Contains(responses, r => r.Name == "400");
            foreach (var r in responses)
            {
                if (!r.Value.TryGetProperty("content", out var content)) continue;
                foreach (var media in content.EnumerateObject())
                {
                    var schema = media.Value.GetProperty("schema");
                    if (r.Name.StartsWith('4'))
                        Assert.Equal(r.Name == "400" ? "#/components/schemas/HttpValidationProblemDetails" : "#/components/schemas/ProblemDetails",
                            schema.GetProperty("$ref").GetString());
                    else if (schema.TryGetProperty("items", out var items)) schema = items;
                    Assert.False(schema.TryGetProperty("properties", out _), $"{where} {r.Name}: an inline object, not a named type");
                }
                if (r.Name.StartsWith('4')) Assert.True(r.Value.TryGetProperty("content", out _), $"{where} {r.Name} has no problem body");
            }
        }
    }

    [Fact]
    public async Task Every_instant_in_the_document_has_an_example_with_its_offset_that_round_trips()
    {
        var doc = JsonNode.Parse(await app.NewClient().GetStringAsync("/openapi/v1.json"))!;
        // A schema whose "format" is a string; a record with a property called Format has an object there.
        var instants = Descendants(doc).OfType<JsonObject>().Where(o => o["format"] is JsonValue f && f.GetValueKind() == JsonValueKind.String && f.GetValue<string>() == "date-time").ToList();
        Assert.True(instants.Count > 30, $"only {instants.Count} date-time schemas");
        var options = app.Services.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        foreach (var schema in instants)
        {
            var example = schema["examples"]?[0]?.GetValue<string>();
            Assert.True(example is not null && EndsWithOffset().IsMatch(example), $"{schema.GetPath()}: example {example}");
            var read = JsonSerializer.Deserialize<DateTime>($"\"{example}\"", options);
            Assert.Equal($"\"{example}\"", JsonSerializer.Serialize(read, options));
            Assert.Equal(DateTimeOffset.Parse(example).UtcDateTime, read);
        }
        // Dates stay dates.
        var referral = doc["components"]!["schemas"]!["ReferralInput"]!["properties"]!;
        Assert.Equal("date", referral["dateOfBirth"]!["format"]!.GetValue<string>());
        Assert.Equal("date-time", referral["receivedAt"]!["format"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("2025-12-02T17:38:00Z", "2025-12-02T12:38:00-05:00")] // winter: Eastern Standard Time
    [InlineData("2025-12-02T12:38:00-05:00", "2025-12-02T12:38:00-05:00")]
    [InlineData("2019-08-14T16:30:00+02:00", "2019-08-14T10:30:00-04:00")] // summer, sent from another zone
    [InlineData("2019-08-14T10:30:00", "2019-08-14T10:30:00-04:00")] // no offset: Connecticut's own clock, as a form field
    public async Task An_instant_comes_back_as_the_same_instant_with_the_jurisdictions_offset(string sent, string answered)
    {
        var worker = await app.World.User(Roles.Investigator, await app.World.Agency());
        var client = await app.World.SignedIn(worker);
        var body = JsonSerializer.SerializeToNode(World.Referral(family: World.UniqueName("Offset")), ApiJson.Options)!.AsObject();
        body["receivedAt"] = sent;
        var received = await client.PostAsJsonAsync("/api/v1/referrals", body);
        Assert.Equal(HttpStatusCode.Created, received.StatusCode);
        var id = (await received.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("referralId").GetGuid();

        var view = await client.GetFromJsonAsync<JsonElement>($"/api/v1/referrals/{id}");
        Assert.Equal(answered, view.GetProperty("receivedAt").GetString());
        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/referrals");
        Assert.Contains(list.GetProperty("items").EnumerateArray(),
            r => r.GetProperty("id").GetGuid() == id && r.GetProperty("receivedAt").GetString() == answered);
    }

    [Fact]
    public async Task Every_instant_a_client_reads_carries_its_offset()
    {
        var worker = await app.World.User(Roles.Investigator, await app.World.Agency());
        var caseId = await app.World.Case(worker);
        var referralId = (await app.World.Receive(worker)).ReferralId;
        var client = await app.World.SignedIn(worker);
        // An answer that is the stored record itself (times in UTC inside) goes out like every view.
        var episode = await client.PostAsJsonAsync($"/api/v1/cases/{caseId}/missing-episodes", new { startedAt = "2024-03-01T22:00" });
        Assert.Equal(HttpStatusCode.OK, episode.StatusCode);
        Assert.Equal("2024-03-01T22:00:00-05:00", (await episode.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("startedAt").GetString());
        var partner = await app.World.Agency("Beacon", Features.Admin.AgencyKind.ServiceProvider);
        var instants = new List<string>();
        foreach (var (part, body) in new (string, object)[]
        {
            ("notes", new { level = "Team", text = "Met the youth." }),
            ("team", new { role = "SchoolContact", name = "Ms. Rivera" }),
            ("consents", new { givenBy = "Youth", recipientAgencyId = partner.Id, purposes = new[] { "Mdt" }, givenOn = "2024-01-05" }),
            ("plan/items", new { youthWords = "Go back to school", domain = "Education" }),
            ("legal/court-dates", new { at = "2019-06-01T10:00", court = "GA 14", purpose = "Arraignment" }),
            ("shares", new { agencyId = partner.Id, kind = "Mdt" }),
        })
        {
            var added = await client.PostAsJsonAsync($"/api/v1/cases/{caseId}/{part}", body);
            Assert.True(added.IsSuccessStatusCode, $"{part}: {await added.Content.ReadAsStringAsync()}");
            instants.AddRange(InstantsIn($"POST {part}", await added.Content.ReadAsStringAsync()));
        }

        // Like a generated client, walk the document: every GET it can fill in from one case and one referral.
        var read = 0;
        foreach (var (path, method, _) in Operations(await DocumentAsync()))
        {
            if (method != "get" || path.EndsWith(".csv") || path.EndsWith(".pdf")) continue;
            var url = path switch
            {
                _ when !path.Contains('{') => path,
                _ when path.StartsWith("/api/v1/cases/{id}") && path.IndexOf('{') == path.LastIndexOf('{') => path.Replace("{id}", caseId.ToString()),
                "/api/v1/referrals/{id}" => path.Replace("{id}", referralId.ToString()),
                _ => null,
            };
            if (url is null) continue;
            var response = await client.GetAsync(url);
            if (response.StatusCode != HttpStatusCode.OK) continue; // not the investigator's (404), like a refusal
            read++;
            instants.AddRange(InstantsIn(url, await response.Content.ReadAsStringAsync()));
        }
        Assert.True(read >= 10, $"only {read} answers read");
        Assert.All(instants, i => Assert.Matches(EndsWithOffset(), i));
        // Views made on the jurisdiction's clock and records read as stored (UTC) alike.
        foreach (var field in new[] { "receivedAt", "writtenAt", "assignedAt", "recordedAt", "changedAt", "addedAt", "startedAt", "grantedAt", "courtDates[0].at" })
            Assert.True(instants.Any(i => i.Contains(field)), $"no {field} among:\n{string.Join('\n', instants)}");
        Assert.Contains(instants, i => i.EndsWith("courtDates[0].at = 2019-06-01T10:00:00-04:00"));
    }

    [Fact]
    public async Task A_number_sent_as_text_is_refused_naming_the_field()
    {
        var worker = await app.World.User(Roles.Investigator, await app.World.Agency());
        var caseId = await app.World.Case(worker);
        var client = await app.World.SignedIn(worker);
        var answer = await client.PostAsJsonAsync($"/api/v1/cases/{caseId}/plan/feedback", new { hadASay = "4", youthWords = "ok" });
        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.True((await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("hadASay", out _));
    }

    private static IEnumerable<string> InstantsIn(string where, string json) =>
        json.Length == 0 ? [] : Descendants(JsonNode.Parse(json)).OfType<JsonValue>()
            .Where(v => v.GetValueKind() == JsonValueKind.String && LooksLikeInstant().IsMatch(v.GetValue<string>()))
            .Select(v => $"{where} {v.GetPath()} = {v.GetValue<string>()}");

    private static IEnumerable<JsonNode> Descendants(JsonNode? node)
    {
        if (node is null) yield break;
        yield return node;
        var children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a.AsEnumerable(),
            _ => [],
        };
        foreach (var child in children)
            foreach (var d in Descendants(child)) yield return d;
    }
}
