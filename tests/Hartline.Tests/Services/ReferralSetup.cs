using System.Net;
using System.Text.Json;
using Hartline.Features.Admin;
using Hartline.Features.Services.Directory;
using Hartline.Security;
using Hartline.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Hartline.Tests.Services;

/// <summary>
/// A case of a youth in Region 1 (15 by default) owned by a HART coordinator's agency, a shelter provider with a user,
/// another provider, and three shelter services of the first: youth beds (12–17), young adult beds (18–24) and one closed.
/// </summary>
public sealed record ReferralSetup(TestUser Coordinator, TestUser Provider, TestUser OtherProvider, Guid CaseId, string Family, Guid Shelter, Guid Adults, Guid Closed)
{
    /// <summary>Today on the jurisdiction's calendar, as the server judges "in the future" (UTC's date runs ahead in the evening).</summary>
    public static DateOnly Today(HartlineApp app) => app.Services.GetRequiredService<Hartline.Jurisdictions.Jurisdiction>().Today(TimeProvider.System);

    public static async Task<ReferralSetup> ArrangeAsync(HartlineApp app, int age = 15)
    {
        var hart = await app.World.Agency("HART");
        var coordinator = await app.World.User(Roles.Coordinator, hart);
        var providerAgency = await app.World.Agency("Shelter agency", AgencyKind.ServiceProvider);
        var provider = await app.World.User(Roles.Provider, providerAgency);
        var otherAgency = await app.World.Agency("Other provider", AgencyKind.ServiceProvider);
        var other = await app.World.User(Roles.Provider, otherAgency);
        var family = World.UniqueName("Referred");
        var today = Today(app);
        var caseId = await app.World.Case(coordinator, World.Referral(given: "Ana", family: family, region: "R1", dob: today.AddYears(-age).AddDays(-30)));
        await app.WithScope(async sp => { await sp.GetRequiredService<DirectoryTaxonomies>().EnsureAsync(); return 0; });

        var org = new Organization { Name = World.UniqueName("Harbor", 12) + " House", Description = "Shelter", AgencyId = providerAgency.Id };
        var shelter = new Service { OrganizationId = org.Id, Name = "Youth beds", MinimumAge = 12, MaximumAge = 17 };
        var adults = new Service { OrganizationId = org.Id, Name = "Young adult beds", MinimumAge = 18, MaximumAge = 24 };
        var closed = new Service { OrganizationId = org.Id, Name = "Old beds", Status = ServiceStatus.TemporarilyClosed };
        await app.WithDb(async db =>
        {
            db.AddRange(org, shelter, adults, closed);
            foreach (var s in new[] { shelter, adults, closed })
            {
                db.Add(new DirectoryAttribute { LinkId = s.Id, LinkEntity = "service", TaxonomyTermId = HartlineTaxonomies.TermId(HartlineTaxonomies.ServiceTypes, "emergency-shelter") });
                db.Add(new DirectoryAttribute { LinkId = s.Id, LinkEntity = "service", TaxonomyTermId = HartlineTaxonomies.TermId(HartlineTaxonomies.Eligibility, "region:R1") });
                db.Add(new ServiceAvailability { ServiceId = s.Id, Accepting = true, Beds = 2, RecordedById = provider.Id, RecordedByAgencyId = providerAgency.Id, RecordedAt = DateTime.UtcNow.AddDays(-1) });
            }
            await db.SaveChangesAsync();
        });
        return new ReferralSetup(coordinator, provider, other, caseId, family, shelter.Id, adults.Id, closed.Id);
    }

    public static async Task<JsonElement> Json(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement;
    }
}
