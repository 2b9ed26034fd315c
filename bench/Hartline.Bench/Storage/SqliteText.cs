using System.Globalization;

namespace Hartline.Bench.Storage;

/// <summary>
/// Values written the way EF Core's SQLite provider writes them, so the app reads the bulk-loaded rows
/// as if it had saved them itself: GUIDs as upper-case 'D' text (lower case would not match EF's
/// parameters in WHERE clauses), dates and times as ISO text, enums by name, booleans as 0/1.
/// </summary>
internal static class SqliteText
{
    public static string Guid(Guid id) => id.ToString("D").ToUpperInvariant();

    public static object Guid(Guid? id) => id is { } g ? Guid(g) : DBNull.Value;

    public static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static object Date(DateOnly? day) => day is { } d ? Date(d) : DBNull.Value;

    /// <summary>The app converts every DateTime to UTC before saving (UtcDateTimeConverter); so do we.</summary>
    public static string Time(DateTime at) =>
        at.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);

    public static object Time(DateTime? at) => at is { } t ? Time(t) : DBNull.Value;

    public static string Enum<T>(T value) where T : struct, System.Enum => value.ToString();

    public static long Bool(bool value) => value ? 1 : 0;

    public static object Text(string? value) => value is null ? DBNull.Value : value;
}
