using Hartline.Security.Audit;
namespace Hartline.Features.People;

/// <summary>
/// One youth in the registry. Several referrals and cases may point to the same person; identifying
/// fields (names, date of birth) are the ones the hardening work will encrypt at rest.
/// </summary>
public sealed class Person : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string GivenName { get; set; }
    public string? MiddleName { get; set; }
    public required string FamilyName { get; set; }
    [Hartline.Security.Audit.Identifying]
    public DateOnly? DateOfBirth { get; set; }
    /// <summary>
    /// Names folded for search (lower case, no accents or punctuation), kept by HartlineDb on every save.
    /// Searching on these behaves the same on SQLite and PostgreSQL, whose lower() functions differ.
    /// </summary>
    public string GivenNameKey { get; set; } = "";
    public string FamilyNameKey { get; set; } = "";
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

    public string FullName => FormatName(GivenName, MiddleName, FamilyName);

    public void RefreshSearchKeys()
    {
        GivenNameKey = Linkage.Text.NameFolding.Fold(GivenName);
        FamilyNameKey = Linkage.Text.NameFolding.Fold(FamilyName);
    }

    public static string FormatName(string given, string? middle, string family) =>
        middle is null ? $"{given} {family}" : $"{given} {middle} {family}";
}

/// <summary>One race/ethnicity category a person identifies with; several may apply.</summary>
public sealed class PersonRaceEthnicity
{
    public Guid PersonId { get; set; }
    public required string Code { get; set; }
}
