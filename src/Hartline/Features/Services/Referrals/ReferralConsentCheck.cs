using Hartline.Data;
using Hartline.Features.Cases;
using Hartline.Features.Cases.Sharing;
using Hartline.Features.Services.Directory;
using Hartline.Jurisdictions;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Features.Services.Referrals;

/// <summary>The consent a referral goes with, or what is missing, in words the sender can act on.</summary>
public sealed record ConsentFinding(Guid? ConsentId, string? Missing)
{
    public bool Found => ConsentId is not null;
}

/// <summary>
/// Finds the youth's consent that lets a referral go to a provider: in force, for service referrals, naming the
/// provider's agency or every partner agency (a provider that does not sign in is covered only by the latter).
/// Below the jurisdiction's age, or for a service that asks for it and a minor, it must be a guardian's, both the
/// youth's and a guardian's, or a court order.
/// </summary>
public sealed class ReferralConsentCheck(HartlineDb db, Jurisdiction jurisdiction)
{
    private static readonly ConsentGiver[] GuardianGivers = [ConsentGiver.Guardian, ConsentGiver.YouthAndGuardian, ConsentGiver.CourtOrder];

    public async Task<ConsentFinding> FindAsync(Guid caseId, int? age, ServiceProfile service, CancellationToken ct = default)
    {
        var provider = service.ProviderAgencyId;
        // A provider that does not sign in has no agency: only a consent for every partner covers it (no agency id matches Guid.Empty).
        var covering = (await db.Set<SharingConsent>().AsNoTracking().Where(c => c.CaseId == caseId && c.WithdrawnOn == null)
                .OrderByDescending(c => c.GivenOn).ThenByDescending(c => c.RecordedAt).ToListAsync(ct))
            .Where(c => c.Covers(provider ?? Guid.Empty, GrantKind.ServiceReferral)).ToList();
        var to = provider is null ? $"{service.Organization} (through a consent for all partner agencies: it does not sign in to Hartline)" : service.Organization;
        if (covering.Count == 0)
            return new(null, $"The youth has not consented to share with {to} for service referrals. Record the consent on the case's Consent and sharing tab first.");

        var rule = jurisdiction.ServiceConsent;
        var guardianNeeded = age is null || age < rule.YouthConsentsFromAge || (service.GuardianConsent && age < jurisdiction.MinorAge);
        if (!guardianNeeded) return new(covering[0].Id, null);
        var byGuardian = covering.FirstOrDefault(c => GuardianGivers.Contains(c.GivenBy));
        if (byGuardian is not null) return new(byGuardian.Id, null);
        var why = age is null ? "The youth's age is not known"
            : age < rule.YouthConsentsFromAge ? $"The youth is {age}"
            : $"The youth is {age} and {service.Name} asks for it for minors";
        return new(null, $"{why}: a parent's or guardian's consent (or a court order) is needed to refer to {service.Organization}. "
            + "The consent on file was given by the youth alone. Record the guardian's consent on the Consent and sharing tab.");
    }
}
