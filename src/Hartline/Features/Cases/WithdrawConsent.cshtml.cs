using Hartline.Features.Cases.Sharing;
using Hartline.Security;
using Hartline.Security.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Features.Cases;

/// <summary>
/// Asks before a consent is withdrawn, naming the sharing that stops with it. Only those who may share the case
/// see it, for a consent of this case still in force (404 otherwise); the withdrawal itself is the consent
/// tab's Withdraw handler, which checks again.
/// </summary>
[Authorize(Policy = Policies.CaseRecords)]
public sealed class WithdrawConsentModel(CaseAccess access, AuditLog audit, Data.HartlineDb db, CaseSharing sharing, Jurisdictions.Jurisdiction j,
    TimeProvider clock) : CasePageModel(access, audit)
{
    protected override string Tab => "consent";
    public Confirmation Confirm { get; private set; } = null!;
    public string Today { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id, Guid consentId, CancellationToken ct)
    {
        if (!await OpenAsync(id, "consent and sharing", ct) || !MayShare) return NotFound();
        var consent = await db.Set<SharingConsent>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == consentId && c.CaseId == id && c.WithdrawnOn == null, ct);
        if (consent is null) return NotFound();

        var stops = await sharing.UncoveredWithoutAsync(Case, consentId, ct);
        var agencyIds = stops.Select(g => g.AgencyId).Append(consent.RecipientAgencyId ?? Guid.Empty).ToList();
        var names = await db.Agencies.Where(a => agencyIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, ct);
        var recipient = consent.RecipientAgencyId is { } r ? names.GetValueOrDefault(r, "an agency") : "all partner agencies";
        var purposes = string.Join(" and ", consent.Purposes.Select(CaseSharing.Describe));
        var givenBy = consent.GivenBy switch
        {
            ConsentGiver.Youth => "the youth",
            ConsentGiver.Guardian => "a guardian",
            ConsentGiver.YouthAndGuardian => "the youth and a guardian",
            _ => "court order",
        };
        Today = j.Today(clock).ToString("yyyy-MM-dd");
        Confirm = new Confirmation("Withdraw this consent?",
        [
            $"The consent given on {consent.GivenOn:yyyy-MM-dd} by {givenBy} to share {YouthName}'s case with {recipient} for {purposes} is marked withdrawn. It stays in the case's history.",
            stops.Count == 0
                ? "No sharing stops: other consents still cover every agency the case is shared with."
                : $"Sharing stops at once with {string.Join("; ", stops.Select(g => $"{names.GetValueOrDefault(g.AgencyId, "an agency")} (for {CaseSharing.Describe(g.Kind)})"))}: they can no longer open the case.",
            "People of an agency that loses all access leave the youth's care team today.",
        ],
            "Yes, withdraw the consent", $"/Cases/{id}/Consent?handler=Withdraw&consentId={consentId}", $"/Cases/{id}/Consent");
        return Page();
    }
}
