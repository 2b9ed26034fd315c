using Hartline.Features.Cases.Profile;
using Hartline.Security;
using Hartline.Security.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Hartline.Features.Cases;

[Authorize(Policy = Policies.CaseRecords)]
public sealed class ProfileModel(CaseAccess access, AuditLog audit, Data.HartlineDb db, CaseProfiles profiles) : CasePageModel(access, audit, db)
{
    [BindProperty] public ProfileInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await OpenAsync(id, "profile", ct, audited: false)) return NotFound();
        if (!MayUpdate)
        {
            await Audit.DeniedAsync(nameof(Case), id.ToString(), CaseOperations.Update.Name, ct);
            return NotFound();
        }
        await Audit.ReadAsync(nameof(Case), id, "profile", ct);
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
        if (!await OpenAsync(id, "profile", ct, audited: false)) return NotFound();
        var result = await profiles.UpdateAsync(id, Input, User, ct);
        if (result.Outcome == CaseOutcome.Done)
        {
            TempData["Notice"] = "Profile saved.";
            return Redirect($"/Cases/{id}");
        }
        if (result.Outcome == CaseOutcome.NotFound) return NotFound();
        ShowErrors(result.Errors, nameof(Input));
        return Page();
    }
}
