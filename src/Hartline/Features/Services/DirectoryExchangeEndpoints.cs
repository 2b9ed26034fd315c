using Hartline.Features.Services.Directory.Exchange;
using Hartline.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hartline.Features.Services;

/// <summary>The upload of <c>POST /api/v1/directory/import</c> (multipart/form-data).</summary>
public sealed class DirectoryUpload
{
    /// <summary>A .zip of an HSDS 3.0 data package (datapackage.json and its CSV files), or a .json of HSDS services (service_full).</summary>
    public IFormFile? File { get; set; }
}

/// <summary>The directory as HSDS 3.0 files: download it whole, or import one (issue 13).</summary>
public static class DirectoryExchangeEndpoints
{
    public static RouteGroupBuilder MapDirectoryExchange(this RouteGroupBuilder directory)
    {
        // The roles are checked before the request is read (a missing format), so a role kept out is answered as for any
        // page it may not open, whatever it asked for. (The import reads nothing before its own check.)
        directory.MapGet("/export", Export).RequireAuthorization(p => p.RequireAssertion(c => DirectoryExport.MayExport(Actor.FromPrincipal(c.User))))
            .Produces(StatusCodes.Status200OK, typeof(Stream), "application/zip", "application/json")
            .WithSummary("The whole directory, ids kept: format=csv gives the HSDS 3.0 data package as a .zip (datapackage.json and one CSV per " +
                "table), format=json gives services.json (HSDS service_full objects). For case roles, providers and administrators; 404 for others.");
        // The session cookie is SameSite=Strict, so another site cannot post a form here with it: the antiforgery token
        // Razor forms carry is not needed (and a client of the API has none).
        directory.MapPost("/import", Import).DisableAntiforgery()
            .Accepts<DirectoryUpload>("multipart/form-data")
            .WithSummary("Import a directory by id (rows added or updated, none deleted): a .zip of an HSDS 3.0 data package or a .json of HSDS " +
                "services, at most 20 MB, in the form field 'file'. Every row is checked first; a problem in any answers 400 with each one (file, " +
                "line, column, message) and nothing is saved. dryRun=true only checks. Coordinators and administrators; 404 for others.");
        return directory;
    }

    private static async Task<Results<FileContentHttpResult, NotFound, ValidationProblem>> Export(
        string format, DirectoryExport export, CurrentActor actor, CancellationToken ct)
    {
        var wanted = format.Trim().ToLowerInvariant();
        if (!DirectoryExport.Formats.Contains(wanted))
            return TypedResults.ValidationProblem(Errors.One("format", "The format is csv (a .zip of the data package) or json (services.json)."));
        return await export.DownloadAsync(wanted, actor.Value, ct) is { } file
            ? TypedResults.File(file.Content, wanted == DirectoryExport.Json ? "application/json" : "application/zip", file.Name)
            : TypedResults.NotFound();
    }

    private static async Task<Results<Ok<DirectoryImportResult>, NotFound, ValidationProblem>> Import(
        HttpRequest request, bool? dryRun, DirectoryImport import, CurrentActor actor, CancellationToken ct)
    {
        if (!await import.AllowedAsync(actor.Value, ct)) return TypedResults.NotFound();
        // Said before the body is read, so a file too large is told so plainly instead of being cut off.
        if (DirectoryImport.TooLarge(request.ContentLength, null)) return TypedResults.ValidationProblem(Errors.One("file", DirectoryImport.TooLargeMessage));
        if (!request.HasFormContentType)
            return TypedResults.ValidationProblem(Errors.One("file", "Send the file as multipart/form-data, in a field named 'file'."));
        IFormCollection form;
        try { form = await request.ReadFormAsync(ct); }
        catch (InvalidDataException) // a multipart body cut short or without its parts
        {
            return TypedResults.ValidationProblem(Errors.One("file", "The upload could not be read: send the file as multipart/form-data, in a field named 'file'."));
        }
        if (form.Files.GetFile("file") is not { } file)
            return TypedResults.ValidationProblem(Errors.One("file", "Choose the file to import: a .zip of an HSDS data package, or a .json of HSDS services."));
        if (DirectoryImport.TooLarge(null, file.Length)) return TypedResults.ValidationProblem(Errors.One("file", DirectoryImport.TooLargeMessage));

        var content = new byte[file.Length];
        await using (var stream = file.OpenReadStream()) await stream.ReadExactlyAsync(content, ct);
        var result = (await import.ImportAsync(DirectoryPackage.FromUpload(file.FileName, content), actor.Value, dryRun == true, ct))!;
        if (result.Valid) return TypedResults.Ok(result);
        var byFile = result.Errors.GroupBy(e => e.File).ToDictionary(g => g.Key, g => g.Select(e => e.ToString()).ToArray());
        return TypedResults.ValidationProblem(byFile,
            detail: $"{result.Errors.Count + result.ErrorsNotListed} problem(s) found{(result.ErrorsNotListed > 0 ? $", the first {result.Errors.Count} listed" : "")}; nothing was saved.",
            title: "The directory was not imported.",
            extensions: new Dictionary<string, object?> { ["problems"] = result.Errors, ["notes"] = result.Notes });
    }

    public static IServiceCollection AddDirectoryExchange(this IServiceCollection services) => services
        .AddScoped<DirectoryImport>()
        .AddScoped<DirectoryExport>()
        .AddSingleton<HeldUploads>();
}
