using Hartline.Features.Cases.Lifecycle;
using Hartline.Features.Cases.Missing;
using Hartline.Security;
using Hartline.Security.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Hartline.Features.Cases;

[Authorize(Policy = Policies.CaseRecords)]
public sealed class DetailsModel(CaseFiles files, CaseAccess access, AuditLog audit,
    CaseLifecycle lifecycle, MissingEpisodes missing) : CasePageModel(access, audit)
{
    protected override string Tab => "overview";

    public CaseFile? CaseFile { get; private set; }

    [BindProperty] public StatusChangeInput Status { get; set; } = new();
    [BindProperty] public MissingEpisodeInput Missing { get; set; } = new();
    [BindProperty] public MissingEpisodeInput Found { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostStatusAsync(Guid id, CancellationToken ct) =>
        await SaveAsync(nameof(Status), () => lifecycle.ChangeAsync(id, Status, Actor.FromPrincipal(User), ct),
            _ => $"The case is now {CaseLifecycle.Label(Status.To ?? CaseStatus.Open)}.", () => LoadAsync(id, ct));

    public async Task<IActionResult> OnPostMissingAsync(Guid id, CancellationToken ct) =>
        await SaveAsync(nameof(Missing), () => missing.AddAsync(id, Missing, Actor.FromPrincipal(User), ct),
            _ => "Missing episode recorded.", () => LoadAsync(id, ct));

    public async Task<IActionResult> OnPostFoundAsync(Guid id, Guid episodeId, CancellationToken ct) =>
        await SaveAsync(nameof(Found), () => missing.FoundAsync(id, episodeId, Found.EndedAt, Found.WhereFound, Actor.FromPrincipal(User), ct),
            _ => "The episode is closed: the youth was found.", () => LoadAsync(id, ct));

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        // One load and one read check for the buttons and the file; CaseFiles audits the view of the case and the youth.
        if (!await OpenAsync(id, "overview", ct, audited: false, load: CaseAccess.WithYouthDetails)) return false;
        CaseFile = await files.ReadAsync(Case, ct, Header.Determinations);
        return true;
    }
}
