using Hartline.Features.Cases.Header;
using Hartline.Security;
using Hartline.Security.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hartline.Features.Cases;

/// <summary>
/// What every tab of a case file does first: find the case through <see cref="CaseAccess"/> (404 when
/// missing or not the user's to see), audit the view, and know which buttons to offer.
/// </summary>
public abstract class CasePageModel(CaseAccess access, AuditLog audit) : PageModel
{
    /// <summary>For tabs that audit a refusal of their own (e.g. an edit form a reader may not open).</summary>
    protected AuditLog Audit => audit;
    public Guid CaseId { get; private set; }
    public string YouthName { get; private set; } = "";
    public Case Case { get; private set; } = null!;
    public bool MayUpdate { get; private set; }
    public bool MayShare { get; private set; }
    public bool MayContribute { get; private set; }
    /// <summary>The case header above the tabs (_CaseHeader.cshtml), built from the case this page opened.</summary>
    public CaseHeader Header { get; private set; } = null!;
    /// <summary>The tab this page is (a key of <see cref="CaseNav.Tabs"/>, or "profile").</summary>
    protected abstract string Tab { get; }

    /// <summary>
    /// Loads the case for reading, with its youth, in one query that also authorizes it; false when the
    /// caller must answer 404. <paramref name="part"/> names the tab in the audit event; <paramref name="load"/>
    /// replaces the youth-only load when the tab shows more of the youth.
    /// </summary>
    protected async Task<bool> OpenAsync(Guid id, string part, CancellationToken ct, bool audited = true,
        Func<Data.HartlineDb, Guid, CancellationToken, Task<Case?>>? load = null)
    {
        var reader = Actor.FromPrincipal(User);
        var found = await access.FindAsync(id, reader, CaseOperations.Read, ct, load: load ?? CaseAccess.WithYouth);
        if (found is null) return false;
        (CaseId, Case) = (id, found);
        YouthName = found.Person!.FullName;
        MayUpdate = await access.MayAsync(found, reader, CaseOperations.Update);
        MayShare = await access.MayAsync(found, reader, CaseOperations.Share);
        MayContribute = await access.MayAsync(found, reader, CaseOperations.Contribute);
        // Taken from the request's services rather than every tab's constructor: the header is the base page's concern.
        Header = await HttpContext.RequestServices.GetRequiredService<CaseHeaders>().OfAsync(found, reader, Tab, ct);
        if (audited) await AuditReadAsync(part, ct);
        return true;
    }

    /// <summary>Audits the opened case as read, and its youth (every tab shows the youth's name), in one write.</summary>
    protected Task AuditReadAsync(string part, CancellationToken ct) =>
        audit.ReadAsync([new(nameof(Cases.Case), CaseId, part), new(nameof(People.Person), Case.PersonId, $"via case {CaseId} ({part})")], ct);

    /// <summary>Puts a service's field errors on the form fields (<paramref name="prefix"/>.Field).</summary>
    protected void ShowErrors(Dictionary<string, string[]> errors, string prefix) => ModelState.AddOutcomeErrors(errors, prefix);

    /// <summary>
    /// The usual form post: save, then back to the tab with a notice, 404, or the page again with the
    /// errors. A field of this form that could not be read (a date typed as "31/02") stops the save: the
    /// service would see it as empty and store that instead, and the user would never see why.
    /// </summary>
    protected async Task<IActionResult> SaveAsync<T>(string prefix, Func<Task<Outcome<T>>> save, Func<T?, string> notice, Func<Task> reload)
    {
        if (ModelState.FindKeysWithPrefix(prefix).Any(field => field.Value.Errors.Count > 0))
        {
            await reload();
            return Page();
        }
        var result = await save();
        if (result.Kind == OutcomeKind.NotFound) return NotFound();
        if (result.Kind == OutcomeKind.Done)
        {
            TempData["Notice"] = notice(result.Value);
            return Redirect(Request.Path);
        }
        ShowErrors(result.Errors, prefix);
        await reload();
        return Page();
    }
}
