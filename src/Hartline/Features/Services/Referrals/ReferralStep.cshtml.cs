using Hartline.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hartline.Features.Services.Referrals;

/// <summary>
/// Asks before a referral is declined, withdrawn, completed or ended, with the reason or result the step needs.
/// Shown only to those who may take the step now (404 otherwise); the step itself is the referral page's handler.
/// </summary>
[Authorize(Policy = Policies.CaseRecords)]
public sealed class ReferralStepModel(ServiceReferralViews views) : PageModel
{
    public Confirmation Confirm { get; private set; } = null!;
    public ReferralMove Move { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid referralId, string move, CancellationToken ct)
    {
        if (!Enum.TryParse<ReferralMove>(move, ignoreCase: false, out var m) || int.TryParse(move, out _)) return NotFound();
        if (await views.OneAsync(referralId, Actor.FromPrincipal(User), ct) is not { } v) return NotFound();
        var allowed = m switch
        {
            ReferralMove.Decline => v.Actions.Decline, ReferralMove.Withdraw => v.Actions.Withdraw,
            ReferralMove.Complete => v.Actions.Complete, ReferralMove.End => v.Actions.End, _ => false,
        };
        if (!allowed) return NotFound();
        Move = m;
        var service = v.Summary.Service;
        var provider = v.AsProvider ? "the case worker" : "the provider";
        Confirm = m switch
        {
            ReferralMove.Decline => new Confirmation($"Decline the referral to {service}?",
                ["The referral ends here; the case worker sees your reason and looks for another service.", "Nothing about the youth is shown to your agency afterwards."],
                "Yes, decline it", Action(referralId, m), Back(referralId)),
            ReferralMove.Withdraw => new Confirmation($"Withdraw the referral to {service}?",
                [$"The referral ends and {provider} is told in Hartline.", "The provider stops seeing anything about the youth at once."],
                "Yes, withdraw it", Action(referralId, m), Back(referralId)),
            ReferralMove.Complete => new Confirmation($"Complete the referral to {service}?",
                ["The referral is marked completed with the result you give; services can no longer be recorded on it.",
                 "Your agency stops seeing the youth's details."],
                "Yes, complete it", Action(referralId, m), Back(referralId)),
            _ => new Confirmation($"End the referral to {service} early?",
                ["The referral ends with the reason you give; services can no longer be recorded on it.", "The provider stops seeing the youth's details."],
                "Yes, end it", Action(referralId, m), Back(referralId)),
        };
        return Page();
    }

    private static string Action(Guid id, ReferralMove move) => $"/Services/Referrals/{id}?handler=Move&move={move}";
    private static string Back(Guid id) => $"/Services/Referrals/{id}";
}
