using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Hartline.Security;
using Microsoft.Playwright;
using UglyToad.PdfPig;

namespace Hartline.BrowserTests;

/// <summary>
/// The Analyst opens Statistics, sees the seed-002 tables with their charts, the funnel and the eight-quarter trend,
/// withholds more under the federal rule, cross-tabulates region by gender, and downloads CSV, XLSX and PDF that
/// say what the page says; on a phone the tables stack and the charts follow them.
/// </summary>
public sealed class StatisticsJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static async Task CheckAsync(IPage page, string screenshot)
    {
        await page.ScreenshotAsync(screenshot);
        await page.AssertAccessibleAsync();
    }

    private static ILocator Cell(IPage page, string table, string row, int column = 1) =>
        page.Locator($"#t-{table} tbody tr").Filter(new() { Has = page.GetByText(row, new() { Exact = true }) }).Locator("td").Nth(column);

    [Fact]
    public async Task The_analyst_reads_the_quarter_with_charts_withholds_more_and_downloads_what_the_page_shows()
    {
        var page = await app.SignedInPageAsync(Roles.Analyst, acceptDownloads: true);
        await page.GotoAsync("/Reports");
        await page.GetByLabel("Period", new() { Exact = true }).FillAsync("2019Q3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await page.GetByText("clients served", new() { Exact = false }).First.WaitForAsync();

        // The seed-002 tables as published: counts under 5 withheld, each with its chart.
        Assert.Equal("96", await Cell(page, "race_ethnicity", "Hispanic").TextContentAsync());
        Assert.Equal("withheld", await Cell(page, "race_ethnicity", "Other").TextContentAsync());
        Assert.Equal("133", await Cell(page, "residence", "Parent/Guardian home").TextContentAsync());
        foreach (var table in new[] { "region", "gender", "race_ethnicity", "residence", "intake_funnel", "trend" })
            Assert.Equal(1, await page.Locator($"#t-{table} svg[role=img]").CountAsync());
        Assert.Contains("Funnel chart", await page.Locator("#t-intake_funnel svg title").TextContentAsync());
        Assert.Contains("Line chart", await page.Locator("#t-trend svg title").TextContentAsync());
        Assert.Equal(8, await page.Locator("#t-trend tbody tr").CountAsync());
        // An analyst is never offered exact figures.
        Assert.Equal(0, await page.Locator("#figures option[value=exact]").CountAsync());
        await CheckAsync(page, "statistics-01-published");

        // The federal rule withholds more; region by gender appears beside the rest.
        await page.GetByLabel("Small numbers", new() { Exact = true }).SelectOptionAsync("11");
        await page.GetByLabel("Rows", new() { Exact = true }).SelectOptionAsync("region");
        await page.GetByLabel("Columns", new() { Exact = true }).SelectOptionAsync("gender");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await page.Locator("#t-region_by_gender").WaitForAsync();
        Assert.Equal("withheld", await Cell(page, "residence", "AWOL/Runaway").TextContentAsync()); // 7: under 11
        await CheckAsync(page, "statistics-02-federal-crosstab");
        var hispanic = await Cell(page, "race_ethnicity", "Hispanic").TextContentAsync();

        // CSV, XLSX and PDF of exactly this.
        var csv = await DownloadTextAsync(page, "CSV");
        Assert.Contains($"2019Q3,race_ethnicity,hispanic,Hispanic,count,{(hispanic == "withheld" ? "" : hispanic)},count,", csv);
        Assert.Contains("2019Q3,race_ethnicity,other,Other,count,,count,primary", csv);
        Assert.Contains("region_by_gender", csv);

        var xlsx = await DownloadBytesAsync(page, "Excel (XLSX)");
        using (var workbook = SpreadsheetDocument.Open(new MemoryStream(xlsx), false))
        {
            var sheets = workbook.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!).ToList();
            Assert.Contains("About", sheets);
            Assert.Contains("Notes", sheets);
            Assert.True(sheets.Count > 10, string.Join(", ", sheets));
        }

        var pdf = await DownloadBytesAsync(page, "PDF");
        using (var document = PdfDocument.Open(pdf))
        {
            var text = string.Join("\n", document.GetPages().Select(p => p.Text));
            Assert.Contains("Quarterly statistics, 2019Q3", text);
            Assert.Contains("Counts from 1 to 10 are withheld", text);
            Assert.Contains("Hispanic", text);
            Assert.Contains("withheld", text);
            Assert.Contains($"Page 1 of {document.NumberOfPages}", text);
            Assert.Contains(document.GetPages(), p => p.GetImages().Any()); // the charts
        }

        // On a phone.
        var phone = await app.SignedInPageAsync(Roles.Analyst, width: 390, height: 844);
        await phone.GotoAsync("/Reports?period=2019Q3");
        await phone.Locator("#t-region svg[role=img]").WaitForAsync();
        Assert.True(await phone.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "The page scrolls sideways at 390 px.");
        await CheckAsync(phone, "statistics-03-phone");
    }

    private static async Task<string> DownloadTextAsync(IPage page, string link) =>
        System.Text.Encoding.UTF8.GetString(await DownloadBytesAsync(page, link));

    private static async Task<byte[]> DownloadBytesAsync(IPage page, string link)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = link, Exact = true }).ClickAsync());
        var path = await download.PathAsync();
        return await File.ReadAllBytesAsync(path!);
    }
}
