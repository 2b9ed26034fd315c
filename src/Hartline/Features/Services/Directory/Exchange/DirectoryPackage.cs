namespace Hartline.Features.Services.Directory.Exchange;

/// <summary>
/// What is to be imported: a data package (a folder holding datapackage.json, or a .zip of one) or HSDS JSON
/// (services.json). Nothing is read until the import asks, so every problem, a missing file included, is
/// reported like the others.
/// </summary>
public sealed class DirectoryPackage
{
    private readonly Func<ImportReport, List<RawRow>> _read;

    private DirectoryPackage(string name, Func<ImportReport, List<RawRow>> read) => (Name, _read) = (name, read);

    /// <summary>The package as the summary names it.</summary>
    public string Name { get; }

    internal List<RawRow> Read(ImportReport report) => _read(report);

    /// <summary>A path on the server (the command line): a folder, its datapackage.json, a .zip, or a .json of HSDS services.</summary>
    public static DirectoryPackage FromPath(string path)
    {
        var full = Path.GetFullPath(path);
        if (System.IO.Directory.Exists(full)) return new(full, report => ReadFolder(full, report));
        var name = Path.GetFileName(full);
        if (string.Equals(name, DataPackageReader.Descriptor, StringComparison.OrdinalIgnoreCase))
            return new(full, report => ReadFolder(Path.GetDirectoryName(full)!, report));
        return new(full, report =>
        {
            if (!File.Exists(full))
            {
                report.Error(name, null, null, $"there is no file or folder {full}");
                return [];
            }
            using var stream = File.OpenRead(full);
            return Read(name, stream, report);
        });
    }

    /// <summary>An uploaded file: a .zip of a data package, or a .json of HSDS services.</summary>
    public static DirectoryPackage FromUpload(string fileName, byte[] content)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        return new(name, report => Read(name, new MemoryStream(content, writable: false), report));
    }

    private static List<RawRow> Read(string name, Stream stream, ImportReport report)
    {
        if (name.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            if (stream.Length > PackageFiles.MaxTotalBytes)
            {
                report.Error(name, null, null, $"is larger than {PackageFiles.MaxTotalBytes >> 20} MB: a directory is far smaller, is this the right file?");
                return [];
            }
            var bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
            return ServiceFullReader.Read(name, bytes, report);
        }
        if (!name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            report.Error(name, null, null, "is neither a .zip of a data package nor a .json of HSDS services");
            return [];
        }
        using var files = PackageFiles.Zip(stream, name, report);
        return files is null ? [] : DataPackageReader.Read(files, report);
    }

    private static List<RawRow> ReadFolder(string folder, ImportReport report)
    {
        using var files = PackageFiles.Folder(folder);
        return DataPackageReader.Read(files, report);
    }
}
