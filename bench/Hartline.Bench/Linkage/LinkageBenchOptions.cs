using System.Globalization;

namespace Hartline.Bench.Linkage;

/// <summary>Command line of the linkage benchmark: --linkage --records N[,N…] [--profile clean,messy] [--seed S] [--write-csv DIR] [--lookups L] [--threshold P] [--generate-only] [--diagnose].</summary>
public sealed record LinkageBenchOptions(IReadOnlyList<int> Sizes, int Seed, string? CsvFolder, int Lookups, double? Threshold, bool GenerateOnly, bool Diagnose = false,
    IReadOnlyList<GeneratorProfile>? Profiles = null)
{
    public const string Usage =
        "usage: Hartline.Bench --linkage --records N[,N...] [--profile clean|messy|clean,messy] [--seed 42] [--write-csv DIR] [--lookups 1000] [--threshold P] [--generate-only] [--diagnose]\n" +
        "  --records        records to generate and deduplicate; several sizes run one after the other (e.g. 10000,100000)\n" +
        "  --profile        generator profile(s): clean (issue 4's errors, the default) or messy (shifted and missing dates, blank\n" +
        "                   and misplaced names, new family names, e-mails and agency ids with slips); each size runs each profile\n" +
        "  --seed           generator seed: the same seed and size give the same records and truth\n" +
        "  --write-csv      also write persons-<N>-seed<S>.csv (hartline dedupe's input) and truth-<N>-seed<S>.csv there\n" +
        "  --lookups        interactive lookups to time against an index of all N records; 0 skips them\n" +
        "  --threshold      match probability for accepting a pair (the engine's default when absent)\n" +
        "  --generate-only  generate (and write, with --write-csv) without running the engine\n" +
        "  --diagnose       after scoring, print to stderr why true pairs were missed and wrong pairs found (slow)";

    public static bool Selected(IEnumerable<string> args) => args.Contains("--linkage");

    public static LinkageBenchOptions Parse(string[] args)
    {
        List<int>? sizes = null;
        var seed = 42;
        string? csv = null;
        var lookups = 1000;
        double? threshold = null;
        var generateOnly = false;
        var diagnose = false;
        List<GeneratorProfile>? profiles = null;
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--linkage": break;
                case "--records":
                    var text = Value();
                    sizes = text.Split(',').Select(s => int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n
                        : throw new ArgumentException($"--records: '{s}' is not a positive integer.")).ToList();
                    break;
                case "--seed": seed = int.TryParse(Value(), CultureInfo.InvariantCulture, out var s) ? s : throw new ArgumentException("--seed must be an integer."); break;
                case "--write-csv": csv = Value(); break;
                case "--lookups": lookups = int.TryParse(Value(), CultureInfo.InvariantCulture, out var l) && l >= 0 ? l : throw new ArgumentException("--lookups must be 0 or more."); break;
                case "--threshold":
                    threshold = double.TryParse(Value(), CultureInfo.InvariantCulture, out var p) && p is > 0 and < 1 ? p
                        : throw new ArgumentException("--threshold must be a probability between 0 and 1.");
                    break;
                case "--generate-only": generateOnly = true; break;
                case "--diagnose": diagnose = true; break;
                case "--profile":
                    profiles = Value().Split(',').Select(p => Enum.TryParse<GeneratorProfile>(p, ignoreCase: true, out var profile) && !int.TryParse(p, out _) ? profile
                        : throw new ArgumentException($"--profile: '{p}' is not clean or messy.")).ToList();
                    break;
                default: throw new ArgumentException($"unknown argument '{args[i]}'.");
            }
        }
        if (sizes is null) throw new ArgumentException("--records is required.");
        return new LinkageBenchOptions(sizes, seed, csv, lookups, threshold, generateOnly, diagnose, profiles ?? [GeneratorProfile.Clean]);
    }
}
