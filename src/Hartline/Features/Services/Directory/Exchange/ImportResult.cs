namespace Hartline.Features.Services.Directory.Exchange;

/// <summary>
/// What is wrong with an imported file, where a person finds it: the file, the line (CSV) or the place in the
/// JSON ("[2].phones[0]"), and the column. <see cref="ToString"/> reads "services.csv, line 14, minimum_age: …".
/// </summary>
public sealed record DirectoryImportProblem(string File, int? Line, string? Column, string Message, string? Place = null)
{
    public override string ToString() =>
        string.Join(", ", new[] { File, Line is { } l ? $"line {l}" : Place, Column }.Where(p => !string.IsNullOrEmpty(p))) + ": " + Message;

    /// <summary>The command line's form, one per line: FILE:LINE: column: message.</summary>
    public string ForConsole() =>
        $"{File}{(Line is { } l ? $":{l}" : Place is { } p ? $":{p}" : "")}: {(Column is null ? "" : Column + ": ")}{Message}";
}

/// <summary>Rows of one table an import added, changed, or found already the same.</summary>
public sealed record DirectoryTableCount(string Table, string File, string Words, int Added, int Updated, int Unchanged);

/// <summary>
/// What an import (or its check) came to. With <see cref="Errors"/> nothing was saved; otherwise
/// <see cref="Saved"/> says whether the changes were written (not on a check). <see cref="Notes"/> are what was
/// read but not kept (tables and columns Hartline does not keep, repeated rows); never a reason to refuse.
/// </summary>
public sealed record DirectoryImportResult(bool DryRun, bool Saved, IReadOnlyList<DirectoryTableCount> Tables, IReadOnlyList<string> Notes,
    IReadOnlyList<DirectoryImportProblem> Errors, int ErrorsNotListed)
{
    public bool Valid => Errors.Count == 0;
    public int Added => Tables.Sum(t => t.Added);
    public int Updated => Tables.Sum(t => t.Updated);
    public int Unchanged => Tables.Sum(t => t.Unchanged);
}

/// <summary>
/// Collects an import's errors and notes as the package is read and checked: every error, listed up to
/// <see cref="MaxErrors"/> (a file with a wrong header would otherwise list thousands), and notes said once each.
/// </summary>
internal sealed class ImportReport
{
    public const int MaxErrors = 200;
    private readonly List<DirectoryImportProblem> _errors = [];
    private readonly Dictionary<string, int> _notes = [];

    public int ErrorCount { get; private set; }
    public bool HasErrors => ErrorCount > 0;
    public IReadOnlyList<DirectoryImportProblem> Errors => _errors;
    public int ErrorsNotListed => ErrorCount - _errors.Count;

    public void Error(string file, int? line, string? column, string message, string? place = null)
    {
        ErrorCount++;
        if (_errors.Count < MaxErrors) _errors.Add(new DirectoryImportProblem(file, line, column, message, place));
    }

    public void Error(RowPlace where, string? column, string message, int? line = null) =>
        Error(where.File, line ?? where.Line, column, message, where.Path);

    /// <summary>A note said once however often it happens; the count is added when it happened more than once.</summary>
    public void Note(string message) => _notes[message] = _notes.GetValueOrDefault(message) + 1;

    public IReadOnlyList<string> Notes => _notes.Select(n => n.Value == 1 ? n.Key : $"{n.Key} ({n.Value} times)").ToList();
}

/// <summary>Where a row was read: a line of a CSV file, or a place in an HSDS JSON file.</summary>
internal sealed record RowPlace(string File, int? Line, string? Path = null);
