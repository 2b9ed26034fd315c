using Hartline.Data;
using Hartline.Features.Cases;
using Hartline.Features.People;
using Hartline.Jurisdictions;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Features.Intake;

public sealed record ReferralReceipt(Guid ReferralId, Guid PersonId, Guid CaseId, bool LinkedExistingPerson, bool AddedToOpenCase);

/// <summary>
/// Receives a referral: links it to the youth already in the registry (or registers them) and to the
/// receiving agency's open case for that youth (or opens one). Person, case and referral are saved in
/// one SaveChanges, so nothing is half-saved.
/// </summary>
public sealed class IntakeService(HartlineDb db, Jurisdiction jurisdiction, TimeProvider clock)
{
    public async Task<(ReferralReceipt? Receipt, Dictionary<string, string[]> Errors)> ReceiveAsync(
        ReferralInput input, Guid receivingAgencyId, Guid receivedById, CancellationToken ct = default)
    {
        var errors = ReferralRules.Validate(input, jurisdiction, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        if (errors.Count > 0) return (null, errors);

        var given = input.GivenName!.Trim();
        var family = input.FamilyName!.Trim();
        var races = input.RaceEthnicity.Where(c => !string.IsNullOrWhiteSpace(c)).Distinct().ToList();

        // Until the linkage engine arrives, only an exact name + date-of-birth match links automatically.
        var person = input.DateOfBirth is { } dob
            ? await db.People.FirstOrDefaultAsync(p => p.DateOfBirth == dob
                && p.GivenName.ToLower() == given.ToLower() && p.FamilyName.ToLower() == family.ToLower(), ct)
            : null;
        var linked = person is not null;
        if (person is null)
        {
            person = new Person
            {
                GivenName = given,
                MiddleName = string.IsNullOrWhiteSpace(input.MiddleName) ? null : input.MiddleName.Trim(),
                FamilyName = family,
                DateOfBirth = input.DateOfBirth,
                GenderCode = NullIfBlank(input.Gender),
                RaceEthnicities = races.Select(code => new PersonRaceEthnicity { Code = code }).ToList(),
                OwnerAgencyId = receivingAgencyId,
            };
            db.People.Add(person);
        }

        var openCase = linked
            ? await db.Cases.FirstOrDefaultAsync(c => c.PersonId == person.Id && c.OwnerAgencyId == receivingAgencyId
                && c.Status == CaseStatus.Open, ct)
            : null;
        var @case = openCase ?? new Case
        {
            PersonId = person.Id,
            OwnerAgencyId = receivingAgencyId,
            RegionCode = input.Region!,
            ResidenceCode = NullIfBlank(input.Residence),
            OpenedOn = input.ReceivedOn!.Value,
            AssignedUserId = receivedById,
            CreatedById = receivedById,
        };
        if (openCase is null) db.Cases.Add(@case);

        var referral = new Referral
        {
            ReceivedOn = input.ReceivedOn!.Value,
            SourceCode = input.Source!,
            ReportingAgencyName = input.ReportingAgency!.Trim(),
            ReceivingAgencyId = receivingAgencyId,
            RegionCode = input.Region!,
            ResidenceCode = NullIfBlank(input.Residence),
            PersonId = person.Id,
            CaseId = @case.Id,
            CreatedById = receivedById,
        };
        db.Referrals.Add(referral);
        await db.SaveChangesAsync(ct);
        return (new ReferralReceipt(referral.Id, person.Id, @case.Id, linked, openCase is not null), errors);
    }

    private static string? NullIfBlank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
