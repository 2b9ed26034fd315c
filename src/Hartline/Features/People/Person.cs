using Hartline.Security.Audit;
namespace Hartline.Features.People;

/// <summary>
/// One youth in the registry. Several referrals and cases may point to the same person. The identifying
/// fields (names, date of birth) are encrypted at rest (<see cref="Data.Protection.ProtectedColumns"/>): the
/// database finds a youth only through the blind indexes below, and lists sort and filter them from the
/// registry held in memory.
/// </summary>
public sealed class Person : IAudited, Hartline.Data.IVersioned
{
    /// <summary>Counts the saves that changed it (<see cref="Hartline.Data.IVersioned"/>).</summary>
    public int Version { get; set; }
    public Guid Id { get; set; } = Guid.CreateVersion7();
    [Hartline.Security.Audit.Identifying]
    public required string GivenName { get; set; }
    [Hartline.Security.Audit.Identifying]
    public string? MiddleName { get; set; }
    [Hartline.Security.Audit.Identifying]
    public required string FamilyName { get; set; }
    [Hartline.Security.Audit.Identifying]
    public DateOnly? DateOfBirth { get; set; }
    /// <summary>
    /// Blind indexes (keyed digests) of the folded names (lower case, no accents or punctuation) and of the date
    /// of birth, kept by HartlineDb on every save: an exact lookup by name or date compares digests, so the
    /// database never holds the names it finds. Empty until the sweep after the encryption migration fills them.
    /// </summary>
    public string GivenNameIndex { get; set; } = "";
    public string FamilyNameIndex { get; set; } = "";
    public string? BirthDateIndex { get; set; }
    /// <summary>A gender code from the jurisdiction file; null when not recorded.</summary>
    [Hartline.Security.Audit.ShownInAudit]
    public string? GenderCode { get; set; }
    public List<PersonRaceEthnicity> RaceEthnicities { get; set; } = [];
    /// <summary>
    /// Set when this record was merged into another (the survivor). The record is kept as it was, so the
    /// merge can be undone; its referrals, cases and screenings moved to the survivor.
    /// </summary>
    public Guid? MergedIntoId { get; set; }
    /// <summary>The agency that first entered the person.</summary>
    public Guid OwnerAgencyId { get; set; }
    [Hartline.Data.CreationStamp]
    public DateTime CreatedAt { get; set; }
    /// <summary>
    /// When the record was last saved (made, corrected, merged or unmerged; set by every save): every server node's
    /// registry index catches up on the youth changed since it last looked, wherever they were changed.
    /// </summary>
    public DateTime ChangedAt { get; set; }

    public string FullName => FormatName(GivenName, MiddleName, FamilyName);

    public void RefreshSearchKeys(Security.Protection.FieldKeys keys)
    {
        GivenNameIndex = NameIndex(keys, GivenName);
        FamilyNameIndex = NameIndex(keys, FamilyName);
        BirthDateIndex = DateOfBirth is { } born ? BirthIndex(keys, born) : null;
    }

    /// <summary>A name's blind index: given and family names share one, so a search finds names typed the other way round.</summary>
    public static string NameIndex(Security.Protection.FieldKeys keys, string name) => keys.Index("name", Linkage.Text.NameFolding.Fold(name));

    public static string BirthIndex(Security.Protection.FieldKeys keys, DateOnly born) =>
        keys.Index("birth", born.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

    public static string FormatName(string given, string? middle, string family) =>
        middle is null ? $"{given} {family}" : $"{given} {middle} {family}";
}

/// <summary>One race/ethnicity category a person identifies with; several may apply.</summary>
public sealed class PersonRaceEthnicity
{
    public Guid PersonId { get; set; }
    public required string Code { get; set; }
}
