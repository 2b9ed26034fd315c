using Hartline.Features.Services.Directory.Exchange;
using Hartline.Security;
using Hartline.Security.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hartline.Features.Services;

/// <summary>
/// The directory as Open Referral (HSDS 3.0) files: everyone who may open the directory downloads it; a coordinator or
/// an administrator uploads one. An upload is always checked first and the result shown (counts, notes, every
/// problem with its file, line and column); importing it changes what the whole network reads, so it is then asked
/// for ("Import this directory?"), and the checked file is imported only on "Yes".
/// </summary>
[Authorize]
public sealed class ExchangeModel(DirectoryImport import, HeldUploads held, AuditLog audit, CurrentActor current) : PageModel
{
    public Actor Actor => current.Value;
    public bool MayImport => DirectoryImport.MayImport(Actor);

    [BindProperty] public IFormFile? Upload { get; set; }
    /// <summary>Check the file and show the result, without offering to import it.</summary>
    [BindProperty] public bool CheckOnly { get; set; }
    /// <summary>The checked file held for the confirmation (<see cref="HeldUploads"/>).</summary>
    [BindProperty] public string? Token { get; set; }

    public string? FileName { get; private set; }
    public DirectoryImportResult? Result { get; private set; }
    public Confirmation? Confirm { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (DirectoryExport.MayExport(Actor)) return Page();
        await audit.PageDeniedAsync(Request.Path.Value, Request.Method);
        return NotFound();
    }

    public async Task<IActionResult> OnPostCheckAsync(CancellationToken ct)
    {
        if (!await import.AllowedAsync(Actor, ct)) return NotFound();
        if (DirectoryImport.TooLarge(Request.ContentLength, Upload?.Length))
        {
            ModelState.AddModelError(nameof(Upload), DirectoryImport.TooLargeMessage);
            return Page();
        }
        if (Upload is not { Length: > 0 } upload)
        {
            ModelState.AddModelError(nameof(Upload), "Choose the file to import: a .zip of an HSDS data package, or a .json of HSDS services.");
            return Page();
        }
        var content = new byte[upload.Length];
        await using (var stream = upload.OpenReadStream()) await stream.ReadExactlyAsync(content, ct);
        var package = DirectoryPackage.FromUpload(upload.FileName, content);
        FileName = package.Name;
        Result = (await import.ImportAsync(package, Actor, dryRun: true, ct))!;
        if (Result.Valid && !CheckOnly && Result.Added + Result.Updated > 0)
        {
            Token = held.Hold(Actor.UserId!.Value, package.Name, content);
            Confirm = Asking(Result, package.Name);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostImportAsync(CancellationToken ct)
    {
        if (!await import.AllowedAsync(Actor, ct)) return NotFound();
        if (held.Take(Actor.UserId!.Value, Token) is not { } file)
        {
            ModelState.AddModelError(nameof(Upload), $"The checked file is no longer kept (it is kept {HeldUploads.KeptFor.TotalMinutes:0} minutes, " +
                "and imported once): choose it again.");
            return Page();
        }
        FileName = file.FileName;
        Result = (await import.ImportAsync(DirectoryPackage.FromUpload(file.FileName, file.Content), Actor, dryRun: false, ct))!;
        if (!Result.Valid) return Page(); // the directory changed since the check, and the file no longer fits it
        TempData["Notice"] = $"Imported {file.FileName}: {Counted(Result)}.";
        return RedirectToPage();
    }

    private static Confirmation Asking(DirectoryImportResult result, string fileName)
    {
        List<string> lines =
        [
            $"From {fileName}: {Counted(result)}, as the table below shows.",
            "Nothing is deleted: what the directory holds and the file does not stays as it is.",
            "Everyone in the network sees the changes at once, and each one is recorded in the audit log under your name.",
        ];
        if (result.Notes.Count > 0) lines.Add("Some of the file is not kept: the notes below say what.");
        return new Confirmation("Import this directory?", lines, "Yes, import the directory", "/Services/Exchange?handler=Import", "/Services/Exchange");
    }

    /// <summary>"3 records added, 2 changed and 10 unchanged".</summary>
    public static string Counted(DirectoryImportResult r) =>
        $"{r.Added:N0} record{(r.Added == 1 ? "" : "s")} added, {r.Updated:N0} changed and {r.Unchanged:N0} unchanged";
}
