using System.Net;
using Hartline.Security;
using Hartline.Tests.Support;

namespace Hartline.Tests.Intake;

/// <summary>
/// The determination page's reading handler, which the aid's script calls as evidence is ticked: the server's
/// own rule, rendered as the page renders it, saving nothing and refusing whoever may not work the referral.
/// The screening form starts with every item blank, as the instruments' guidance asks.
/// </summary>
public sealed class DeterminationAidTests(HartlineApp app) : IClassFixture<HartlineApp>
{
    private World World => app.World;

    [Fact]
    public async Task The_reading_handler_reads_the_posted_evidence_saves_nothing_and_answers_404_to_another_agency()
    {
        var investigator = await World.User(Roles.Investigator, await World.Agency());
        var referral = (await World.Receive(investigator, World.Referral(family: World.UniqueName("Aidcheck"), dob: app.LocalToday.AddYears(-15)))).ReferralId;
        var client = await World.SignedIn(investigator);
        var url = $"/Intake/Referrals/{referral}/Determine";
        KeyValuePair<string, string>[] evidence = [new("Input.Exploitation", "Sex"), new("Input.Actions", "Recruit"), new("Input.Purposes", "CommercialSex")];

        var reading = await client.PostFormAsync($"{url}?handler=Reading", evidence);
        Assert.Equal(HttpStatusCode.OK, reading.StatusCode);
        var html = Forms.Html(await reading.Content.ReadAsStringAsync());
        Assert.Equal("Sex trafficking: elements met", html.QuerySelector("caption")!.TextContent); // a minor: no means needed
        Assert.Null(html.QuerySelector("form")); // the reading alone, to put in place
        Assert.Contains("None yet.", await client.GetStringAsync($"/Intake/Referrals/{referral}")); // no determination recorded

        var without = Forms.Html(await (await client.PostFormAsync($"{url}?handler=Reading", [new("Input.Exploitation", "Sex"), new("Input.Actions", "Recruit")]))
            .Content.ReadAsStringAsync());
        Assert.Equal("Sex trafficking: elements missing", without.QuerySelector("caption")!.TextContent);

        var stranger = await World.SignedIn(await World.User(Roles.Investigator, await World.Agency()));
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostFormAsync($"{url}?handler=Reading", evidence, tokenFrom: "/")).StatusCode);
    }

    [Fact]
    public async Task Screening_items_start_blank_with_a_way_back_to_blank()
    {
        var investigator = await World.User(Roles.Investigator, await World.Agency());
        var referral = (await World.Receive(investigator)).ReferralId;
        var page = Forms.Html(await (await World.SignedIn(investigator)).GetStringAsync($"/Intake/Referrals/{referral}/Screen"));
        var items = page.QuerySelectorAll("fieldset.item");
        Assert.NotEmpty(items);
        Assert.Empty(page.QuerySelectorAll("fieldset.item input[type=radio][checked]"));
        Assert.All(items, item => Assert.Contains("Leave blank", item.TextContent));
    }
}
