using System.Net.Http.Json;
using System.Text.Json;
using Hartline.Features.Intake;
using Hartline.Features.Intake.Determination;
using Hartline.Security;
using Hartline.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Hartline.Tests.Cases;

/// <summary>One truth from referral to case: the case's trafficking status is its latest determination, earlier ones kept as history.</summary>
public sealed class CaseDeterminationTests(HartlineApp app) : IClassFixture<HartlineApp>
{
    private World World => app.World;

    private Task Determine(TestUser by, Guid referralId, TraffickingStatus status, DecidingOrganisation org) => app.WithScope(async sp =>
    {
        var actor = Actor.FromPrincipal(await World.Principal(by));
        var done = await sp.GetRequiredService<ReferralWorkflow>().DetermineAsync(referralId, new DeterminationInput
        {
            Status = status, DecidedBy = org, Actions = [AmpAction.Recruit], Purposes = [AmpPurpose.CommercialSex],
            Exploitation = ExploitationType.Sex, Note = status == TraffickingStatus.NotAVictim ? "Recanted; no evidence" : null,
        }, actor);
        Assert.True(done.Succeeded, string.Join("; ", done.Errors.SelectMany(e => e.Value)));
        return true;
    });

    [Fact]
    public async Task A_case_opened_after_a_determination_shows_it_and_a_later_one_supersedes_it()
    {
        var investigator = await World.User(Roles.Investigator, await World.Agency());
        var caseId = await World.Case(investigator, World.Referral("Deter", World.UniqueName("Mined"))); // determined a possible victim, linked
        var referralId = await app.WithScope(async sp => await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            sp.GetRequiredService<Hartline.Data.HartlineDb>().Referrals.Where(r => r.CaseId == caseId).Select(r => r.Id)));
        var client = await World.SignedIn(investigator);

        var page = Forms.Html(await client.GetStringAsync($"/Cases/{caseId}"));
        Assert.Contains("Possible victim, decided by Child welfare (Test Investigator)", page.QuerySelector("#h-profile")!.ParentElement!.TextContent);
        Assert.DoesNotContain("not recorded on the case", page.Body!.TextContent);
        Assert.Contains("Possible victim (Child welfare", page.QuerySelector(".case-header")!.TextContent); // the header says it on every tab

        await Determine(investigator, referralId, TraffickingStatus.ConfirmedVictim, DecidingOrganisation.Police);
        var file = await client.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{caseId}");
        var determinations = file.GetProperty("determinations").EnumerateArray().ToList();
        Assert.Equal(2, determinations.Count);
        Assert.Equal("Confirmed victim", determinations[0].GetProperty("decision").GetString());
        Assert.Equal("Police", determinations[0].GetProperty("decidedByOrganisation").GetString());
        Assert.Contains("recruit", determinations[0].GetProperty("evidence").GetString());
        Assert.False(determinations[0].GetProperty("superseded").GetBoolean());
        Assert.True(determinations[1].GetProperty("superseded").GetBoolean());
        page = Forms.Html(await client.GetStringAsync($"/Cases/{caseId}"));
        Assert.Contains("Earlier determinations (1)", page.Body!.TextContent);
        var team = Forms.Html(await client.GetStringAsync($"/Cases/{caseId}/Team"));
        Assert.Contains("Confirmed victim (Police", team.QuerySelector(".case-header")!.TextContent);
    }
}
