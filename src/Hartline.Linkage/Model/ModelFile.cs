using System.Text.Json;
using System.Text.Json.Serialization;
using Hartline.Linkage.Model;

namespace Hartline.Linkage;

/// <summary>A model file that cannot be used: missing, not a model, or made for other fields or levels.</summary>
public sealed class ModelFileException(string message) : Exception(message);

/// <summary>
/// A <see cref="LinkageModel"/> saved as versioned JSON: m and u of every field's levels (by name), the
/// duplicates per record (λ follows from it and the population), the population, and the name counts the
/// term-frequency adjustment uses. A batch run over a large file estimates a better model than a small
/// registry can; saving it lets the registry run and the intake check score with it.
/// </summary>
/// <remarks>
/// Written generically over <see cref="Fields.Names"/> and <see cref="Fields.Levels"/>: a file is read only
/// when its fields and levels are exactly the engine's, in order, since m and u of one level mean nothing
/// for another. A new engine with other levels refuses an old file with a message, never mis-scores with it.
/// Doubles are written shortest-round-trip, so a loaded model scores a pair exactly as the saved one did.
/// </remarks>
public static class ModelFile
{
    public const string Format = "hartline-linkage-model";
    public const int Version = 1;

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.Strict,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // "jaro-winkler>=0.92", not \u003E: a file people read
    };

    public static void Save(LinkageModel model, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(model);
        var frequencies = model.Frequencies;
        var saved = new SavedModel(Format, Version, model.PopulationSize, model.DuplicatesPerRecord, model.PairPrior, model.EmIterations,
            [.. model.Parameters.Select(f => new SavedField(f.Field, [.. f.Levels.Select(l => new SavedLevel(l.Level, l.M, l.U))]))],
            frequencies is null ? null : new SavedFrequencies(Sorted(frequencies.GivenCounts), Sorted(frequencies.FamilyCounts)));
        JsonSerializer.Serialize(stream, saved, Json);
    }

    // Sorted, so that one model saved twice gives one file.
    private static SortedDictionary<string, int> Sorted(IReadOnlyDictionary<string, int> counts) => new(counts.ToDictionary(), StringComparer.Ordinal);

    /// <summary>Reads a model file, or throws <see cref="ModelFileException"/> saying what is wrong with it.</summary>
    public static LinkageModel Load(string path)
    {
        if (!File.Exists(path)) throw new ModelFileException($"there is no model file {Path.GetFullPath(path)}.");
        SavedModel? saved;
        try
        {
            using var stream = File.OpenRead(path);
            saved = JsonSerializer.Deserialize<SavedModel>(stream, Json);
        }
        catch (JsonException e)
        {
            throw new ModelFileException($"{path} is not a linkage model saved by Hartline (JSON: {e.Message}).");
        }
        if (saved is null || saved.Format != Format)
            throw new ModelFileException($"{path} is not a linkage model saved by Hartline (no \"format\": \"{Format}\").");
        if (saved.Version != Version)
            throw new ModelFileException($"{path} is a model file of version {saved.Version}; this Hartline reads version {Version}.");
        return FromSaved(saved, path);
    }

    private static LinkageModel FromSaved(SavedModel saved, string path)
    {
        var fields = saved.Fields ?? [];
        var names = fields.Select(f => f.Field).ToList();
        if (!names.SequenceEqual(Fields.Names))
            throw new ModelFileException($"{path} was saved for the fields {string.Join(',', names)}; this engine compares " +
                $"{string.Join(',', Fields.Names)}. Estimate the model again (hartline dedupe --save-model).");
        var m = new double[Fields.Count][];
        var u = new double[Fields.Count][];
        for (var f = 0; f < Fields.Count; f++)
        {
            var levels = fields[f].Levels ?? [];
            var expected = Fields.Levels[f].Skip(1).ToList(); // level 0 is "missing", always weight 0, not saved
            if (!levels.Select(l => l.Level).SequenceEqual(expected))
                throw new ModelFileException($"{path}: the field {Fields.Names[f]} was saved with the levels {string.Join(',', levels.Select(l => l.Level))}; " +
                    $"this engine's are {string.Join(',', expected)}. Estimate the model again (hartline dedupe --save-model).");
            (m[f], u[f]) = (new double[levels.Count + 1], new double[levels.Count + 1]);
            for (var l = 0; l < levels.Count; l++)
            {
                if (!IsProbability(levels[l].M) || !IsProbability(levels[l].U))
                    throw new ModelFileException($"{path}: {Fields.Names[f]} {levels[l].Level}: m and u must be probabilities (0 to 1).");
                (m[f][l + 1], u[f][l + 1]) = (levels[l].M, levels[l].U);
            }
        }
        if (!(saved.DuplicatesPerRecord > 0 && double.IsFinite(saved.DuplicatesPerRecord)) || saved.PopulationSize < 2)
            throw new ModelFileException($"{path}: duplicates_per_record must be above 0 and population_size at least 2.");
        TermFrequencies? frequencies = null;
        if (saved.TermFrequencies is { } counts)
        {
            var (given, family) = (counts.Given ?? new(StringComparer.Ordinal), counts.Family ?? new(StringComparer.Ordinal));
            if (given.Values.Concat(family.Values).Any(c => c <= 0))
                throw new ModelFileException($"{path}: a name's count in term_frequencies is not positive.");
            frequencies = TermFrequencies.FromCounts(given, family);
        }
        return new LinkageModel(m, u, saved.DuplicatesPerRecord, saved.PopulationSize, saved.EmIterations, frequencies);
    }

    private static bool IsProbability(double p) => p is >= 0 and <= 1; // NaN fails both

    private sealed record SavedModel(string? Format, int Version, long PopulationSize, double DuplicatesPerRecord,
        double PairPrior, int EmIterations, IReadOnlyList<SavedField>? Fields, SavedFrequencies? TermFrequencies);

    private sealed record SavedField(string Field, IReadOnlyList<SavedLevel>? Levels);

    private sealed record SavedLevel(string Level, double M, double U);

    private sealed record SavedFrequencies(SortedDictionary<string, int>? Given, SortedDictionary<string, int>? Family);
}
