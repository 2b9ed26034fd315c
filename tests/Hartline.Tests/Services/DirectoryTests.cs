using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hartline.Features.Services.Directory;
using Hartline.Security;
using Hartline.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hartline.Tests.Services;

/// <summary>The service directory: Hartline's taxonomies, a service's facets read from HSDS attribute rows, and availability that goes stale.</summary>
public sealed class DirectoryTests(HartlineApp app) : IClassFixture<HartlineApp>
{
    private World World => app.World;
    /// <summary>The id of "medical" as every Hartline has given it (RFC 9562 version 5 of its code, worked out by hand).</summary>
    private static readonly Guid PinnedMedicalId = Guid.Parse("c8877bbb-82d1-57c3-b673-aa71e90fe414");

    [Fact]
    public async Task Hartline_taxonomies_hold_every_kind_of_help_and_keep_their_ids_from_one_installation_to_the_next()
    {
        await app.WithScope(async sp => { await sp.GetRequiredService<DirectoryTaxonomies>().EnsureAsync(); return 0; });
        var count = await app.WithScope(sp => sp.GetRequiredService<Hartline.Data.HartlineDb>().Set<TaxonomyTerm>().CountAsync());
        await app.WithScope(async sp => { await sp.GetRequiredService<DirectoryTaxonomies>().EnsureAsync(); return 0; }); // again: nothing added
        Assert.Equal(count, await app.WithScope(sp => sp.GetRequiredService<Hartline.Data.HartlineDb>().Set<TaxonomyTerm>().CountAsync()));

        var codes = await app.WithScope(sp => sp.GetRequiredService<Hartline.Data.HartlineDb>().Set<TaxonomyTerm>()
            .Where(t => t.TaxonomyId == HartlineTaxonomies.ServiceTypes).Select(t => t.Code!).ToListAsync());
        foreach (var needed in new[] { "emergency-shelter", "long-term-housing", "therapeutic-foster-care", "trauma-mental-health", "substance-use",
                     "medical", "legal", "immigration", "education", "employment", "mentoring", "survivor-support-group", "advocacy",
                     "rapid-response", "case-management", "prevention-curriculum" })
            Assert.Contains(needed, codes);
        // The id of a term is a function of its code: the same in every installation, so exported directories keep meaning.
        Assert.Equal(5, HartlineTaxonomies.TermId(HartlineTaxonomies.ServiceTypes, "medical").Version);
        Assert.Equal(PinnedMedicalId, HartlineTaxonomies.TermId(HartlineTaxonomies.ServiceTypes, "medical"));
        Assert.Equal(HartlineTaxonomies.TermId(HartlineTaxonomies.ServiceTypes, "medical"), HartlineTaxonomies.IdOf(HartlineTaxonomies.ServiceTypes.ToString(), "medical"));
        Assert.NotEqual(HartlineTaxonomies.TermId(HartlineTaxonomies.ServiceTypes, "medical"), HartlineTaxonomies.TermId(HartlineTaxonomies.Eligibility, "medical"));
    }

    [Fact]
    public async Task A_service_lists_its_facets_and_a_figure_older_than_two_weeks_is_stale_and_not_counted_as_taking_youth()
    {
        var agency = await World.Agency("Provider", Hartline.Features.Admin.AgencyKind.ServiceProvider);
        var provider = await World.User(Roles.Provider, agency);
        await app.WithScope(async sp => { await sp.GetRequiredService<DirectoryTaxonomies>().EnsureAsync(); return 0; });
        var tag = World.UniqueName("Shelter", 8);
        var organization = new Organization { Name = $"{tag} House", Description = "A shelter", AgencyId = agency.Id };
        var shelter = new Service { OrganizationId = organization.Id, Name = $"{tag} beds", MinimumAge = 12, MaximumAge = 17 };
        var anywhere = new Service { OrganizationId = organization.Id, Name = $"{tag} phone line" };
        var now = DateTime.UtcNow;
        await app.WithDb(async db =>
        {
            db.AddRange(organization, shelter, anywhere);
            Tag(db, shelter.Id, HartlineTaxonomies.ServiceTypes, "emergency-shelter");
            Tag(db, shelter.Id, HartlineTaxonomies.Eligibility, "region:R1");
            Tag(db, shelter.Id, HartlineTaxonomies.Eligibility, "population:lgbtq");
            Tag(db, shelter.Id, HartlineTaxonomies.Eligibility, HartlineTaxonomies.GuardianConsentCode);
            Tag(db, anywhere.Id, HartlineTaxonomies.ServiceTypes, "emergency-shelter");
            db.Add(new DirectoryLanguage { ServiceId = shelter.Id, Code = "es", Name = "Spanish" });
            db.Add(new ServiceAvailability { ServiceId = shelter.Id, Accepting = false, Beds = 0, RecordedById = provider.Id, RecordedByAgencyId = agency.Id, RecordedAt = now.AddDays(-30) });
            db.Add(new ServiceAvailability { ServiceId = shelter.Id, Accepting = true, Beds = 2, RecordedById = provider.Id, RecordedByAgencyId = agency.Id, RecordedAt = now.AddDays(-15) });
            db.Add(new ServiceAvailability { ServiceId = anywhere.Id, Accepting = true, Slots = 5, RecordedById = provider.Id, RecordedByAgencyId = agency.Id, RecordedAt = now.AddDays(-1) });
            await db.SaveChangesAsync();
        });

        var client = await World.SignedIn(provider);
        var listed = await Ids(client, "/api/v1/directory/services?type=emergency-shelter");
        Assert.Contains(shelter.Id, listed);
        Assert.Contains(anywhere.Id, listed);
        var profile = (await client.GetFromJsonAsync<JsonElement>("/api/v1/directory/services?type=emergency-shelter"))
            .EnumerateArray().Single(s => s.GetProperty("id").GetGuid() == shelter.Id);
        Assert.Equal(["R1"], profile.GetProperty("regions").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(["lgbtq"], profile.GetProperty("populations").EnumerateArray().Select(r => r.GetString()));
        Assert.True(profile.GetProperty("guardianConsent").GetBoolean());
        Assert.Equal(["es"], profile.GetProperty("languages").EnumerateArray().Select(r => r.GetString()));
        var availability = profile.GetProperty("availability");
        Assert.True(availability.GetProperty("accepting").GetBoolean()); // the latest figure, not the older one
        Assert.Equal(2, availability.GetProperty("beds").GetInt32());
        Assert.Equal(15, availability.GetProperty("ageInDays").GetInt32());
        Assert.True(availability.GetProperty("stale").GetBoolean());

        // A region the shelter does not serve leaves it out; the line that names no region serves every one.
        var inR3 = await Ids(client, "/api/v1/directory/services?type=emergency-shelter&region=R3");
        Assert.DoesNotContain(shelter.Id, inR3);
        Assert.Contains(anywhere.Id, inR3);
        // "Taking youth now" trusts only a fresh figure: the shelter's says yes, but it is 15 days old.
        var accepting = await Ids(client, "/api/v1/directory/services?type=emergency-shelter&accepting=true");
        Assert.DoesNotContain(shelter.Id, accepting);
        Assert.Contains(anywhere.Id, accepting);
        Assert.DoesNotContain(shelter.Id, await Ids(client, "/api/v1/directory/services?population=immigrant"));
    }

    [Fact]
    public async Task The_directory_needs_a_signed_in_user()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.NewClient().GetAsync("/api/v1/directory/services")).StatusCode);
    }

    private static async Task<List<Guid>> Ids(HttpClient client, string url) =>
        (await client.GetFromJsonAsync<JsonElement>(url)).EnumerateArray().Select(s => s.GetProperty("id").GetGuid()).ToList();

    private static void Tag(Hartline.Data.HartlineDb db, Guid service, Guid taxonomy, string code) => db.Add(new DirectoryAttribute
    {
        LinkId = service, LinkEntity = "service", TaxonomyTermId = HartlineTaxonomies.TermId(taxonomy, code),
        LinkType = taxonomy == HartlineTaxonomies.ServiceTypes ? HartlineTaxonomies.ServiceTypeLink : HartlineTaxonomies.EligibilityLink,
    });
}
