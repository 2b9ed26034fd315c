using System.IO.Compression;
using Hartline.Data;
using Hartline.Security;
using Hartline.Security.Audit;

namespace Hartline.Features.Services.Directory.Exchange;

/// <summary>
/// Exports the whole directory as an HSDS 3.0 data package (datapackage.json and 14 CSV files) or as HSDS JSON
/// (services.json), ids kept: importing the export into another Hartline gives the same directory. Whoever may open
/// the directory page may download it (case roles and providers), and administrators, who may import it.
/// </summary>
public sealed class DirectoryExport(HartlineDb db, AuditLog audit)
{
    public const string Csv = "csv", Json = "json";
    public static readonly IReadOnlyList<string> Formats = [Csv, Json];
    public const string ZipName = "hartline-directory.zip";

    /// <summary>The names of the files an export of <paramref name="format"/> writes, in the package's order.</summary>
    public static IReadOnlyList<string> FileNames(string format) =>
        format == Json ? [ServiceFullWriter.FileName] : [DataPackageReader.Descriptor, .. HsdsTables.All.Select(t => t.Path)];

    public static bool MayExport(Actor actor) =>
        actor.IsSystem || RecordScope.CanSeeRecords(actor) || actor.IsInRole(Roles.Provider) || actor.IsInRole(Roles.Administrator);

    /// <summary>The files of <paramref name="format"/> ("csv": datapackage.json and the CSVs; "json": services.json).</summary>
    public async Task<IReadOnlyList<ExportFile>> FilesAsync(string format, CancellationToken ct = default)
    {
        var directory = await DirectorySnapshot.ReadAsync(db, tracking: false, ct);
        return format == Json ? [ServiceFullWriter.Write(directory)] : DataPackageWriter.Write(directory);
    }

    /// <summary>One file to download (the package as a .zip, or services.json), audited as an export; null when refused (audited too).</summary>
    public async Task<ExportFile?> DownloadAsync(string format, Actor actor, CancellationToken ct = default)
    {
        if (!MayExport(actor))
        {
            await audit.DeniedAsync("Directory", null, "export the directory", ct);
            return null;
        }
        var files = await FilesAsync(format, ct);
        await audit.WriteAsync(AuditAction.Export, "Directory", null, new { format, files = files.Count }, "directory export", ct);
        return format == Json ? files[0] : new ExportFile(ZipName, Zip(files));
    }

    /// <summary>The files at the top of a zip, in the package's order.</summary>
    public static byte[] Zip(IEnumerable<ExportFile> files)
    {
        var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var file in files)
            {
                using var entry = zip.CreateEntry(file.Name, CompressionLevel.Optimal).Open();
                entry.Write(file.Content);
            }
        return buffer.ToArray();
    }
}
