using Hartline.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Hartline.Features.Mdt.Meetings;

/// <summary>
/// The meeting page: a coordinator runs the meeting here (agenda, attendance, decisions, action items);
/// members of the team's agencies read it, with cases they may not read shown as "Restricted case".
/// </summary>
[Authorize(Policy = MdtScope.MdtMeetings)]
public sealed class DetailsModel(MeetingViews views, MdtMeetings meetings, CurrentActor current) : MdtPage(current)
{
    public MeetingView Meeting { get; private set; } = null!;
    public IReadOnlyList<(Guid Id, string Label)> CaseOptions { get; private set; } = [];

    [BindProperty] public NoteInput Note { get; set; } = new();
    [BindProperty] public ActionItemInput Action { get; set; } = new();
    [BindProperty] public GuestInput Guest { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostStatusAsync(Guid id, MeetingStatus? status, CancellationToken ct) =>
        RunAsync(id, "status", async () => await meetings.SetStatusAsync(id, status, ct), $"Meeting marked {status}.", ct);

    public async Task<IActionResult> OnPostAgendaAsync(Guid id, Guid? caseId, CancellationToken ct)
    {
        if (!CanRun) return await NotACoordinatorAsync();
        var result = await meetings.AddToAgendaAsync(id, caseId, Actor.FromPrincipal(User), ct);
        if (result.Kind == OutcomeKind.NotFound) return NotFound();
        if (Succeeded(result, "agenda", "Case added to the agenda."))
        {
            TempData["Sharing"] = string.Join("\n", result.Value!.Sharing.Select(s => (s.Shared ? "✓ " : "✗ ") + s.Message));
            return Redirect($"/Mdt/Meetings/{id}#agenda");
        }
        return await ReloadAsync(id, ct);
    }

    public async Task<IActionResult> OnPostShareAsync(Guid id, Guid itemId, CancellationToken ct)
    {
        if (!CanRun) return await NotACoordinatorAsync();
        var result = await meetings.ShareAgainAsync(id, itemId, Actor.FromPrincipal(User), ct);
        if (result.Kind == OutcomeKind.NotFound) return NotFound();
        TempData["Sharing"] = string.Join("\n", result.Value!.Sharing.Select(s => (s.Shared ? "✓ " : "✗ ") + s.Message));
        return Redirect($"/Mdt/Meetings/{id}#item-{itemId}");
    }

    public Task<IActionResult> OnPostAttendanceAsync(Guid id, Dictionary<Guid, AttendanceStatus?> marks, CancellationToken ct) =>
        RunAsync(id, "attendance", async () => await meetings.RecordAttendanceAsync(id,
            (marks ?? []).Where(m => m.Value is not null).Select(m => new AttendanceMark { MemberId = m.Key, Status = m.Value }).ToList(), Actor, ct),
            "Attendance saved.", ct, "#attendance");

    public Task<IActionResult> OnPostGuestAsync(Guid id, CancellationToken ct) =>
        RunAsync(id, "guest", async () => await meetings.AddGuestAsync(id, Guest, Actor, ct), "Guest added.", ct, "#attendance");

    public Task<IActionResult> OnPostNoteAsync(Guid id, Guid itemId, CancellationToken ct) =>
        RunAsync(id, $"note-{itemId}", async () => await meetings.AddNoteAsync(id, itemId, Note, Actor, ct),
            $"{(Note.Kind is { } kind ? kind.Label() : "Note")} recorded.", ct, $"#item-{itemId}");

    public Task<IActionResult> OnPostActionAsync(Guid id, Guid itemId, CancellationToken ct) =>
        RunAsync(id, $"action-{itemId}", async () => await meetings.AddActionItemAsync(id, itemId, Action, Actor, ct),
            "Action item added.", ct, $"#item-{itemId}");

    /// <summary>Also open to an action item's owner (the service checks), so not limited to coordinators here.</summary>
    public async Task<IActionResult> OnPostActionStatusAsync(Guid id, Guid actionId, ActionStatus? status, CancellationToken ct)
    {
        var result = await meetings.SetActionStatusAsync(actionId, status, Actor.FromPrincipal(User), ct);
        if (result.Kind == OutcomeKind.NotFound) return NotFound();
        if (Succeeded(result, "action-status", $"Action item marked {status}.")) return Redirect($"/Mdt/Meetings/{id}#agenda");
        return await ReloadAsync(id, ct);
    }

    private async Task<IActionResult> RunAsync<T>(Guid id, string prefix, Func<Task<Outcome<T>>> action, string notice, CancellationToken ct,
        string anchor = "")
    {
        if (!CanRun) return await NotACoordinatorAsync();
        var result = await action();
        if (result.Kind == OutcomeKind.NotFound) return NotFound();
        if (Succeeded(result, prefix, notice)) return Redirect($"/Mdt/Meetings/{id}{anchor}");
        return await ReloadAsync(id, ct);
    }

    private async Task<IActionResult> ReloadAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await views.GetAsync(id, Actor, "MDT meeting", ct) is not { } meeting) return false;
        Meeting = meeting;
        if (CanRun && meeting.Status != MeetingStatus.Cancelled) CaseOptions = await meetings.AgendaCandidatesAsync(id, Actor, ct);
        return true;
    }
}
