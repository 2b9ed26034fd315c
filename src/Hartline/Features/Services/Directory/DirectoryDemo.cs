using Hartline.Data;
using Hartline.Features.Admin;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Features.Services.Directory;

/// <summary>
/// A demo directory of the kinds of help seed 002 names — survivor care (rapid response and long-term), therapeutic
/// foster care, trained mentors, prevention curricula, trauma therapy, shelter, legal and immigration help — and
/// the gaps it names (boys and male-bodied youth, LGBTQ youth, long-term housing). The organisations are invented;
/// two are the demo agencies, so the demo provider keeps its own figures. Some figures are left a month old, so the
/// directory shows what a stale one looks like.
/// </summary>
public sealed class DirectoryDemo(HartlineDb db, DirectoryTaxonomies taxonomies, TimeProvider clock)
{
    private sealed record Listing(string Organization, string Service, string Description, string[] Types, int? MinAge, int? MaxAge,
        string[] Regions, string[] Genders, string[] Populations, string[] Languages, string Town, string Phone,
        bool Accepting, int? Beds, int? Slots, int? Waitlist, int DaysOld, bool GuardianConsent = false);

    private static readonly Listing[] Listings =
    [
        new("Beacon Youth Survivor Care", "Rapid response for identified youth", "A one-time visit within 48 hours of a referral: safety, basic needs and a plan for what comes next.",
            ["rapid-response", "basic-needs"], 11, 21, [], [], [], ["en", "es"], "New Haven", "203-555-0140", true, null, 6, 0, 1),
        new("Beacon Youth Survivor Care", "Long-term survivor care", "Therapeutic case management that stays with a confirmed survivor for as long as they want it.",
            ["case-management", "advocacy"], 11, 21, [], [], [], ["en", "es"], "New Haven", "203-555-0141", true, null, 3, 2, 3),
        new("Beacon Youth Survivor Care", "Youth prevention groups", "A five-session group on exploitation and healthy relationships for girls, boys and LGBTQ youth.",
            ["prevention-curriculum"], 12, 18, [], [], [], ["en"], "Hartford", "860-555-0142", true, null, 15, 0, 5),
        new("Harbor Children's Hospital", "Child abuse pediatrics clinic", "Medical examinations and follow-up care for children and youth who may have been exploited.",
            ["medical"], 0, 18, [], [], [], ["en", "es", "pt"], "Hartford", "860-555-0150", true, null, 10, 0, 2),
        new("Safe Harbor Youth Shelter", "Emergency youth shelter", "Short-term beds for youth who cannot go home tonight, staffed around the clock.",
            ["emergency-shelter", "basic-needs"], 12, 17, ["R1", "R2"], [], [], ["en", "es"], "Bridgeport", "203-555-0160", true, 2, null, 0, 4, GuardianConsent: true),
        new("Nutmeg Therapeutic Family Care", "Therapeutic foster homes", "Foster parents trained to care for youth at high risk of, or recovering from, exploitation.",
            ["therapeutic-foster-care"], 10, 17, [], [], ["in-care"], ["en"], "Middletown", "860-555-0170", false, 0, null, 3, 31, GuardianConsent: true),
        new("Bridges Mentoring", "Trained mentors", "One-to-one mentoring by volunteers trained on domestic minor sex trafficking.",
            ["mentoring"], 12, 21, [], [], [], ["en", "es"], "Waterbury", "203-555-0180", true, null, 8, 0, 9),
        new("Riverbend Trauma Therapy Center", "Trauma-focused therapy", "Individual trauma-focused therapy, in English or Spanish, with family sessions where safe.",
            ["trauma-mental-health"], 5, 18, ["R3", "R4"], [], [], ["en", "es"], "Norwich", "860-555-0190", true, null, 4, 6, 2, GuardianConsent: true),
        new("Justice for Youth Legal Clinic", "Legal and immigration help", "Free legal help: vacating records, victim compensation, and T visas for young survivors.",
            ["legal", "immigration", "advocacy"], 0, 24, [], [], ["immigrant"], ["en", "es", "pt", "ht"], "Hartford", "860-555-0200", true, null, 12, 0, 12),
        new("Open Door LGBTQ Youth Center", "Survivor support group and transitional housing", "A peer-led survivor group and a small house for LGBTQ youth aged 16 to 24.",
            ["survivor-support-group", "long-term-housing"], 16, 24, ["R1", "R5"], [], ["lgbtq"], ["en"], "Stamford", "203-555-0210", true, 1, 10, 0, 6),
        new("Second Wind Teen Recovery", "Substance use treatment for teens", "Outpatient treatment for teens, with a trauma-informed group for exploited youth.",
            ["substance-use"], 13, 18, ["R5", "R6"], [], [], ["en"], "Danbury", "203-555-0220", true, null, 0, 4, 20, GuardianConsent: true),
        new("Pathways for Boys", "Group and individual support for boys", "Therapy and mentoring designed for boys and male-bodied youth who were exploited.",
            ["trauma-mental-health", "mentoring"], 12, 18, [], ["male", "trans-female", "non-conforming"], ["boys-male-bodied"], ["en"], "New Britain", "860-555-0230", true, null, 5, 0, 8),
        new("Harbor Job Start", "Job readiness and placement", "Job readiness, a first paid placement, and help back to school for young people.",
            ["employment", "education"], 16, 24, [], [], [], ["en", "es"], "New London", "860-555-0240", true, null, 20, 0, 40),
    ];

    public async Task LoadAsync(CancellationToken ct = default)
    {
        await taxonomies.EnsureAsync(ct);
        if (await db.Set<Service>().AnyAsync(ct)) return;
        var agencies = await db.Agencies.ToDictionaryAsync(a => a.Name, ct);
        var recorder = await db.Users.Where(u => u.Email == "provider@beacon.demo").Select(u => (Guid?)u.Id).FirstOrDefaultAsync(ct);
        var hart = agencies.Values.FirstOrDefault(a => a.Kind == AgencyKind.Coordination);
        var now = clock.GetUtcNow().UtcDateTime;
        var organizations = new Dictionary<string, Organization>();
        foreach (var l in Listings)
        {
            if (!organizations.TryGetValue(l.Organization, out var organization))
            {
                organization = new Organization
                {
                    Name = l.Organization, Description = $"{l.Organization}, a Connecticut provider in the HART network.",
                    AgencyId = agencies.GetValueOrDefault(l.Organization)?.Id,
                };
                organizations[l.Organization] = organization;
                db.Add(organization);
            }
            var service = new Service
            {
                OrganizationId = organization.Id, Name = l.Service, Description = l.Description, MinimumAge = l.MinAge, MaximumAge = l.MaxAge,
                EligibilityDescription = DirectoryWords.Ages(l.MinAge, l.MaxAge) + ".", LastModified = now,
            };
            db.Add(service);
            var location = new Location { OrganizationId = organization.Id, Name = $"{l.Organization}, {l.Town}" };
            db.Add(location);
            db.Add(new LocationAddress { LocationId = location.Id, Address1 = "100 Main Street", City = l.Town, StateProvince = "CT", PostalCode = "06101", Country = "US" });
            var at = new ServiceAtLocation { ServiceId = service.Id, LocationId = location.Id };
            db.Add(at);
            db.Add(new DirectoryPhone { ServiceId = service.Id, Number = l.Phone, Type = "voice" });
            db.Add(new DirectorySchedule { ServiceId = service.Id, Freq = "WEEKLY", ByDay = "MO,TU,WE,TH,FR", OpensAt = "09:00", ClosesAt = "17:00", Description = "Weekdays, 9 to 5" });
            foreach (var code in l.Languages) db.Add(new DirectoryLanguage { ServiceId = service.Id, Code = code, Name = code });
            foreach (var type in l.Types) Tag(service.Id, HartlineTaxonomies.ServiceTypes, type, HartlineTaxonomies.ServiceTypeLink);
            foreach (var region in l.Regions) Tag(service.Id, HartlineTaxonomies.Eligibility, $"region:{region}", HartlineTaxonomies.EligibilityLink);
            foreach (var gender in l.Genders) Tag(service.Id, HartlineTaxonomies.Eligibility, $"gender:{gender}", HartlineTaxonomies.EligibilityLink);
            foreach (var population in l.Populations) Tag(service.Id, HartlineTaxonomies.Eligibility, $"population:{population}", HartlineTaxonomies.EligibilityLink);
            if (l.GuardianConsent) Tag(service.Id, HartlineTaxonomies.Eligibility, HartlineTaxonomies.GuardianConsentCode, HartlineTaxonomies.EligibilityLink);
            var by = organization.AgencyId ?? hart?.Id;
            if (by is { } agency && recorder is { } user)
                db.Add(new ServiceAvailability
                {
                    ServiceId = service.Id, Accepting = l.Accepting, Beds = l.Beds, Slots = l.Slots, WaitlistLength = l.Waitlist,
                    RecordedById = user, RecordedByAgencyId = agency, RecordedAt = now.AddDays(-l.DaysOld),
                });
        }
        await db.SaveChangesAsync(ct);

        void Tag(Guid service, Guid taxonomy, string code, string linkType) => db.Add(new DirectoryAttribute
        {
            LinkId = service, LinkEntity = "service", LinkType = linkType, TaxonomyTermId = HartlineTaxonomies.TermId(taxonomy, code),
        });
    }
}
