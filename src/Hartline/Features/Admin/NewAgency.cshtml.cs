using System.ComponentModel.DataAnnotations;
using Hartline.Data;
using Hartline.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Features.Admin;

/// <summary>Adds an agency of the team (its kind decides nothing about access: the roles of its users do).</summary>
[Authorize(Policy = Policies.Administer)]
public sealed class NewAgencyModel(UserAdministration admin, HartlineDb db) : PageModel
{
    [BindProperty, Required(ErrorMessage = "Enter the agency's name."), StringLength(200, ErrorMessage = "Use at most 200 characters.")]
    public string? Name { get; set; }

    [BindProperty, Required(ErrorMessage = "Choose what kind of agency it is.")]
    public AgencyKind? Kind { get; set; }

    public IEnumerable<SelectListItem> KindOptions =>
        Enum.GetValues<AgencyKind>().Select(k => new SelectListItem(k.Label(), k.ToString(), k == Kind));

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Kind is { } k && !Enum.IsDefined(k)) ModelState.AddModelError(nameof(Kind), "Choose one of the kinds listed.");
        if (!ModelState.IsValid) return Page();
        var trimmed = Name!.Trim();
        if (await db.Agencies.AnyAsync(a => a.Name.ToLower() == trimmed.ToLower(), ct))
        {
            ModelState.AddModelError(nameof(Name), "An agency of that name is already in Hartline.");
            return Page();
        }
        try
        {
            var (agency, _) = await admin.EnsureAgencyAsync(trimmed, Kind!.Value, ct);
            TempData["Notice"] = $"{agency.Name} is added: you can add its users now.";
            return Redirect("/Admin/Users");
        }
        catch (ArgumentException e)
        {
            ModelState.AddModelError(nameof(Name), e.Message.Replace("--agency: ", ""));
            return Page();
        }
    }
}
