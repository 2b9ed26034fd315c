using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hartline.Features.Admin;
using Hartline.Features.Services.Directory;
using Hartline.Security;
using Hartline.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hartline.Tests.Services;

/// <summary>A provider keeps its own services' room current; nobody else's, and nothing half-right is saved.</summary>
public sealed class AvailabilityTests(HartlineApp app) : IClassFixture<HartlineApp>
{
    private World World => app.World;

    [Fact]
    public async Task A_provider_records_its_own_services_room_and_another_provider_is_told_it_does_not_exist()
    {
        var mine = await World.Agency("Shelter", AgencyKind.ServiceProvider);
        var theirs = await World.Agency("Other shelter", AgencyKind.ServiceProvider);
        var provider = await World.User(Roles.Provider, mine);
        var stranger = await World.User(Roles.Provider, theirs);
        var investigator = await World.User(Roles.Investigator, await World.Agency("DCF"));
        var coordinator = await World.User(Roles.Coordinator, await World.Agency("HART", AgencyKind.Coordination));
        var organization = new Organization { Name = World.UniqueName("Shelter", 8), Description = "Beds", AgencyId = mine.Id };
        var beds = new Service { OrganizationId = organization.Id, Name = "Beds" };
        var closed = new Service { OrganizationId = organization.Id, Name = "Old beds", Status = ServiceStatus.Defunct };
        await app.WithDb(async db => { db.AddRange(organization, beds, closed); await db.SaveChangesAsync(); });

        var client = await World.SignedIn(provider);
        var url = $"/api/v1/directory/services/{beds.Id}/availability";
        var saved = await client.PostAsJsonAsync(url, new { accepting = true, beds = 3, waitlistLength = 1, note = "Two rooms free Friday" });
        Assert.Equal(HttpStatusCode.Created, saved.StatusCode);
        var row = await Read(beds.Id);
        Assert.Equal((true, 3, 1, provider.Id, mine.Id), (row.Accepting, row.Beds, row.WaitlistLength, row.RecordedById, row.RecordedByAgencyId));

        // Another provider, or a worker who is no provider, learns nothing: the same answer as for no service at all.
        foreach (var other in new[] { stranger, investigator })
        {
            var refused = await (await World.SignedIn(other)).PostAsJsonAsync(url, new { accepting = false });
            Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync($"/api/v1/directory/services/{Guid.NewGuid()}/availability", new { accepting = true })).StatusCode);
        Assert.Equal(1, await Count(beds.Id));
        // HART keeps the figures of providers that do not sign in.
        Assert.Equal(HttpStatusCode.Created, (await (await World.SignedIn(coordinator)).PostAsJsonAsync(url, new { accepting = false, beds = 0 })).StatusCode);
        Assert.Equal(2, await Count(beds.Id));
    }

    [Fact]
    public async Task Bad_figures_are_refused_by_field_and_nothing_is_saved()
    {
        var mine = await World.Agency("Shelter", AgencyKind.ServiceProvider);
        var provider = await World.User(Roles.Provider, mine);
        var organization = new Organization { Name = World.UniqueName("Shelter", 8), Description = "Beds", AgencyId = mine.Id };
        var beds = new Service { OrganizationId = organization.Id, Name = "Beds" };
        var closed = new Service { OrganizationId = organization.Id, Name = "Old beds", Status = ServiceStatus.Defunct };
        await app.WithDb(async db => { db.AddRange(organization, beds, closed); await db.SaveChangesAsync(); });
        var client = await World.SignedIn(provider);

        var refused = await client.PostAsJsonAsync($"/api/v1/directory/services/{beds.Id}/availability", new { beds = -2, slots = 20_000, note = new string('x', 400) });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        foreach (var field in new[] { "accepting", "beds", "slots", "note" }) Assert.True(errors.TryGetProperty(field, out _), field);
        Assert.Contains("zero or more", errors.GetProperty("beds")[0].GetString());
        var toClosed = await client.PostAsJsonAsync($"/api/v1/directory/services/{closed.Id}/availability", new { accepting = true });
        Assert.Equal(HttpStatusCode.BadRequest, toClosed.StatusCode);
        Assert.Contains("closed", (await toClosed.Content.ReadAsStringAsync()));
        Assert.Equal(0, await Count(beds.Id) + await Count(closed.Id));
    }

    private Task<ServiceAvailability> Read(Guid service) =>
        app.WithScope(sp => sp.GetRequiredService<Hartline.Data.HartlineDb>().Set<ServiceAvailability>().SingleAsync(a => a.ServiceId == service));

    private Task<int> Count(Guid service) =>
        app.WithScope(sp => sp.GetRequiredService<Hartline.Data.HartlineDb>().Set<ServiceAvailability>().CountAsync(a => a.ServiceId == service));
}
