using Hartline.Features.Cases.Profile;
using Hartline.Security;
using Hartline.Security.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Hartline.Features.Cases;

[Authorize(Policy = Policies.CaseRecords)]
public sealed class ProfileModel(CaseAccess access, AuditLog audit, CaseProfiles profiles) : CasePageModel(access, audit)
{
    protected override string Tab => "profile";

    [BindProperty] public ProfileInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await OpenForUpdateAsync(id, ct)) return NotFound();
        var p = await profiles.OfAsync(id, ct);
        Input = new ProfileInput
        {
            TraffickingStatus = p.TraffickingStatus, StatusDecidedBy = p.StatusDecidedBy, StatusDecidedOn = p.StatusDecidedOn,
            ExploitationTypes = p.ExploitationTypes, SexExploitationTypes = p.SexExploitationTypes, LaborIndustry = p.LaborIndustry,
            MethodsOfControl = p.MethodsOfControl, RecruitmentMethod = p.RecruitmentMethod, RecruitmentPlatforms = p.RecruitmentPlatforms,
            RecruiterRelationship = p.RecruiterRelationship, Vulnerabilities = p.Vulnerabilities,
            AgeWhenFirstExploited = p.AgeWhenFirstExploited, Residence = Case.ResidenceCode,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await OpenForUpdateAsync(id, ct)) return NotFound();
        // A field that could not be read would be saved as empty over the old value: show the form again.
        if (!ModelState.IsValid) return Page();
        var result = await profiles.UpdateAsync(id, Input, Actor.FromPrincipal(User), ct);
        if (result.Kind == OutcomeKind.Done)
        {
            TempData["Notice"] = "Profile saved.";
            return Redirect($"/Cases/{id}");
        }
        if (result.Kind == OutcomeKind.NotFound) return NotFound();
        ShowErrors(result.Errors, nameof(Input));
        return Page();
    }

    // Only those who may update the case see its profile form; the form shows the youth's name, so the
    // view is audited as a read of the case and of the youth (OpenAsync), and a refusal as denied.
    private async Task<bool> OpenForUpdateAsync(Guid id, CancellationToken ct)
    {
        if (!await OpenAsync(id, "profile", ct, audited: false)) return false;
        if (!MayUpdate)
        {
            await Audit.DeniedAsync(nameof(Case), id.ToString(), CaseOperations.Update.Name, ct);
            return false;
        }
        await AuditReadAsync("profile", ct);
        return true;
    }
}
