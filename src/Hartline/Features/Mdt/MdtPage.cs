using Hartline.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hartline.Features.Mdt;

/// <summary>What the MDT pages share: turning a service result into field errors or a redirect with a notice.</summary>
public abstract class MdtPage(CurrentActor current) : PageModel
{
    public Actor Actor => current.Value;
    public bool CanRun => MdtScope.CanRun(current.Value);

    /// <summary>
    /// A form only coordinators may post, posted by someone else: answered as a missing page and audited
    /// as a refusal, like the refusals of the site-wide policies.
    /// </summary>
    protected async Task<IActionResult> NotACoordinatorAsync()
    {
        await HttpContext.RequestServices.GetRequiredService<Security.Audit.AuditLog>()
            .PageDeniedAsync(Request.Path.Value, $"{Request.Method} {Request.Query["handler"]}".TrimEnd());
        return NotFound();
    }

    /// <summary>
    /// True when the operation succeeded (a notice is set for the next page). Otherwise its field errors go
    /// into ModelState under <paramref name="prefix"/> so the form shows them beside the fields.
    /// </summary>
    protected bool Succeeded<T>(Outcome<T> result, string prefix, string notice)
    {
        if (result.Succeeded)
        {
            TempData["Notice"] = notice;
            return true;
        }
        ModelState.AddOutcomeErrors(result.Errors, key: field => FieldId(prefix, field));
        return false;
    }

    /// <summary>The id of a form field, used as its ModelState key so the error summary links to it.</summary>
    public static string FieldId(string prefix, string field) => $"{prefix}-{field}";

    public string? ErrorOf(string prefix, string field) =>
        ModelState.TryGetValue(FieldId(prefix, field), out var entry) && entry.Errors.Count > 0
            ? string.Join(" ", entry.Errors.Select(e => e.ErrorMessage)) : null;

    /// <summary>True when the form of <paramref name="prefix"/> was posted and refused: it shows what was typed again.</summary>
    public bool Failed(string prefix) =>
        ModelState.Any(e => e.Key.StartsWith(prefix + "-", StringComparison.Ordinal) && e.Value?.Errors.Count > 0);
}
