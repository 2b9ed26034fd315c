using Hartline.Features.Mdt;
using Hartline.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Hartline.BrowserTests;

/// <summary>A coordinator runs a whole MDT meeting in the browser; a member sees a case it may not read as restricted.</summary>
public sealed class MdtJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private async Task<IPage> SignInAsync(string role)
    {
        // The demo teams and meetings (loaded with the demo data once DemoData calls MdtDemo; harmless twice).
        using (var scope = app.Services.CreateScope())
            await scope.ServiceProvider.GetRequiredService<MdtDemo>().LoadAsync();
        return await app.SignedInPageAsync(role, acceptDownloads: true);
    }

    [Fact]
    public async Task Coordinator_runs_a_meeting_from_agenda_to_minutes_pdf()
    {
        var page = await SignInAsync(Roles.Coordinator);
        await page.ScreenshotAsync("30-mdt-coordinator-home");
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "MDT meetings" }).First.ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "MDT meetings" }).WaitForAsync();
        await page.ScreenshotAsync("31-mdt-meetings");
        await page.AssertAccessibleAsync();

        var upcoming = page.GetByRole(AriaRole.Table, new() { Name = "Upcoming" });
        await upcoming.GetByRole(AriaRole.Link).First.ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { NameRegex = new("^Meeting: ") }).WaitForAsync();
        var itemsBefore = await page.Locator("article.agenda-item").CountAsync();

        // Agenda: the case is shared with the member agencies the youth consented to; the page says which were refused.
        var choice = page.GetByLabel("Case to discuss");
        var youth = (await choice.Locator("option").Nth(1).InnerTextAsync()).Split(" (opened")[0];
        await choice.SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to agenda" }).ClickAsync();
        await page.GetByText("Case added to the agenda.").WaitForAsync();
        Assert.Contains("Sharing with the member agencies", await page.ContentAsync());
        var item = page.Locator("article.agenda-item").Last;
        Assert.Equal(itemsBefore + 1, await page.Locator("article.agenda-item").CountAsync());
        Assert.Contains(youth, await item.Locator("h3").InnerTextAsync());
        await page.ScreenshotAsync("32-mdt-agenda");
        await page.AssertAccessibleAsync();

        // Attendance: everyone on the roster came.
        foreach (var row in await page.Locator("#attendance tbody tr").AllAsync())
            await row.GetByLabel("Present").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save attendance" }).ClickAsync();
        await page.GetByText("Attendance saved.").WaitForAsync();
        await page.ScreenshotAsync("33-mdt-attendance");
        await page.AssertAccessibleAsync();

        // A decision and an action item on the case just added.
        item = page.Locator("article.agenda-item").Last;
        await item.GetByLabel("Kind").SelectOptionAsync(new SelectOptionValue { Label = "Decision" });
        await item.GetByLabel("What the team recommended or decided").FillAsync("Refer to survivor care; review the safety plan in two weeks.");
        await item.GetByRole(AriaRole.Button, new() { Name = "Record" }).ClickAsync();
        await page.GetByText("Decision recorded.").WaitForAsync();
        item = page.Locator("article.agenda-item").Last;
        await item.GetByLabel("Action", new() { Exact = true }).FillAsync("Call the foster family about the safety plan");
        await item.GetByLabel("Owner").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await item.GetByLabel("Due").FillAsync(app.LocalToday.AddDays(10).ToString("yyyy-MM-dd"));
        await item.GetByRole(AriaRole.Button, new() { Name = "Add action item" }).ClickAsync();
        await page.GetByText("Action item added.").WaitForAsync();
        Assert.Contains("Call the foster family", await page.Locator("article.agenda-item").Last.InnerTextAsync());
        await page.ScreenshotAsync("34-mdt-decisions");
        await page.AssertAccessibleAsync();

        // Minutes: a printable page, and the PDF.
        await page.GetByRole(AriaRole.Link, new() { Name = "Minutes", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { NameRegex = new("^Minutes: ") }).WaitForAsync();
        Assert.Contains("Refer to survivor care", await page.ContentAsync());
        await page.ScreenshotAsync("35-mdt-minutes");
        await page.AssertAccessibleAsync();
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await page.ScreenshotAsync("36-mdt-minutes-print");
        await page.EmulateMediaAsync(new() { Media = Media.Screen });

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download PDF" }).ClickAsync());
        var pdfPath = Path.Combine(PageChecks.ScreenshotFolder, "37-mdt-minutes.pdf");
        await download.SaveAsAsync(pdfPath);
        var pdf = await File.ReadAllBytesAsync(pdfPath);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
        // A real PDF of the minutes (PDFsharp reads it back); its words are checked with a text extractor in MdtAgendaTests,
        // as the pages are compressed and the text written as glyph numbers.
        using var read = PdfSharp.Pdf.IO.PdfReader.Open(new MemoryStream(pdf), PdfSharp.Pdf.IO.PdfDocumentOpenMode.Import);
        Assert.True(read.PageCount >= 1);
        Assert.StartsWith("Minutes – ", read.Info.Title);
    }

    [Fact]
    public async Task A_member_sees_a_case_not_shared_with_its_agency_as_restricted()
    {
        var page = await SignInAsync(Roles.MdtMember);
        await page.ScreenshotAsync("38-mdt-member-home");
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "MDT meetings" }).First.ClickAsync();
        await page.GetByRole(AriaRole.Table, new() { Name = "Past" }).GetByRole(AriaRole.Link).First.ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { NameRegex = new("^Meeting: ") }).WaitForAsync();
        await page.GetByRole(AriaRole.Heading, new() { NameRegex = new("Restricted case$") }).WaitForAsync();
        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "Add to agenda" }).CountAsync());
        await page.ScreenshotAsync("39-mdt-member-meeting");
        await page.AssertAccessibleAsync();
    }
}
