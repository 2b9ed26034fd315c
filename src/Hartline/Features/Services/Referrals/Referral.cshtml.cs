using Hartline.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hartline.Features.Services.Referrals;

/// <summary>
/// One service referral, for both ends of it: the case's team sees everything and sends, withdraws or ends it; the
/// provider sees the shared fields while it is open, accepts or declines it, records the services given and closes it.
/// </summary>
[Authorize(Policy = Policies.CaseRecords)]
public sealed class ReferralModel(ServiceReferralViews views, ServiceReferrals referrals, Jurisdictions.Jurisdiction j, TimeProvider clock) : PageModel
{
    public ServiceReferralView View { get; private set; } = null!;
    public Jurisdictions.Jurisdiction J => j;
    public DateOnly Today => j.Today(clock);

    [BindProperty] public SendInput Send { get; set; } = new();
    [BindProperty] public ReferralStepInput Step { get; set; } = new();
    [BindProperty] public DeliveryInput Delivery { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid referralId, CancellationToken ct)
    {
        Delivery.DeliveredOn ??= Today;
        return await LoadAsync(referralId, ct) ? Page() : NotFound();
    }

    public Task<IActionResult> OnPostSendAsync(Guid referralId, CancellationToken ct) =>
        SaveAsync(referralId, nameof(Send), () => referrals.SendAsync(referralId, Send, Actor.FromPrincipal(User), ct), "Referral sent.", ct);

    public Task<IActionResult> OnPostMoveAsync(Guid referralId, ReferralMove move, CancellationToken ct) =>
        SaveAsync(referralId, nameof(Step), () => referrals.MoveAsync(referralId, move, Step, Actor.FromPrincipal(User), ct), move switch
        {
            ReferralMove.Accept => "Referral accepted. You can now record the services you give.",
            ReferralMove.Decline => "Referral declined. The case worker sees your reason.",
            ReferralMove.Withdraw => "Referral withdrawn.",
            ReferralMove.Engage => "Marked as started.",
            ReferralMove.Complete => "Referral completed.",
            _ => "Referral ended.",
        }, ct);

    public Task<IActionResult> OnPostDeliverAsync(Guid referralId, CancellationToken ct) =>
        SaveAsync(referralId, nameof(Delivery), () => referrals.RecordDeliveryAsync(referralId, Delivery, Actor.FromPrincipal(User), ct), "Service recorded.", ct);

    private async Task<IActionResult> SaveAsync(Guid referralId, string prefix, Func<Task<Outcome<Guid>>> save, string notice, CancellationToken ct)
    {
        foreach (var key in ModelState.Keys.Where(k => !k.StartsWith(prefix + ".", StringComparison.Ordinal)).ToList()) ModelState.Remove(key);
        if (ModelState.IsValid)
        {
            var result = await save();
            if (result.Kind == OutcomeKind.NotFound) return NotFound();
            if (result.Succeeded)
            {
                TempData["Notice"] = notice;
                return Redirect($"/Services/Referrals/{referralId}");
            }
            ModelState.AddOutcomeErrors(result.Errors, prefix);
        }
        return await LoadAsync(referralId, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid referralId, CancellationToken ct)
    {
        if (await views.OneAsync(referralId, Actor.FromPrincipal(User), ct) is not { } view) return false;
        View = view;
        return true;
    }

    public string When(DateTime utc) => j.ToLocal(utc).ToString("yyyy-MM-dd HH:mm");
}
