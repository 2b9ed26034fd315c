using Hartline.Data;
using Hartline.Features.Shared;
using Hartline.Jurisdictions;
using Hartline.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Features.Intake.Referrals;

[Authorize(Policy = Policies.CaseRecords)]
public sealed class IndexModel(ReferralFiles files, CurrentActor actor, Jurisdiction jurisdiction, HartlineDb db, TimeProvider clock) : PageModel
{
    /// <summary>The waiting times offered: the usual screening target, a week, a month.</summary>
    public static readonly int[] WaitingChoices = [2, 7, 30];

    [BindProperty(SupportsGet = true, Name = "")] public ReferralListQuery Query { get; set; } = new();

    public ReferralPage Result { get; private set; } = new([], 1, ReferralFiles.PageSize, 0);
    public IReadOnlyList<SelectListItem> AgencyOptions { get; private set; } = [];

    public IEnumerable<SelectListItem> RegionOptions =>
        jurisdiction.Regions.Select(r => new SelectListItem(r.Name, r.Code, r.Code == Query.Region));

    public IEnumerable<SelectListItem> AgeOptions =>
        Enum.GetValues<AgeGroup>().Select(b => new SelectListItem(AgeGroups.Label(b), b.ToString(), b == Query.Age));

    public async Task OnGetAsync(CancellationToken ct)
    {
        Result = await files.ListAsync(actor.Value, Query, ct);
        AgencyOptions = await db.Agencies.OrderBy(a => a.Name)
            .Select(a => new SelectListItem(a.Name, a.Id.ToString(), a.Id == Query.Agency)).ToListAsync(ct);
    }

    /// <summary>The "waiting longer than the target" tag of a row (its received time is already the jurisdiction's).</summary>
    public WaitingFlag? Waiting(ReferralListItem r) => ReferralWaiting.Of(r.Status, DateOnly.FromDateTime(r.ReceivedAt), jurisdiction.Today(clock), jurisdiction.IntakeTargets);
}
