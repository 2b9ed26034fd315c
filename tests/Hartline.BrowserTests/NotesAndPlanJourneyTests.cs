using Hartline.Features.Cases;
using Hartline.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Hartline.BrowserTests;

/// <summary>A case worker writes notes at different confidentiality levels and records the youth's voice; a partner agency sees only what it may.</summary>
public sealed class NotesAndPlanJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private Task<IPage> OpenAs(string role) => app.SignedInPageAsync(role);

    /// <summary>An open demo case of the investigator's agency that was referred to the demo provider.</summary>
    private async Task<Guid> CaseSharedWithTheProviderAsync()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Hartline.Data.HartlineDb>();
        return await db.Cases.Where(c => c.Status != CaseStatus.Closed && c.Grants.Any(g => g.Kind == GrantKind.ServiceReferral && g.RevokedAt == null))
            .OrderBy(c => c.OpenedOn).Select(c => c.Id).FirstAsync();
    }

    private static async Task CheckAsync(IPage page, string screenshot)
    {
        await page.ScreenshotAsync(screenshot);
        await page.AssertAccessibleAsync();
    }

    private static async Task ChangeStatusAsync(IPage page, string status)
    {
        var form = page.Locator("form[id^='status-form-']").First;
        await page.Locator("summary", new() { HasText = "Change status" }).First.ClickAsync();
        await form.GetByLabel("Status", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = status });
        await form.GetByRole(AriaRole.Button, new() { Name = "Change status" }).ClickAsync();
    }

    [Fact]
    public async Task Investigator_writes_team_and_privileged_notes_and_records_the_youths_voice_and_a_partner_sees_only_the_team_note()
    {
        var caseId = await CaseSharedWithTheProviderAsync();
        var page = await OpenAs(Roles.Investigator);
        await page.GotoAsync($"/Cases/{caseId}/Notes");
        await page.GetByRole(AriaRole.Heading, new() { Name = "Notes:" }).WaitForAsync();
        await CheckAsync(page, "notes-01-empty");

        // A mistake first: no text. The form says so beside the field.
        await page.GetByLabel("Team – everyone with access to the case").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save note" }).ClickAsync();
        await page.GetByText("The note was not saved.").WaitForAsync();
        await CheckAsync(page, "notes-02-errors");

        await page.GetByLabel("Team – everyone with access to the case").CheckAsync();
        await page.GetByLabel("Kind of note").SelectOptionAsync(new SelectOptionValue { Label = "Home visit" });
        await page.GetByLabel("Note", new() { Exact = true }).FillAsync("Home visit: the youth is settling in with her aunt and wants to go back to school.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save note" }).ClickAsync();
        await page.GetByText("Note saved.").WaitForAsync();

        await page.GetByLabel("Privileged – counselor communication, your agency only").CheckAsync();
        await page.GetByLabel("Note", new() { Exact = true }).FillAsync("Counseling session: she spoke about the man who drove her to the motel.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save note" }).ClickAsync();
        await page.GetByText("Note saved.").WaitForAsync();
        await page.GetByText("the man who drove her").WaitForAsync();
        await CheckAsync(page, "notes-03-written");

        await page.GetByLabel("Search the notes").FillAsync("school");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Notes containing" }).WaitForAsync();
        Assert.Equal(0, await page.GetByText("the man who drove her").CountAsync());
        await CheckAsync(page, "notes-04-search");

        // The youth's voice: a goal in her words, her answer, her feedback.
        await page.GetByRole(AriaRole.Link, new() { Name = "Plan and youth voice" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Plan and youth voice:" }).WaitForAsync();
        await CheckAsync(page, "plan-01-empty");
        await page.GetByLabel("The goal, as the youth said it").FillAsync("I want to go back to my old school and finish tenth grade");
        await page.GetByLabel("Area").SelectOptionAsync(new SelectOptionValue { Label = "Education" });
        await page.GetByLabel("Service or action that will help").FillAsync("School re-enrolment meeting; tutoring through Beacon");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add goal" }).ClickAsync();
        await page.GetByText("Goal added.").WaitForAsync();

        await page.GetByText("Record the youth's answer").ClickAsync();
        await page.GetByLabel("Agreed", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("How the youth was asked").SelectOptionAsync(new SelectOptionValue { Label = "In person" });
        await page.GetByLabel("What the youth said about it").FillAsync("only if I can keep my friends");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record answer" }).ClickAsync();
        await page.GetByText("The youth's answer is recorded.").WaitForAsync();
        await page.GetByText("The youth agreed", new() { Exact = true }).WaitForAsync();

        await page.GetByText("Record preferences").ClickAsync();
        await page.GetByLabel("Who they want at meetings").FillAsync("My aunt Rosa");
        await page.GetByLabel("Who they do not want at meetings").FillAsync("My stepfather");
        await page.GetByLabel("How to contact them").SelectOptionAsync(new SelectOptionValue { Label = "Text message (contact on file)" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Save preferences" }).ClickAsync();
        await page.GetByText("Preferences saved").WaitForAsync();

        await page.Locator("summary", new() { HasText = "Record feedback" }).ClickAsync();
        await page.GetByLabel("Given on").FillAsync("2019-09-10");
        await page.GetByLabel("How it was collected").SelectOptionAsync(new SelectOptionValue { Label = "Conversation" });
        await page.GetByRole(AriaRole.Group, new() { Name = "Did you have a say in your services?" }).GetByLabel("4").CheckAsync();
        await page.GetByLabel("In the youth's words").FillAsync("This time someone asked me what I wanted.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record feedback" }).ClickAsync();
        await page.GetByText("Feedback recorded.").WaitForAsync();
        await CheckAsync(page, "plan-02-recorded");

        // A colleague marks the goal active in another window while this page still shows it proposed: this page's change
        // is refused with a word on what happened, not written over theirs.
        var colleague = await OpenAs(Roles.Investigator);
        await colleague.GotoAsync($"/Cases/{caseId}/Plan");
        await ChangeStatusAsync(colleague, "Active");
        await colleague.GetByText("Status changed").WaitForAsync();
        await ChangeStatusAsync(page, "Dropped");
        await page.GetByText("Someone changed this goal a moment ago").WaitForAsync();
        await CheckAsync(page, "plan-04-changed-meanwhile");
        await page.ReloadAsync();
        Assert.Equal("Active", await page.Locator("dd[id^='status-']").First.InnerTextAsync()); // the colleague's change stands

        // The provider the case was referred to sees the team note and the plan, never the privileged note.
        var partner = await OpenAs(Roles.Provider);
        await partner.GotoAsync($"/Cases/{caseId}/Notes");
        await partner.GetByText("settling in with her aunt").WaitForAsync();
        Assert.Equal(0, await partner.GetByText("the man who drove her").CountAsync());
        await CheckAsync(partner, "notes-05-partner");
        await partner.GotoAsync($"/Cases/{caseId}/Plan");
        await partner.GetByText("finish tenth grade").First.WaitForAsync();
        await CheckAsync(partner, "plan-03-partner");
    }
}
