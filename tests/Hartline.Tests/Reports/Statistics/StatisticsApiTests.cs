using System.Net;
using System.Text.Json;
using Hartline.Security;
using Hartline.Tests.Platform;
using Hartline.Tests.Support;

namespace Hartline.Tests.Reports.Statistics;

/// <summary>
/// The statistics document over the demo caseload through the API, the page and the command line: bad input named,
/// exact figures only for roles that may open case files, and every format saying the same as the page.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class StatisticsApiTests(DemoApp app) : IClassFixture<DemoApp>
{
    [Theory]
    [InlineData("period=2019Q5", "period", "is not a quarter")]
    [InlineData("period=2019-09-30..2019-07-01", "period", "before it begins")]
    [InlineData("period=2019Q3&rows=region&columns=region", "crossTab", "cannot be cross-tabulated with itself")]
    [InlineData("period=2019Q3&rows=shoe_size&columns=gender", "crossTab", "'shoe_size' is not a dimension")]
    [InlineData("period=2019Q3&rows=region", "crossTab", "needs two dimensions")]
    [InlineData("period=2019Q3&minCell=1", "minCell", "from 2 to 100")]
    [InlineData("period=2019Q3&minCell=abc", "minCell", "from 2 to 100")]
    [InlineData("period=2019Q3&format=docx", "format", "Choose one of csv, json, xlsx, pdf")]
    public async Task Bad_input_gets_a_message_naming_the_field(string query, string field, string says)
    {
        var coordinator = await app.World.SignedIn(await app.World.User(Roles.Coordinator, await app.World.Agency("HART")));
        var response = await coordinator.GetAsync($"/api/v1/statistics?{query}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.Contains(says, body.GetProperty(field)[0].GetString());
    }

    [Fact]
    public async Task An_analyst_only_ever_gets_published_figures_and_a_coordinator_may_ask_for_exact_ones()
    {
        var analyst = await app.World.SignedIn(await app.World.User(Roles.Analyst, await app.World.Agency("HART")));
        var coordinator = await app.World.SignedIn(await app.World.User(Roles.Coordinator, await app.World.Agency("HART")));
        const string query = "/api/v1/statistics?period=2019Q3&rows=region&columns=gender&exact=true&format=json";
        var published = JsonDocument.Parse(await analyst.GetStringAsync(query)).RootElement;
        var exact = JsonDocument.Parse(await coordinator.GetStringAsync(query)).RootElement;
        Assert.Equal(5, published.GetProperty("minCell").GetInt32());
        Assert.Equal(JsonValueKind.Null, exact.GetProperty("minCell").ValueKind);

        var (shownSmall, withheld) = (0, 0);
        foreach (var table in published.GetProperty("tables").EnumerateArray())
            foreach (var row in table.GetProperty("rows").EnumerateArray())
                foreach (var cell in row.GetProperty("cells").EnumerateArray())
                {
                    if (!cell.TryGetProperty("count", out var count)) continue;
                    if (count.ValueKind == JsonValueKind.Number && count.GetDouble() is > 0 and < 5) shownSmall++;
                    if (count.ValueKind == JsonValueKind.Null && cell.TryGetProperty("suppressed", out var why))
                    {
                        Assert.Contains(why.GetString(), new[] { "primary", "complementary" });
                        withheld++;
                    }
                }
        Assert.Equal(0, shownSmall);
        Assert.True(withheld > 0);
        // The exact document has the small numbers the published one withholds.
        var exactRace = Rows(exact, "race_ethnicity");
        Assert.Equal(1, exactRace["other"]);
        Assert.Null(Rows(published, "race_ethnicity")["other"]);
        Assert.NotNull(Table(exact, "region_by_gender"));
    }

    [Fact]
    public async Task Every_download_says_what_the_page_says()
    {
        var analyst = await app.World.SignedIn(await app.World.User(Roles.Analyst, await app.World.Agency("HART")));
        var page = Forms.Html(await analyst.GetStringAsync("/Reports?period=2019Q3"));
        var hispanic = page.QuerySelectorAll("#t-race_ethnicity tbody tr").Single(r => r.Children[0].TextContent == "Hispanic").Children[1].TextContent;
        Assert.Equal("96", hispanic);
        Assert.Equal("withheld", page.QuerySelectorAll("#t-race_ethnicity tbody tr").Single(r => r.Children[0].TextContent == "Other").Children[1].TextContent);
        Assert.NotNull(page.QuerySelector("#t-region svg[role=img]")); // a chart beside the table

        var csv = await analyst.GetStringAsync(page.QuerySelector("a[href*='format=csv']")!.GetAttribute("href")!.Replace("&amp;", "&"));
        Assert.Contains("2019Q3,race_ethnicity,hispanic,Hispanic,count,96,count,", csv);
        Assert.Contains("2019Q3,race_ethnicity,other,Other,count,,count,primary", csv);

        var pdf = await analyst.GetByteArrayAsync(page.QuerySelector("a[href*='format=pdf']")!.GetAttribute("href")!.Replace("&amp;", "&"));
        var text = PdfText.Of(pdf);
        Assert.Contains("Quarterly statistics, 2019Q3", text);
        Assert.Contains("Hispanic", text);
        Assert.Contains("withheld", text);

        var xlsx = await analyst.GetAsync(page.QuerySelector("a[href*='format=xlsx']")!.GetAttribute("href")!.Replace("&amp;", "&"));
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType!.MediaType);
        using var workbook = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(await xlsx.Content.ReadAsStreamAsync(), false);
        var strings = workbook.WorkbookPart!.SharedStringTablePart?.SharedStringTable.InnerText ?? "";
        var inline = string.Concat(workbook.WorkbookPart.WorksheetParts.Select(w => w.Worksheet.InnerText));
        Assert.Contains("Hispanic", strings + inline);
    }

    [Fact]
    public async Task The_command_line_writes_every_format_and_refuses_bad_options()
    {
        foreach (var format in new[] { "csv", "json", "xlsx", "pdf" })
        {
            var file = Path.Combine(app.Database.Folder, $"stats.{format}");
            var (code, err) = await CliRunner.Run("report", "statistics", "--period", "2019", "--format", format, "--out", file, "--db", app.Database.Setting);
            Assert.True(code == 0, err);
            Assert.True(new FileInfo(file).Length > 500, $"{format}: {new FileInfo(file).Length} bytes");
        }
        Assert.Contains("Annual statistics, 2019", PdfText.Of(await File.ReadAllBytesAsync(Path.Combine(app.Database.Folder, "stats.pdf"))));
        var (bad, message) = await CliRunner.Run("report", "statistics", "--period", "2019", "--rows", "region", "--columns", "region", "--db", app.Database.Setting);
        Assert.Equal(2, bad);
        Assert.Contains("--rows/--columns", message);
        (bad, message) = await CliRunner.Run("report", "quarterly", "--quarter", "2019Q3", "--exact", "--min-cell", "5", "--db", app.Database.Setting);
        Assert.Equal(2, bad);
        Assert.Contains("cannot go together", message);
    }

    private static JsonElement? Table(JsonElement doc, string key) =>
        doc.GetProperty("tables").EnumerateArray().Where(t => t.GetProperty("key").GetString() == key).Select(t => (JsonElement?)t).FirstOrDefault();

    private static Dictionary<string, double?> Rows(JsonElement doc, string key) =>
        Table(doc, key)!.Value.GetProperty("rows").EnumerateArray().Where(r => !r.TryGetProperty("total", out _))
            .ToDictionary(r => r.GetProperty("code").GetString()!, r => r.GetProperty("cells")[0].GetProperty("count") is { ValueKind: JsonValueKind.Number } n ? n.GetDouble() : (double?)null);
}
