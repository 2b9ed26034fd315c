using System.Text.Json;
using System.Text.RegularExpressions;

namespace Hartline.Features.Intake.Screening;

/// <summary>
/// Every screening instrument the app can use, read once from the JSON files in <see cref="DefaultFolder"/>.
/// Instruments are data, not code, so a team can add a version (or host a licensed tool it has rights to)
/// without a release. A bad file stops loading with a message naming the file and the JSON path at fault,
/// rather than producing a screen that silently scores wrong.
/// </summary>
public sealed class InstrumentLibrary
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        // A typo such as "critcal" or a missing "scale" must be an error, not a silently different instrument.
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, "Features", "Intake", "Screening", "Instruments");

    public InstrumentLibrary() : this(DefaultFolder) { }

    public InstrumentLibrary(string folder)
    {
        if (!Directory.Exists(folder)) throw new DirectoryNotFoundException($"No screening-instrument folder {folder}.");
        var files = Directory.GetFiles(folder, "*.json")
            .Where(f => Path.GetExtension(f) == ".json")
            .Order(StringComparer.Ordinal);
        All = [.. files.Select(Load).OrderBy(i => i.Code, StringComparer.Ordinal).ThenBy(i => i.Version)];
        Current = [.. All.GroupBy(i => i.Code).Select(g => g.MaxBy(i => i.Version)!)];
    }

    /// <summary>Every version of every instrument, by code then version.</summary>
    public IReadOnlyList<ScreeningInstrument> All { get; }

    /// <summary>The latest version of each instrument: what a new screening uses.</summary>
    public IReadOnlyList<ScreeningInstrument> Current { get; }

    /// <summary>The exact version a stored screening was made with, or null.</summary>
    public ScreeningInstrument? Find(string code, int version) => All.FirstOrDefault(i => i.Code == code && i.Version == version);

    public ScreeningInstrument? Latest(string code) => Current.FirstOrDefault(i => i.Code == code);

    /// <summary>Reads and checks one file; public so a tool can check a draft instrument before it is shipped.</summary>
    public static ScreeningInstrument Load(string path)
    {
        ScreeningInstrument? instrument;
        try
        {
            instrument = JsonSerializer.Deserialize<ScreeningInstrument>(File.ReadAllText(path), Json);
        }
        catch (JsonException e)
        {
            var line = e.LineNumber is { } n ? $"line {n + 1}, " : "";
            throw new InvalidDataException($"Screening instrument {path} is invalid: {line}{e.Path ?? "$"}: {ForAuthors(e.Message)}", e);
        }
        if (instrument is null) throw new InvalidDataException($"Screening instrument {path} is invalid: $: the file holds null, not an instrument.");

        var problems = InstrumentChecks.Problems(instrument, Path.GetFileName(path));
        if (problems.Count > 0)
            throw new InvalidDataException($"Screening instrument {path} is invalid:{Environment.NewLine}  "
                                           + string.Join(Environment.NewLine + "  ", problems));
        return instrument;
    }

    // The serializer writes for developers; whoever edits an instrument needs the problem, not our type names.
    private static string ForAuthors(string message) =>
        Regex.Replace(message, @"\s*Path: .*$", "", RegexOptions.Singleline)
            .Replace(" Consider updating its nullability annotation.", "", StringComparison.Ordinal)
            .Replace(typeof(ScreeningInstrument).Namespace + ".", "", StringComparison.Ordinal);
}
