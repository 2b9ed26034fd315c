using Hartline.Features.Cases;
using Hartline.Security;
using Hartline.Security.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Features.Services.Referrals;

/// <summary>Asks before a need is closed (met, or no longer needed): it leaves the matching and the unmet-needs figure.</summary>
[Authorize(Policy = Policies.CaseRecords)]
public sealed class CloseNeedModel(CaseAccess access, AuditLog audit, Data.HartlineDb db) : CasePageModel(access, audit)
{
    protected override string Tab => "services";
    public Confirmation Confirm { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid needId, CancellationToken ct)
    {
        if (!await OpenAsync(id, "services", ct) || !MayUpdate) return NotFound();
        var need = await db.Set<ServiceNeed>().AsNoTracking().FirstOrDefaultAsync(n => n.Id == needId && n.CaseId == id && n.Status == NeedStatus.Open, ct);
        if (need is null) return NotFound();
        var open = await db.Set<ServiceReferral>().CountAsync(r => r.NeedId == needId && (r.Status == ServiceReferralStatus.Sent
            || r.Status == ServiceReferralStatus.Accepted || r.Status == ServiceReferralStatus.Engaged), ct);
        Confirm = new Confirmation($"Close the need for {DirectoryWords.Type(need.TypeCode).ToLowerInvariant()}?",
        [
            "The need is kept in the case's history as met or no longer needed; its matches are no longer shown.",
            open == 0 ? "No open referral answers it." : $"{open} open referral{(open == 1 ? "" : "s")} for it stay{(open == 1 ? "s" : "")} open: withdraw or end them on their own pages.",
        ], "Yes, close the need", $"/Cases/{id}/Services?handler=CloseNeed&needId={needId}", $"/Cases/{id}/Services");
        return Page();
    }
}
