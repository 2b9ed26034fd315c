using Hartline.Features.Cases;
using Hartline.Features.Services.Directory;
using Hartline.Security;
using Hartline.Security.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Features.Services.Referrals;

/// <summary>
/// Refers the youth to one service: says up front whether the consent on file allows it and whether the service's
/// rules fit the youth, then takes what to share, the message, and (when the rules do not fit) why it goes anyway.
/// </summary>
[Authorize(Policy = Policies.CaseRecords)]
public sealed class ReferModel(CaseAccess access, AuditLog audit, Data.HartlineDb db, ServiceProfiles profiles, CaseServicePlanning planning,
    ReferralConsentCheck consents, ServiceReferrals referrals, DirectoryWords words) : CasePageModel(access, audit)
{
    protected override string Tab => "services";

    public ServiceProfile Service { get; private set; } = null!;
    public ServiceNeed? ForNeed { get; private set; }
    public ServiceMatch Match { get; private set; } = null!;
    public ConsentFinding Consent { get; private set; } = null!;
    public DirectoryWords Words => words;

    [BindProperty(SupportsGet = true)] public ServiceReferralInput Referral { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, Guid? serviceId, Guid? needId, CancellationToken ct)
    {
        Referral.ServiceId ??= serviceId;
        Referral.NeedId ??= needId;
        Referral.ShareProfile ??= ShareProfile.Minimum;
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (ModelState.FindKeysWithPrefix(nameof(Referral)).Any(f => f.Value.Errors.Count > 0))
            return await LoadAsync(id, ct) ? Page() : NotFound();
        var made = await referrals.CreateAsync(id, Referral, Actor.FromPrincipal(User), ct);
        if (made.Kind == OutcomeKind.NotFound) return NotFound();
        if (made.Succeeded)
        {
            TempData["Notice"] = Referral.Send ? "Referral sent. The provider is told in Hartline; the clock starts now." : "Draft saved. Send it from its page.";
            return Redirect($"/Services/Referrals/{made.Value}");
        }
        ShowErrors(made.Errors, nameof(Referral));
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (!await OpenAsync(id, "services (referral)", ct) || !MayShare) return false;
        var service = Referral.ServiceId is { } sid ? (await profiles.ReadAsync(ct)).FirstOrDefault(s => s.Id == sid) : null;
        if (service is null) return false;
        Service = service;
        ForNeed = Referral.NeedId is { } nid ? await db.Set<ServiceNeed>().AsNoTracking().FirstOrDefaultAsync(n => n.Id == nid && n.CaseId == id, ct) : null;
        var youth = await planning.YouthAsync(Case, ct);
        Match = ServiceMatcher.Judge(service, ForNeed?.TypeCode ?? service.Types.FirstOrDefault() ?? "", youth, words);
        Consent = await consents.FindAsync(id, youth.Age, service, ct);
        return true;
    }

    /// <summary>The rules of the service the youth does not meet: a note is needed to send.</summary>
    public IReadOnlyList<Exclusion> Ineligible => Match.Ineligibilities;
}
