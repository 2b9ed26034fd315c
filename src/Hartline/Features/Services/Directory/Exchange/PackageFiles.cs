using System.IO.Compression;

namespace Hartline.Features.Services.Directory.Exchange;

/// <summary>
/// The files of a data package, read by their path inside it ("services.csv", "data/services.csv"): a folder on
/// disk, or a zip. Nothing is ever unpacked to disk; what is read is bounded, so a zip that unpacks to gigabytes
/// (a zip bomb) or holds a million entries is refused with a message instead of filling the memory.
/// </summary>
internal abstract class PackageFiles : IDisposable
{
    public const int MaxEntries = 1_000;
    public const long MaxTotalBytes = 100L << 20;

    private long _read;

    /// <summary>The package as a message names it: "the folder /data/export" or "directory.zip".</summary>
    public abstract string Label { get; }

    /// <summary>Every file of the package, by its path inside it (with '/').</summary>
    public abstract IReadOnlyList<string> Names { get; }

    public bool Exists(string path) => Find(path) is not null;

    /// <summary>The bytes of the file, or null with an error in the report (missing, unreadable, too large).</summary>
    public byte[]? Read(string path, ImportReport report)
    {
        var name = Find(path);
        if (name is null)
        {
            report.Error(path, null, null, $"not found in {Label}");
            return null;
        }
        try
        {
            using var stream = Open(name);
            var buffer = new MemoryStream();
            var chunk = new byte[1 << 16];
            int n;
            while ((n = stream.Read(chunk)) > 0)
            {
                _read += n;
                if (_read > MaxTotalBytes)
                {
                    report.Error(path, null, null, $"{Label} holds more than {MaxTotalBytes >> 20} MB of files: a directory is far smaller, is this the right package?");
                    return null;
                }
                buffer.Write(chunk, 0, n);
            }
            return buffer.ToArray();
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException or NotSupportedException)
        {
            report.Error(path, null, null, $"could not be read from {Label}: {e.Message}");
            return null;
        }
    }

    // The name as stored, found by path: exact first, else ignoring case (zips made on Windows name "Services.csv").
    private string? Find(string path)
    {
        var wanted = Normalise(path);
        return Names.FirstOrDefault(n => n == wanted) ?? Names.SingleOrDefaultSafe(n => string.Equals(n, wanted, StringComparison.OrdinalIgnoreCase));
    }

    protected abstract Stream Open(string name);

    public virtual void Dispose() { }

    public static string Normalise(string path)
    {
        var name = path.Replace('\\', '/');
        while (name.StartsWith("./", StringComparison.Ordinal)) name = name[2..];
        return name.TrimStart('/');
    }

    /// <summary>A path a datapackage may give: relative, inside the package, one file (not a web address).</summary>
    public static string? PathProblem(string path) =>
        path.Length == 0 ? "the path is empty"
        : path.Contains("://") ? "the path is a web address: put the file in the package and give its name"
        : Path.IsPathRooted(path) || path.StartsWith('/') || path.Replace('\\', '/').Split('/').Contains("..") ? "the path must stay inside the package (no '..' and no leading '/')"
        : null;

    public static PackageFiles Folder(string folder) => new FolderFiles(folder);

    /// <summary>A zip, with the package at its top or in its one top folder; null with an error in the report when it is no package.</summary>
    public static PackageFiles? Zip(Stream zip, string label, ImportReport report)
    {
        ZipArchive archive;
        try { archive = new ZipArchive(zip, ZipArchiveMode.Read, leaveOpen: false); }
        catch (InvalidDataException)
        {
            report.Error(label, null, null, "is not a readable .zip file");
            return null;
        }
        if (archive.Entries.Count > MaxEntries)
        {
            report.Error(label, null, null, $"holds more than {MaxEntries:N0} files: a data package holds one file per table");
            archive.Dispose();
            return null;
        }
        return new ZipFiles(archive, label);
    }

    private sealed class FolderFiles(string folder) : PackageFiles
    {
        private readonly string _root = Path.GetFullPath(folder);
        private IReadOnlyList<string>? _names;

        public override string Label => $"the folder {_root}";

        public override IReadOnlyList<string> Names => _names ??= System.IO.Directory
            .EnumerateFiles(_root, "*", new EnumerationOptions { RecurseSubdirectories = true, MaxRecursionDepth = 3 })
            .Take(MaxEntries).Select(f => Path.GetRelativePath(_root, f).Replace('\\', '/')).ToList();

        protected override Stream Open(string name) => File.OpenRead(Path.Combine(_root, name));
    }

    private sealed class ZipFiles(ZipArchive archive, string label) : PackageFiles
    {
        private IReadOnlyList<string>? _names;
        private Dictionary<string, ZipArchiveEntry>? _entries;

        public override string Label => label;

        public override IReadOnlyList<string> Names => _names ??= Entries.Keys.ToList();

        // Directories and the resource forks macOS adds are not files of the package. When datapackage.json is not
        // at the top but in one folder there (a zipped folder), paths are read from inside that folder.
        private Dictionary<string, ZipArchiveEntry> Entries => _entries ??= Index();

        private Dictionary<string, ZipArchiveEntry> Index()
        {
            var files = archive.Entries.Where(e => !e.FullName.EndsWith('/') && !e.FullName.EndsWith('\\') && !e.FullName.StartsWith("__MACOSX/"))
                .Select(e => (Name: Normalise(e.FullName), Entry: e)).ToList();
            var tops = files.Where(f => f.Name.Count(c => c == '/') == 1 && f.Name.EndsWith("/datapackage.json", StringComparison.OrdinalIgnoreCase)).ToList();
            var prefix = !files.Any(f => string.Equals(f.Name, "datapackage.json", StringComparison.OrdinalIgnoreCase)) && tops.Count == 1
                ? tops[0].Name[..(tops[0].Name.IndexOf('/') + 1)] : "";
            var index = new Dictionary<string, ZipArchiveEntry>(StringComparer.Ordinal);
            foreach (var (name, entry) in files.Where(f => f.Name.StartsWith(prefix, StringComparison.Ordinal)))
                index.TryAdd(name[prefix.Length..], entry);
            return index;
        }

        protected override Stream Open(string name) => Entries[name].Open();

        public override void Dispose() => archive.Dispose();
    }
}

internal static class SequenceExtensions
{
    /// <summary>The one element matching, or null when none or several do (where SingleOrDefault would throw).</summary>
    public static T? SingleOrDefaultSafe<T>(this IEnumerable<T> items, Func<T, bool> match) where T : class
    {
        T? found = null;
        foreach (var item in items.Where(match))
        {
            if (found is not null) return null;
            found = item;
        }
        return found;
    }
}
