using Hartline.Data;
using Hartline.Jurisdictions;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Features.Services.Directory;

/// <summary>
/// A service as the directory page, the placement search and matching see it: its organisation, its facets
/// read from the attribute rows, its languages, and the latest availability with its age.
/// </summary>
public sealed record ServiceProfile(
    Guid Id, string Name, string? Description, Guid OrganizationId, string Organization, Guid? ProviderAgencyId, ServiceStatus Status,
    int? MinimumAge, int? MaximumAge, string? EligibilityDescription,
    IReadOnlyList<string> Types, IReadOnlyList<string> Genders, IReadOnlyList<string> Regions, IReadOnlyList<string> Populations,
    bool GuardianConsent, IReadOnlyList<string> Languages, AvailabilityNow? Availability)
{
    /// <summary>No region rows means "any": a service that lists none turns nobody away for where they live.</summary>
    public bool ServesRegion(string? code) => Regions.Count == 0 || code is null || Regions.Contains(code);
}

/// <summary>The latest availability a provider recorded, how many days old it is, and whether that is too old to trust.</summary>
public sealed record AvailabilityNow(bool Accepting, int? Beds, int? Slots, int? WaitlistLength, DateTime RecordedAt, string RecordedBy,
    int AgeInDays, bool Stale);

/// <summary>
/// Reads the directory into <see cref="ServiceProfile"/>s. The directory is small (hundreds of services, not
/// millions), so it is read whole and filtered in memory: the rules then live in one place, in C#, on both providers.
/// </summary>
public sealed class ServiceProfiles(HartlineDb db, TimeProvider clock, IConfiguration configuration)
{
    public int StaleAfterDays => configuration.GetValue("Hartline:Directory:StaleAfterDays", DirectoryRules.StaleAfterDaysDefault);

    public async Task<IReadOnlyList<ServiceProfile>> ReadAsync(CancellationToken ct = default)
    {
        var services = await db.Set<Service>().AsNoTracking().ToListAsync(ct);
        var organizations = await db.Set<Organization>().AsNoTracking().ToDictionaryAsync(o => o.Id, ct);
        var terms = await db.Set<TaxonomyTerm>().AsNoTracking()
            .Where(t => t.TaxonomyId == HartlineTaxonomies.ServiceTypes || t.TaxonomyId == HartlineTaxonomies.Eligibility)
            .ToDictionaryAsync(t => t.Id, ct);
        var attributes = (await db.Set<DirectoryAttribute>().AsNoTracking().Where(a => a.LinkEntity == "service").ToListAsync(ct))
            .ToLookup(a => a.LinkId);
        var languages = (await db.Set<DirectoryLanguage>().AsNoTracking().Where(l => l.ServiceId != null).ToListAsync(ct))
            .ToLookup(l => l.ServiceId!.Value);
        var latest = await LatestAvailabilityAsync(ct);

        return services.Select(s =>
        {
            var codes = attributes[s.Id].Select(a => terms.GetValueOrDefault(a.TaxonomyTermId)).Where(t => t?.Code is not null)
                .Select(t => (t!.TaxonomyId, Code: t.Code!)).ToList();
            List<string> Facet(string prefix) => codes.Where(c => c.TaxonomyId == HartlineTaxonomies.Eligibility && c.Code.StartsWith(prefix + ":", StringComparison.Ordinal))
                .Select(c => c.Code[(prefix.Length + 1)..]).Order(StringComparer.Ordinal).ToList();
            var organization = organizations.GetValueOrDefault(s.OrganizationId);
            return new ServiceProfile(s.Id, s.Name, s.Description, s.OrganizationId, organization?.Name ?? "", organization?.AgencyId, s.Status,
                s.MinimumAge, s.MaximumAge, s.EligibilityDescription,
                codes.Where(c => c.TaxonomyId == HartlineTaxonomies.ServiceTypes).Select(c => c.Code).Order(StringComparer.Ordinal).ToList(),
                Facet("gender"), Facet("region"), Facet("population"),
                codes.Any(c => c.TaxonomyId == HartlineTaxonomies.Eligibility && c.Code == HartlineTaxonomies.GuardianConsentCode),
                languages[s.Id].Select(l => l.Code ?? l.Name ?? "").Where(l => l.Length > 0).Distinct().ToList(),
                latest.GetValueOrDefault(s.Id));
        }).OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase).ThenBy(p => p.Id).ToList();
    }

    private async Task<Dictionary<Guid, AvailabilityNow>> LatestAvailabilityAsync(CancellationToken ct)
    {
        var rows = await db.Set<ServiceAvailability>().AsNoTracking()
            .Join(db.Agencies, a => a.RecordedByAgencyId, g => g.Id, (a, g) => new { a, Agency = g.Name })
            .ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        return rows.GroupBy(r => r.a.ServiceId).ToDictionary(g => g.Key, g =>
        {
            var last = g.OrderByDescending(r => r.a.RecordedAt).ThenByDescending(r => r.a.Id).First();
            var days = (int)Math.Floor((now - last.a.RecordedAt).TotalDays);
            return new AvailabilityNow(last.a.Accepting, last.a.Beds, last.a.Slots, last.a.WaitlistLength, last.a.RecordedAt, last.Agency,
                Math.Max(0, days), days > StaleAfterDays);
        });
    }
}
