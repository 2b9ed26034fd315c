using System.Security.Cryptography;
using System.Text;
using Hartline.Features.Cases.Profile;
using Hartline.Features.Reports.Statistics;
using Hartline.Features.Reports.Statistics.Clients;
using Hartline.Jurisdictions;

namespace Hartline.Features.Reports.CaseExport;

/// <summary>
/// The columns of the de-identified case export and how each is written. Only codes from a known list reach the file: a
/// stored value the list does not have (typed into the database some other way) is written as "unlisted", so no free
/// text, and no name typed into the wrong field, can leave by this door. Dates are months; the birth date only ever
/// becomes an age in whole years.
/// </summary>
internal sealed class CaseExportColumns(Jurisdiction j)
{
    public static readonly string[] Header =
    [
        "youth_number", "case_number", "region", "residence_at_exploitation", "month_opened", "month_closed", "status", "closure_reason",
        "gender", "race_ethnicity", "age_at_intake", "minor_or_adult", "exploitation_types", "recruiter_relationship", "trafficking_status",
        "referrals",
    ];

    public const string Unlisted = "unlisted";

    // Numbers that mean something only inside one file: a keyed hash of the id under a key made for this export and
    // then forgotten. The same youth gets the same number throughout the file (no table of a million youth kept in
    // memory), and nothing links one export's numbers to another's or back to the database.
    private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);

    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // no I, L, O, U: read out without mistakes

    public string[] Row(ExportCase c)
    {
        var age = c.BirthDate is { } birth ? ClientFacts.AgeOn(birth, c.OpenedOn) : null;
        var race = c.Races.Count > 1 ? j.RaceEthnicity.MultipleCode : c.Races.Count == 1 ? c.Races[0] : null;
        return
        [
            Number("Y", c.PersonId), Number("C", c.CaseId),
            Listed(c.RegionCode, j.Regions), Listed(c.ResidenceCode, j.ResidenceAtExploitation),
            Month(c.OpenedOn), c.ClosedOn is { } closed ? Month(closed) : "",
            StatCodes.Of(c.Status), Listed(c.ClosureReasonCode, ExploitationVocabulary.ClosureReasons),
            Listed(c.GenderCode, j.Genders), Listed(race, j.RaceEthnicity.Categories),
            age?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
            age is null ? "" : age < j.MinorAge ? "minor" : "adult",
            Types(c.ExploitationTypes),
            Listed(c.RecruiterRelationship, ExploitationVocabulary.RecruiterRelationships),
            c.TraffickingStatus is { } status ? StatCodes.Of(status) : "",
            c.Referrals.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ];
    }

    /// <summary>Several types in one cell, separated by ";", in the vocabulary's order.</summary>
    private static string Types(IReadOnlyList<string> stored)
    {
        var known = ExploitationVocabulary.ExploitationTypes.Where(t => stored.Contains(t.Code)).Select(t => t.Code);
        var unlisted = stored.Any(s => !string.IsNullOrWhiteSpace(s) && ExploitationVocabulary.ExploitationTypes.All(t => t.Code != s));
        return string.Join(';', unlisted ? known.Append(Unlisted) : known);
    }

    private static string Month(DateOnly day) => day.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    private static string Listed(string? code, IReadOnlyList<Category> list) =>
        string.IsNullOrWhiteSpace(code) ? "" : list.Any(c => c.Code == code) ? code : Unlisted;

    private string Number(string prefix, Guid id)
    {
        Span<byte> input = stackalloc byte[17];
        input[0] = (byte)prefix[0];
        id.TryWriteBytes(input[1..]);
        Span<byte> hash = stackalloc byte[32];
        HMACSHA256.HashData(_key, input, hash);
        // 60 bits in 12 characters: a chance of two youth sharing a number in a million of about one in two million.
        var text = new StringBuilder(prefix, 14).Append('-');
        var bits = BitConverter.ToUInt64(hash);
        for (var i = 0; i < 12; i++, bits >>= 5) text.Append(Alphabet[(int)(bits & 31)]);
        return text.ToString();
    }
}
