using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hartline.Security;
using Hartline.Security.Audit;
using Hartline.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Tests.Intake;

/// <summary>Intake links a referral to a youth with the same name and date of birth by itself; the page says so, and it can be undone.</summary>
public sealed class AutomaticLinkTests(HartlineApp app) : IClassFixture<HartlineApp>
{
    private const string Shown = "Linked automatically to an existing youth with the same name and date of birth";

    private async Task<(TestUser Worker, Guid First, Guid Second, Guid PersonId)> TwoReferralsForOneNameAsync()
    {
        var worker = await app.World.User(Roles.Investigator, await app.World.Agency());
        var referral = World.Referral(family: World.UniqueName("Twin"));
        var first = await app.World.Receive(worker, referral);
        var second = await app.World.Receive(worker, World.Referral(family: referral.FamilyName!.ToUpperInvariant()));
        Assert.True(second.LinkedExistingPerson);
        Assert.Equal(first.PersonId, second.PersonId);
        return (worker, first.ReferralId, second.ReferralId, first.PersonId);
    }

    [Fact]
    public async Task An_automatic_link_is_shown_and_undone_after_a_confirmation_giving_the_referral_its_own_youth()
    {
        var (worker, first, second, personId) = await TwoReferralsForOneNameAsync();
        var client = await app.World.SignedIn(worker);
        Assert.Contains(Shown, await client.GetStringAsync($"/Intake/Referrals/{second}"));
        Assert.DoesNotContain(Shown, await client.GetStringAsync($"/Intake/Referrals/{first}"));

        var confirm = await client.GetStringAsync($"/Intake/Referrals/{second}/UndoLink");
        Assert.Contains("Is this a different youth?", confirm);
        var undone = await client.PostFormAsync($"/Intake/Referrals/{second}/UndoLink", []);
        Assert.Equal(HttpStatusCode.Redirect, undone.StatusCode);

        var page = await client.GetStringAsync($"/Intake/Referrals/{second}");
        Assert.DoesNotContain(Shown, page);
        Assert.Contains("The link is undone", page);
        await app.WithDb(async db =>
        {
            var moved = await db.Referrals.SingleAsync(r => r.Id == second);
            Assert.NotEqual(personId, moved.PersonId);
            Assert.Equal(personId, (await db.Referrals.SingleAsync(r => r.Id == first)).PersonId);
            Assert.True(await db.People.AnyAsync(p => p.Id == moved.PersonId));
            Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == AuditAction.Unmerge && e.EntityId == second.ToString() && e.UserId == worker.Id));
        });
        // Once undone, it is not offered again.
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Intake/Referrals/{second}/UndoLink")).StatusCode);
        var again = await client.PostAsync($"/api/v1/referrals/{second}/undo-automatic-link", null);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
    }

    [Fact]
    public async Task Another_agency_cannot_undo_the_link_and_gets_404_on_the_page_and_the_api()
    {
        var (_, _, second, personId) = await TwoReferralsForOneNameAsync();
        var outsider = await app.World.SignedIn(await app.World.User(Roles.Investigator, await app.World.Agency()));

        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/Intake/Referrals/{second}/UndoLink")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostAsync($"/api/v1/referrals/{second}/undo-automatic-link", null)).StatusCode);
        await app.WithDb(async db => Assert.Equal(personId, (await db.Referrals.SingleAsync(r => r.Id == second)).PersonId));
    }

    [Fact]
    public async Task The_api_undoes_the_link_and_answers_the_new_person()
    {
        var (worker, _, second, personId) = await TwoReferralsForOneNameAsync();
        var response = await (await app.World.SignedIn(worker)).PostAsync($"/api/v1/referrals/{second}/undo-automatic-link", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var newPerson = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetGuid();
        Assert.NotEqual(personId, newPerson);
        await app.WithDb(async db => Assert.Equal(newPerson, (await db.Referrals.SingleAsync(r => r.Id == second)).PersonId));
    }
}
