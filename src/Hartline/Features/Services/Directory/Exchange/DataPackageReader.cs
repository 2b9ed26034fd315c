using System.Text.Json;

namespace Hartline.Features.Services.Directory.Exchange;

/// <summary>
/// Reads a tabular data package: datapackage.json says which table is in which file (<c>resources[].name</c> and
/// <c>.path</c>; the schemas are not read, the columns are HSDS's own), then each file of a table Hartline keeps is read.
/// </summary>
/// <remarks>
/// A table of Hartline's listed without its file is an error: the publisher said it was there, and importing
/// without it (say, without the attributes) would quietly lose what the services are. A table Hartline does not
/// keep (funding, metadata…) may be listed without a file: it is noted, as is any file no resource names.
/// A table not listed at all is simply not imported: nothing is ever deleted.
/// </remarks>
internal static class DataPackageReader
{
    public const string Descriptor = "datapackage.json";

    public static List<RawRow> Read(PackageFiles files, ImportReport report)
    {
        var rows = new List<RawRow>();
        if (!files.Exists(Descriptor))
        {
            report.Error(Descriptor, null, null, $"not found in {files.Label}: a data package is a folder (or a .zip of one) holding " +
                "datapackage.json and one CSV file per table");
            return rows;
        }
        if (files.Read(Descriptor, report) is not { } bytes) return rows;
        using var document = JsonFile.Parse(Descriptor, bytes, report);
        if (document is null) return rows;
        var resources = Resources(document.RootElement, report);
        if (report.HasErrors) return rows;

        var read = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { Descriptor };
        foreach (var (name, path) in resources)
        {
            read.Add(PackageFiles.Normalise(path));
            if (HsdsTables.ByName.TryGetValue(name, out var table))
            {
                if (!files.Exists(path)) report.Error(path, null, null, $"datapackage.json lists this file for the {name} table, but {files.Label} does not have it");
                else if (files.Read(path, report) is { } csv) CsvTableReader.Read(table, path, csv, rows, report);
            }
            else if (HsdsTables.NotKept.Contains(name))
                report.Note($"{path}: Hartline does not keep HSDS {name} rows; the file was not read.");
            else
                report.Note($"{path}: \"{name}\" is not a table of HSDS 3.0; the file was not read.");
        }
        if (!resources.Any(r => HsdsTables.ByName.ContainsKey(r.Name)))
            report.Error(Descriptor, null, null, $"lists none of the HSDS tables Hartline keeps ({string.Join(", ", HsdsTables.All.Select(t => t.Name))})");
        foreach (var stray in files.Names.Where(n => !read.Contains(n) && n.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)))
            report.Note($"{stray}: datapackage.json does not list this file, so it was not read.");
        return rows;
    }

    private static List<(string Name, string Path)> Resources(JsonElement root, ImportReport report)
    {
        var found = new List<(string Name, string Path)>();
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("resources", out var resources) || resources.ValueKind != JsonValueKind.Array)
        {
            report.Error(Descriptor, null, "resources", "has no list of resources: it does not describe a data package");
            return found;
        }
        var index = 0;
        foreach (var resource in resources.EnumerateArray())
        {
            index++;
            var name = resource.ValueKind == JsonValueKind.Object && resource.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String
                ? n.GetString()!.Trim().ToLowerInvariant() : null;
            var label = name is null ? $"resource {index}" : $"resource {index} ({name})";
            var path = resource.ValueKind == JsonValueKind.Object && resource.TryGetProperty("path", out var p) ? p : default;
            var problem = name is null ? "it has no name"
                : path.ValueKind == JsonValueKind.Array ? "it lists several files; Hartline reads one file per table"
                : path.ValueKind != JsonValueKind.String ? "it has no path naming its file"
                : PackageFiles.PathProblem(path.GetString()!.Trim());
            if (problem is null && found.Any(f => f.Name == name)) problem = "an earlier resource already names this table";
            if (problem is not null) report.Error(Descriptor, null, "resources", $"{label}: {problem}");
            else found.Add((name!, path.GetString()!.Trim()));
        }
        return found;
    }
}
