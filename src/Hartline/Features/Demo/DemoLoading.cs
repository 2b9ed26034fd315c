using System.Text.Json;
using Hartline.Data;

namespace Hartline.Features.Demo;

/// <summary>
/// What a demo server tells a newcomer: the demo sign-ins (shown on the sign-in page, in demo mode only)
/// and how far the caseload has loaded (the server answers within seconds and loads the cases behind).
/// Outside <c>serve --demo</c> nothing is set and the pages show neither.
/// </summary>
public sealed class DemoLoading
{
    private volatile DemoProgress? _progress;
    private volatile string? _failure;

    /// <summary>True while the server runs with <c>--demo</c>.</summary>
    public bool IsDemo { get; private set; }

    /// <summary>The demo sign-ins with their passwords; empty when they were not kept (a data folder from an older version).</summary>
    public IReadOnlyList<DemoSignIn> SignIns { get; private set; } = [];

    /// <summary>Loading progress, or null when nothing is loading.</summary>
    public DemoProgress? Progress => _progress;

    public bool IsLoading => _progress is not null;

    /// <summary>Why the caseload did not load, said on every page, or null.</summary>
    public string? Failure => _failure;

    public void Start(IReadOnlyList<DemoSignIn> signIns)
    {
        IsDemo = true;
        SignIns = signIns;
    }

    public void Report(DemoProgress progress) => _progress = progress;

    public void Finish() => _progress = null;

    public void Fail(string message) { _failure = message; _progress = null; }

    /// <summary>
    /// Where the demo's passwords are kept between starts: beside the SQLite file (or in ./data for
    /// PostgreSQL). Demo accounts only; a real deployment never runs with --demo.
    /// </summary>
    public static string SignInFile(DatabaseTarget target) =>
        target.SqliteFile is { } file
            ? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(file)) ?? ".", Path.GetFileNameWithoutExtension(file) + ".demo-sign-ins.json")
            : Path.GetFullPath("data/demo-sign-ins.json");

    public static void Save(string path, IReadOnlyList<DemoSignIn> signIns)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, JsonSerializer.Serialize(signIns));
    }

    public static IReadOnlyList<DemoSignIn> Read(string path)
    {
        try { return File.Exists(path) ? JsonSerializer.Deserialize<List<DemoSignIn>>(File.ReadAllText(path)) ?? [] : []; }
        catch (JsonException) { return []; } // a damaged file only costs the list on the sign-in page
    }
}
