using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hartline.Data;
using Hartline.Features.Admin;
using Hartline.Features.Services.Directory;
using Hartline.Security;
using Hartline.Security.Audit;
using Hartline.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hartline.Tests.Services;

/// <summary>
/// The directory's files through the API and the /Services/Exchange page: who may download and who may import (others
/// are told there is nothing here, and the refusal is audited), a check that writes nothing, a confirmation before an
/// import, and problems answered as a 400 that lists each one.
/// </summary>
public sealed class DirectoryExchangeApiTests(HartlineApp app) : IClassFixture<HartlineApp>
{
    private World World => app.World;

    [Fact]
    public async Task Only_coordinators_and_administrators_import_and_a_refusal_is_a_404_that_is_audited()
    {
        var provider = await World.User(Roles.Provider, await World.Agency("Beacon", AgencyKind.ServiceProvider));
        var analyst = await World.User(Roles.Analyst, await World.Agency("HART", AgencyKind.Coordination));
        var (organization, service, phone) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var zip = TestPackage.Small(organization, service, phone).Zip();
        foreach (var user in new[] { provider, analyst })
        {
            var client = await World.SignedIn(user);
            Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync("/api/v1/directory/import", Upload(zip))).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync("/api/v1/directory/import?dryRun=true", Upload(zip))).StatusCode);
            var denied = await app.WithScope(sp => sp.GetRequiredService<HartlineDb>().AuditEvents
                .CountAsync(e => e.UserId == user.Id && e.Action == AuditAction.Denied && e.EntityType == "Directory"));
            Assert.Equal(2, denied);
        }
        Assert.Null(await app.WithScope(sp => sp.GetRequiredService<HartlineDb>().Set<Service>().FindAsync(service).AsTask()));

        // The analyst sees no case and no directory: no download either. A provider downloads.
        var analystClient = await World.SignedIn(analyst);
        Assert.Equal(HttpStatusCode.NotFound, (await analystClient.GetAsync("/api/v1/directory/export?format=csv")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await analystClient.GetAsync("/Services/Exchange")).StatusCode);
        var providerClient = await World.SignedIn(provider);
        var download = await providerClient.GetAsync("/api/v1/directory/export?format=csv");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/zip", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("hartline-directory.zip", download.Content.Headers.ContentDisposition?.FileNameStar ?? download.Content.Headers.ContentDisposition?.FileName);
        using (var archive = new ZipArchive(await download.Content.ReadAsStreamAsync()))
            Assert.Equal(15, archive.Entries.Count);
        var json = await providerClient.GetAsync("/api/v1/directory/export?format=json");
        Assert.Equal("application/json", json.Content.Headers.ContentType?.MediaType);
        Assert.Equal(JsonValueKind.Array, JsonDocument.Parse(await json.Content.ReadAsStringAsync()).RootElement.ValueKind);
        Assert.Equal(HttpStatusCode.BadRequest, (await providerClient.GetAsync("/api/v1/directory/export?format=xml")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await providerClient.GetAsync("/api/v1/directory/export")).StatusCode);
    }

    [Fact]
    public async Task A_coordinator_checks_then_imports_and_the_rows_are_audited_under_their_name()
    {
        var coordinator = await World.User(Roles.Coordinator, await World.Agency("HART", AgencyKind.Coordination));
        var client = await World.SignedIn(coordinator);
        var (organization, service, phone) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var zip = TestPackage.Small(organization, service, phone).Zip();

        var before = await DirectoryExchange.CountsAsync(app);
        var checkedOnly = await client.PostAsync("/api/v1/directory/import?dryRun=true", Upload(zip));
        Assert.Equal(HttpStatusCode.OK, checkedOnly.StatusCode);
        var check = await checkedOnly.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(check.GetProperty("saved").GetBoolean());
        Assert.Equal(["service 1"], check.GetProperty("tables").EnumerateArray().Where(t => t.GetProperty("table").GetString() == "service")
            .Select(t => $"{t.GetProperty("table").GetString()} {t.GetProperty("added").GetInt32()}"));
        Assert.Equal(before, await DirectoryExchange.CountsAsync(app)); // a check writes nothing, not even an audit line

        var imported = await client.PostAsync("/api/v1/directory/import", Upload(zip));
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        Assert.True((await imported.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("saved").GetBoolean());
        var created = await app.WithScope(sp => sp.GetRequiredService<HartlineDb>().AuditEvents
            .Where(e => e.Action == AuditAction.Create && (e.EntityId == service.ToString() || e.EntityId == organization.ToString() || e.EntityId == phone.ToString()))
            .ToListAsync());
        Assert.Equal(["DirectoryPhone", "Organization", "Service"], created.Select(e => e.EntityType).Order());
        Assert.All(created, e => Assert.Equal(coordinator.Id, e.UserId));
    }

    [Fact]
    public async Task Problems_answer_400_listing_file_line_column_and_message_and_nothing_is_saved()
    {
        var admin = await World.User(Roles.Administrator, await World.Agency("HART", AgencyKind.Coordination));
        var client = await World.SignedIn(admin);
        var (organization, service, phone) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var package = TestPackage.Small(organization, service, phone);
        package.Files["services.csv"] = package.Files["services.csv"].Replace(",12,17,", ",18,12,");
        var before = await DirectoryExchange.CountsAsync(app);

        var refused = await client.PostAsync("/api/v1/directory/import", Upload(package.Zip()));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("The directory was not imported.", problem.GetProperty("title").GetString());
        Assert.Equal("services.csv, line 2, minimum_age: the minimum age (18) is above the maximum age (12)",
            problem.GetProperty("errors").GetProperty("services.csv")[0].GetString());
        var listed = problem.GetProperty("problems")[0];
        Assert.Equal(("services.csv", 2, "minimum_age"), (listed.GetProperty("file").GetString(), listed.GetProperty("line").GetInt32(), listed.GetProperty("column").GetString()));
        Assert.Equal(before, await DirectoryExchange.CountsAsync(app));

        var noFile = await client.PostAsync("/api/v1/directory/import", new MultipartFormDataContent { { new StringContent("x"), "other" } });
        Assert.Equal(HttpStatusCode.BadRequest, noFile.StatusCode);
        Assert.Contains("Choose the file to import", await noFile.Content.ReadAsStringAsync());
        var tooLarge = await client.PostAsync("/api/v1/directory/import", Upload(new byte[(20 << 20) + 1]));
        Assert.Equal(HttpStatusCode.BadRequest, tooLarge.StatusCode);
        Assert.Contains("larger than 20 MB", await tooLarge.Content.ReadAsStringAsync());
        var notAForm = await client.PostAsJsonAsync("/api/v1/directory/import", new { file = "x" });
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, notAForm.StatusCode); // the endpoint declares multipart/form-data
    }

    [Fact]
    public async Task The_page_checks_a_file_asks_before_importing_and_imports_on_yes()
    {
        var coordinator = await World.User(Roles.Coordinator, await World.Agency("HART", AgencyKind.Coordination));
        var client = await World.SignedIn(coordinator);
        var page = Forms.Html(await client.GetStringAsync("/Services/Exchange"));
        Assert.NotNull(page.QuerySelector("a[href='/api/v1/directory/export?format=csv']"));
        Assert.NotNull(page.QuerySelector("form[enctype='multipart/form-data'] input[type=file]"));
        Assert.NotNull(Forms.Html(await client.GetStringAsync("/Services")).QuerySelector("a[href='/Services/Exchange']"));
        var (organization, service, phone) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var package = TestPackage.Small(organization, service, phone);
        var before = await DirectoryExchange.CountsAsync(app);

        // Only a check: the counts, and nothing offered.
        var checkedOnly = Forms.Html(await (await PostPage(client, "Check", package.Zip(), checkOnly: true)).Content.ReadAsStringAsync());
        Assert.Contains("Nothing was saved: you asked only to check it.", checkedOnly.Body!.TextContent);
        Assert.Null(checkedOnly.QuerySelector("section.confirm"));

        // Problems: a table of where they are, in words.
        var broken = TestPackage.Small(organization, service, phone);
        broken.Files["services.csv"] = broken.Files["services.csv"].Replace(",12,17,", ",12,-17,");
        var refused = Forms.Html(await (await PostPage(client, "Check", broken.Zip())).Content.ReadAsStringAsync());
        var cells = refused.QuerySelectorAll("table.import-problems tbody tr td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(["services.csv", "2", "maximum_age"], cells.Take(3));
        Assert.StartsWith("must be a whole number from 0 to 120", cells[3]);
        Assert.Null(refused.QuerySelector("section.confirm"));

        // A good file: the page asks first, saying what will happen; asking changed nothing.
        var asked = Forms.Html(await (await PostPage(client, "Check", package.Zip())).Content.ReadAsStringAsync());
        Assert.Equal("Import this directory?", asked.QuerySelector("h1")!.TextContent.Trim());
        var confirm = asked.QuerySelector("section.confirm")!;
        Assert.Contains("3 records added, 0 changed and 0 unchanged", confirm.TextContent);
        Assert.Contains("Nothing is deleted", confirm.TextContent);
        var form = confirm.QuerySelector("form[method=post]")!;
        Assert.Equal("Yes, import the directory", form.QuerySelector("button[type=submit]")!.TextContent.Trim());
        Assert.Equal(before, await DirectoryExchange.CountsAsync(app));

        // Yes: imported, and the notice says so. The held file is imported once only.
        var fields = form.QuerySelectorAll("input[type=hidden]").Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value")!)).ToList();
        var action = form.GetAttribute("action")!;
        var yes = await client.PostAsync(action, new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Redirect, yes.StatusCode);
        Assert.Contains("Imported directory.zip: 3 records added", Forms.Html(await client.GetStringAsync("/Services/Exchange")).Body!.TextContent);
        Assert.NotNull(await DirectoryExchange.Find<Service>(app, service));
        var again = Forms.Html(await (await client.PostAsync(action, new FormUrlEncodedContent(fields))).Content.ReadAsStringAsync());
        Assert.Contains("The checked file is no longer kept", again.Body!.TextContent);

        // A provider downloads from the page but has no form, and cannot post one.
        var provider = await World.SignedIn(await World.User(Roles.Provider, await World.Agency("Beacon", AgencyKind.ServiceProvider)));
        var theirs = Forms.Html(await provider.GetStringAsync("/Services/Exchange"));
        Assert.NotNull(theirs.QuerySelector("a[href='/api/v1/directory/export?format=json']"));
        Assert.Null(theirs.QuerySelector("form[enctype='multipart/form-data']"));
        Assert.Equal(HttpStatusCode.NotFound, (await PostPage(provider, "Check", package.Zip(), tokenFrom: "/Services/Exchange")).StatusCode);
    }

    private static MultipartFormDataContent Upload(byte[] zip, string name = "directory.zip") =>
        new() { { new ByteArrayContent(zip), "file", name } };

    /// <summary>Posts the page's upload form as a browser would, with the antiforgery token of the page.</summary>
    private static async Task<HttpResponseMessage> PostPage(HttpClient client, string handler, byte[] zip, bool checkOnly = false, string? tokenFrom = null)
    {
        var page = Forms.Html(await client.GetStringAsync(tokenFrom ?? "/Services/Exchange"));
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
                    ?? Forms.Html(await client.GetStringAsync("/Account/ChangePassword")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(zip), "Upload", "directory.zip" },
        };
        if (checkOnly) form.Add(new StringContent("true"), "CheckOnly");
        return await client.PostAsync($"/Services/Exchange?handler={handler}", form);
    }
}
