using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hartline.Security;
using Hartline.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace Hartline.Tests.Intake;

/// <summary>The same program, pointed at another state's file, takes that state's regions, sources and rules.</summary>
public sealed class ExampleStateApp : HartlineApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Hartline:Jurisdiction", "example-state");
    }
}

public sealed class ExampleJurisdictionTests(ExampleStateApp app) : IClassFixture<ExampleStateApp>
{
    [Fact]
    public void The_demo_data_is_refused_before_anything_is_written()
    {
        // seed-demo had no such check: it saved the demo users, then failed on the first Connecticut region.
        var refused = Assert.Throws<Hartline.Cli.UsageException>(() => Hartline.Cli.ServeCommand.RefuseDemoElsewhere(app.Services, "seed-demo"));
        Assert.StartsWith("seed-demo: the demo data is Connecticut's", refused.Message);
    }

    [Fact]
    public async Task The_form_the_rules_and_the_limits_come_from_the_configured_jurisdiction()
    {
        var investigator = await app.World.User(Roles.Investigator, await app.World.Agency());
        var client = await app.World.SignedIn(investigator);

        var form = await client.GetStringAsync("/Intake/Referrals/New");
        Assert.Contains("Northern District", form);
        Assert.Contains("Example State Child Protection Hotline", form);
        Assert.DoesNotContain("Region 1", form);

        // Connecticut codes mean nothing here, and the age limit is this file's 21.
        var connecticut = World.Referral(region: "R1", dob: new DateOnly(1996, 1, 1));
        var refused = await client.PostAsJsonAsync("/api/v1/referrals", connecticut);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty("region", out _));
        Assert.True(errors.TryGetProperty("source", out _)); // "careline" is not a source of this state
        Assert.Contains("up to 21", errors.GetProperty("dateOfBirth")[0].GetString());

        var local = World.Referral(region: "C", dob: new DateOnly(2008, 3, 3));
        local.Source = "law-enforcement";
        local.ArrestedForProstitution = true;
        local.Residence = "home";
        local.Gender = "another";
        var created = await client.PostAsJsonAsync("/api/v1/referrals", local);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("referralId").GetString();
        var page = await client.GetStringAsync($"/Intake/Referrals/{id}");
        Assert.Contains("Diversion to services", page);
        Assert.DoesNotContain("Minors cannot be arrested for prostitution", page);
    }
}
