using Microsoft.Playwright;

namespace Hartline.BrowserTests;

/// <summary>The Administrator reviews the audit log at a desk and on a phone: filters, details on demand, paging, the export.</summary>
public sealed class AuditJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task Administrator_filters_the_log_opens_an_events_details_pages_and_exports_at_desk_and_phone_width()
    {
        // Something to review: the investigator opens a case.
        var worker = await app.SignedInPageAsync(Hartline.Security.Roles.Investigator);
        await worker.GotoAsync("/Cases");
        await worker.Locator("table a[href^='/Cases/']").First.ClickAsync();
        await worker.Context.CloseAsync();

        var page = await app.SignedInPageAsync(Hartline.Security.Roles.Administrator, acceptDownloads: true);
        await page.GetByRole(AriaRole.Link, new() { Name = "Audit log" }).First.ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Audit log" }).WaitForAsync();
        await page.ScreenshotAsync("60-audit-desk");
        await page.AssertAccessibleAsync();

        await page.GetByLabel("Action").SelectOptionAsync(new SelectOptionValue { Label = "Viewed" });
        await page.GetByLabel("Kind of record").SelectOptionAsync(new SelectOptionValue { Label = "Case" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Show events" }).ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("action=Read"));
        var rows = page.Locator("table.audit-log tbody tr");
        Assert.True(await rows.CountAsync() > 0);
        foreach (var action in await page.Locator("table.audit-log td[data-label=Action]").AllInnerTextsAsync()) Assert.Equal("Viewed", action);
        // One line per event: a row is no taller than two lines of text until its details are opened.
        Assert.True((await rows.First.BoundingBoxAsync())!.Height < 60);
        await rows.First.Locator("summary").ClickAsync();
        await rows.First.GetByText("Every event of this record").WaitForAsync(); // visible once opened
        Assert.Contains("investigator@dcf.demo", await rows.First.InnerTextAsync());
        await page.ScreenshotAsync("61-audit-filtered-details-desk");
        await page.AssertAccessibleAsync();

        // The export holds the same events.
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download these events (CSV)" }).ClickAsync());
        var csv = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.StartsWith("event_id,when,time_zone,who,agency,action,record_type,record_id,why,details", csv);
        Assert.All(csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1), line => Assert.Contains(",Viewed,Case,", line));

        // The record's link is only a link: the Administrator may not open a case.
        var caseLink = await rows.First.Locator("td[data-label=Record] a").GetAttributeAsync("href");
        Assert.StartsWith("/Cases/", caseLink);
        var listed = page.Url;
        Assert.Equal(404, (await page.GotoAsync(caseLink!))!.Status);
        await page.GotoAsync(listed);

        // A phone: each event a block, nothing wider than the screen.
        await page.SetViewportSizeAsync(390, 844);
        await page.ReloadAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('main').scrollWidth <= document.querySelector('main').clientWidth"),
            "the audit log scrolls sideways at 390 px");
        await page.ScreenshotAsync("62-audit-phone");
        await page.AssertAccessibleAsync();
        await rows.First.Locator("summary").ClickAsync();
        await page.ScreenshotAsync("63-audit-details-phone");

        // A date that is not a date: the page says which field, and searches nothing.
        await page.GotoAsync("/Admin/Audit?from=2026-13-45&action=Read");
        Assert.Contains("The first day must be a date", await page.GetByRole(AriaRole.Alert).InnerTextAsync());
        await page.ScreenshotAsync("64-audit-bad-date-phone");
        await page.AssertAccessibleAsync();
        await page.Context.CloseAsync();
    }
}
