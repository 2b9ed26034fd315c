using Hartline.Data;
using Hartline.Features.Admin;
using Hartline.Jurisdictions;
using Hartline.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Features.Account;

/// <summary>The signed-in user's own account: who they are in Hartline, the password, and their recent sign-ins.</summary>
public sealed class IndexModel(CurrentActor current, SignInHistory history, AgencyNames agencies, HartlineDb db, Jurisdiction j) : PageModel
{
    public Actor Me => current.Value;
    public string Agency { get; private set; } = "";
    public IReadOnlyList<SignInEntry> SignIns { get; private set; } = [];
    public bool TwoFactorOn { get; private set; }
    /// <summary>The time zone the times are in, named: the jurisdiction's, as everywhere in Hartline.</summary>
    public string Zone => j.ZoneLabel;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Me.UserId is not { } me) return NotFound();
        if (Me.AgencyId is { } agency) Agency = (await agencies.OfAsync(db, [agency], ct)).GetValueOrDefault(agency, "");
        SignIns = await history.RecentAsync(me, ct);
        TwoFactorOn = await db.Users.Where(u => u.Id == me).Select(u => u.TwoFactorEnabled).SingleOrDefaultAsync(ct);
        return Page();
    }
}
