using Hartline.Features.Services.Directory;
using Hartline.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hartline.Features.Services;

/// <summary>
/// Where a provider keeps its services' room current (a coordinator, every service's): the latest figure of each,
/// how old it is, and a form to say what it is today. Every figure is kept, stamped with who and when.
/// </summary>
[Authorize(Roles = Roles.Provider + "," + Roles.Coordinator)]
public sealed class RoomModel(ServiceProfiles profiles, AvailabilityRecords records) : PageModel
{
    public IReadOnlyList<ServiceProfile> Services { get; private set; } = [];
    public int StaleAfterDays => profiles.StaleAfterDays;
    /// <summary>The service whose form was posted and not saved: its errors show beside it.</summary>
    public Guid? Failed { get; private set; }

    [BindProperty] public AvailabilityInput Room { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(Guid serviceId, CancellationToken ct)
    {
        var outcome = ModelState.IsValid
            ? await records.RecordAsync(serviceId, Room, Actor.FromPrincipal(User), ct)
            : Outcome<Guid>.Invalid([]);
        if (outcome.Kind == OutcomeKind.NotFound) return NotFound();
        if (outcome.Succeeded)
        {
            TempData["Notice"] = "Room recorded. The directory shows it from now.";
            return Redirect("/Services/Room");
        }
        ModelState.AddOutcomeErrors(outcome.Errors, nameof(Room));
        Failed = serviceId;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var actor = Actor.FromPrincipal(User);
        Services = (await profiles.ReadAsync(ct))
            .Where(s => s.Status is ServiceStatus.Active or ServiceStatus.TemporarilyClosed && AvailabilityRecords.MayKeep(actor, s.ProviderAgencyId)).ToList();
    }

    /// <summary>Field ids: the failed form takes the plain ones, so the error summary's links reach it.</summary>
    public string Id(Guid service, string field) => Failed == service ? $"Room_{field}" : $"Room_{field}-{service}";
}
