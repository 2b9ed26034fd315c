using Hartline.Features.Cases.Sharing;
using Hartline.Security;
using Hartline.Security.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Features.Cases;

[Authorize(Policy = Policies.CaseRecords)]
public sealed class ConsentModel(CaseAccess access, AuditLog audit, Data.HartlineDb db, ConsentRecords consents, CaseSharing sharing)
    : CasePageModel(access, audit)
{
    protected override string Tab => "consent";

    private readonly Data.HartlineDb _db = db;

    public SharingView View { get; private set; } = null!;
    public IReadOnlyList<(Guid Id, string Name)> Agencies { get; private set; } = [];

    [BindProperty] public ConsentInput Record { get; set; } = new();
    [BindProperty] public WithdrawInput Withdraw { get; set; } = new();
    [BindProperty] public CaseFileEndpoints.ShareInput Share { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostRecordAsync(Guid id, CancellationToken ct) =>
        await SaveAsync(nameof(Record), () => consents.RecordAsync(id, Record, Actor.FromPrincipal(User), ct), _ => "Consent recorded.", () => LoadAsync(id, ct));

    public async Task<IActionResult> OnPostWithdrawAsync(Guid id, Guid consentId, CancellationToken ct) =>
        await SaveAsync(nameof(Withdraw), () => consents.WithdrawAsync(id, consentId, Withdraw, Actor.FromPrincipal(User), ct),
            stopped => $"Consent withdrawn.{(stopped > 0 ? $" Sharing with {stopped} agenc{(stopped == 1 ? "y" : "ies")} stopped." : "")}",
            () => LoadAsync(id, ct));

    public async Task<IActionResult> OnPostShareAsync(Guid id, CancellationToken ct)
    {
        // Who may not share is refused before being told what the form lacks: as for any change they may not make.
        if (!await LoadAsync(id, ct) || !MayShare) return NotFound();
        if (Share.AgencyId is null) ModelState.AddModelError("Share.AgencyId", "Choose the agency.");
        if (Share.Kind is not { } kind || !Enum.IsDefined(kind)) ModelState.AddModelError("Share.Kind", "Choose the kind of sharing.");
        if (ModelState.ErrorCount == 0)
        {
            var result = await sharing.ShareAsync(id, Share.AgencyId!.Value, Share.Kind!.Value, Actor.FromPrincipal(User), ct);
            if (result.Kind == OutcomeKind.NotFound) return NotFound();
            if (result.Succeeded)
            {
                TempData["Notice"] = result.Value!.Message;
                return Redirect(Request.Path);
            }
            ModelState.AddOutcomeErrors(result.Errors, nameof(Share));
        }
        return Page(); // loaded above, and nothing was changed
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (!await OpenAsync(id, "consent and sharing", ct)) return false;
        View = await consents.OfAsync(Case, ct);
        if (MayShare)
            Agencies = (await _db.Agencies.AsNoTracking().Where(a => a.Id != Case.OwnerAgencyId).OrderBy(a => a.Name)
                .Select(a => new { a.Id, a.Name }).ToListAsync(ct)).Select(a => (a.Id, a.Name)).ToList();
        return true;
    }
}
