using Hartline.Security;
using Hartline.Features.Intake.Screening;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hartline.Features.Intake.Referrals;

[Authorize(Policy = Policies.TakeReferrals)]
public sealed class ScreenModel(ReferralAccessor access, ReferralWorkflow workflow, InstrumentLibrary library) : PageModel
{
    public IReadOnlyList<ScreeningInstrument> Instruments => library.Current;
    public ScreeningInstrument? Instrument { get; private set; }
    public string YouthName { get; private set; } = "";
    public Dictionary<string, int?> Responses { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, string? instrument, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Instrument = (instrument is null ? null : library.Latest(instrument)) ?? library.Current.FirstOrDefault();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, string? instrument, int? version, Dictionary<string, int?> responses, CancellationToken ct)
    {
        // Found and authorized once for the whole post; the youth is read (and audited) only if the form is shown again.
        var worker = Actor.FromPrincipal(User);
        if (await access.FindAsync(id, worker, ReferralOperations.Work, ct) is not { } referral) return NotFound();
        var screened = await workflow.ScreenAsync(referral, new ScreeningInput { Instrument = instrument, Version = version, Responses = responses }, worker, ct);
        if (screened.Kind == OutcomeKind.Done)
        {
            var record = screened.Value!;
            TempData["Notice"] = $"Screening saved: {library.Find(record.InstrumentCode, record.InstrumentVersion)?.Scoring.Bands.FirstOrDefault(b => b.Code == record.BandCode)?.Label ?? record.BandCode}.";
            return Redirect($"/Intake/Referrals/{id}");
        }
        YouthName = (await access.YouthForWorkAsync(referral, "screening", ct)).FullName;
        Instrument = (instrument is null ? null : version is { } v ? library.Find(instrument, v) : library.Latest(instrument)) ?? library.Current.FirstOrDefault();
        Responses = responses;
        ModelState.AddOutcomeErrors(screened.Errors);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await access.FindForWorkAsync(id, Actor.FromPrincipal(User), "screening", ct) is not var (_, person)) return false;
        YouthName = person.FullName;
        return true;
    }
}
