namespace Hartline.Features.Services.Directory;

/// <summary>The directory's limits and defaults.</summary>
public static class DirectoryRules
{
    public const int NameMax = 200, ShortMax = 300;
    /// <summary>Availability older than this is flagged as stale (the jurisdiction may say otherwise).</summary>
    public const int StaleAfterDaysDefault = 14;
}
