using Hartline.Data;
using Hartline.Security;
using Hartline.Security.Audit;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Features.Services.Directory;

/// <summary>What a provider says about a service's room today. Counts may be left out when they do not apply (a mentoring program has no beds).</summary>
public sealed class AvailabilityInput
{
    /// <summary>Whether the service takes new youth now (required).</summary>
    public bool? Accepting { get; set; }
    public int? Beds { get; set; }
    public int? Slots { get; set; }
    public int? WaitlistLength { get; set; }
    public string? Note { get; set; }
}

/// <summary>
/// Records availability. A provider keeps its own organisation's services current (the organisation's agency is
/// the provider's); the HART coordinators keep every service's, for the providers that do not sign in. Anyone else
/// is answered as if the service did not exist, and the refusal is audited.
/// </summary>
public sealed class AvailabilityRecords(HartlineDb db, AuditLog audit)
{
    public const int MaxCount = 10_000;

    public async Task<Outcome<Guid>> RecordAsync(Guid serviceId, AvailabilityInput input, Actor actor, CancellationToken ct = default)
    {
        var service = await db.Set<Service>().Where(s => s.Id == serviceId)
            .Select(s => new { s.Status, Agency = db.Set<Organization>().Where(o => o.Id == s.OrganizationId).Select(o => o.AgencyId).FirstOrDefault() })
            .FirstOrDefaultAsync(ct);
        if (service is null || actor.UserId is not { } user || actor.AgencyId is not { } agency || !MayKeep(actor, service.Agency))
        {
            await audit.DeniedAsync(nameof(Service), serviceId.ToString(), "record availability", ct);
            return Outcome<Guid>.NotFound();
        }
        var errors = Errors.For(input);
        if (input.Accepting is null) errors.Add(nameof(input.Accepting), "Say whether the service is taking youth now.");
        Count(errors, nameof(input.Beds), "Beds", input.Beds);
        Count(errors, nameof(input.Slots), "Places", input.Slots);
        Count(errors, nameof(input.WaitlistLength), "Waiting list", input.WaitlistLength);
        if (input.Note?.Length > DirectoryRules.ShortMax) errors.Add(nameof(input.Note), $"Note: at most {DirectoryRules.ShortMax} characters.");
        if (service.Status is ServiceStatus.Defunct or ServiceStatus.Inactive)
            errors.Add(nameof(input.Accepting), "This service has closed: reopen it in the directory before recording its room.");
        if (errors.Count > 0) return Outcome<Guid>.Invalid(errors);

        var record = new ServiceAvailability
        {
            ServiceId = serviceId, Accepting = input.Accepting!.Value, Beds = input.Beds, Slots = input.Slots,
            WaitlistLength = input.WaitlistLength, Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim(),
            RecordedById = user, RecordedByAgencyId = agency,
        };
        db.Add(record);
        await db.SaveChangesAsync(ct);
        return Outcome<Guid>.Done(record.Id);
    }

    public static bool MayKeep(Actor actor, Guid? organizationAgency) =>
        actor.IsInRole(Roles.Coordinator) || actor.IsInRole(Roles.Provider) && organizationAgency is not null && organizationAgency == actor.AgencyId;

    private static void Count(Errors errors, string field, string label, int? value)
    {
        if (value is < 0) errors.Add(field, $"{label}: a number of zero or more.");
        else if (value > MaxCount) errors.Add(field, $"{label}: at most {MaxCount:N0}.");
    }
}
