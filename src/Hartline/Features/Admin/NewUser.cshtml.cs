using System.ComponentModel.DataAnnotations;
using Hartline.Data;
using Hartline.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Features.Admin;

/// <summary>
/// Adds a user (an invitation): the administrator names the person, their agency and role; Hartline makes a one-time
/// password, shown once here, which the person changes at their first sign-in before setting up two-factor sign-in.
/// </summary>
[Authorize(Policy = Policies.Administer)]
public sealed class NewUserModel(UserAdministration admin, HartlineDb db) : PageModel
{
    [BindProperty, Required(ErrorMessage = "Enter the person's work e-mail address."), EmailAddress(ErrorMessage = "Enter an e-mail address like name@agency.org."), StringLength(256)]
    public string? Email { get; set; }

    [BindProperty, Required(ErrorMessage = "Enter the person's name as colleagues know it."), StringLength(200, ErrorMessage = "Use at most 200 characters.")]
    public string? DisplayName { get; set; }

    [BindProperty, Required(ErrorMessage = "Choose the person's agency.")]
    public Guid? AgencyId { get; set; }

    [BindProperty, Required(ErrorMessage = "Choose the person's role.")]
    public string? Role { get; set; }

    public IReadOnlyList<SelectListItem> Agencies { get; private set; } = [];
    public IEnumerable<SelectListItem> RoleOptions => Roles.All.Select(r => new SelectListItem(DisplayNames.Role(r), r, r == Role));

    /// <summary>Shown once, after the user is made.</summary>
    public NewUser? Made { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var agency = AgencyId is { } id ? await db.Agencies.SingleOrDefaultAsync(a => a.Id == id && a.IsActive, ct) : null;
        if (AgencyId is not null && agency is null) ModelState.AddModelError(nameof(AgencyId), "Choose one of the agencies listed.");
        var role = Roles.Normalize(Role ?? "");
        if (Role is not null && role is null) ModelState.AddModelError(nameof(Role), "Choose one of the roles listed.");
        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }
        try
        {
            Made = await admin.AddUserAsync(Email!, DisplayName!, agency!, role!, oneTime: true);
        }
        catch (ArgumentException e)
        {
            // The account's own rules (a name with digits, an e-mail already in use) name their field: --email, --name, --role.
            var (field, message) = FieldOf(e.Message);
            ModelState.AddModelError(field, message);
            await LoadAsync(ct);
            return Page();
        }
        return Page();
    }

    private static (string Field, string Message) FieldOf(string message)
    {
        foreach (var (flag, field) in new[] { ("--email:", nameof(Email)), ("--name:", nameof(DisplayName)), ("--role:", nameof(Role)) })
            if (message.StartsWith(flag, StringComparison.Ordinal)) return (field, message[flag.Length..].Trim());
        return (nameof(Email), message);
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Agencies = await db.Agencies.Where(a => a.IsActive).OrderBy(a => a.Name)
            .Select(a => new SelectListItem(a.Name, a.Id.ToString(), a.Id == AgencyId)).ToListAsync(ct);
}
