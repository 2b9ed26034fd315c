using System.Globalization;
using System.Text;
using Hartline.Linkage;

namespace Hartline.Bench.Linkage;

/// <summary>
/// Writes the records as `hartline dedupe` reads them (header
/// <c>id,given_name,middle_name,family_name,dob,sex,address,city,postcode,phone</c>, ISO dates, empty =
/// unknown, RFC 4180 quoting) and the truth beside them as <c>id,person_id</c>, so the CLI can be run
/// and scored on exactly the records the benchmark used. The messy profile adds the columns
/// <c>email,id_dcf,id_sasid</c> and names its files persons-messy-….
/// </summary>
public static class LinkageCsv
{
    public const string RecordsHeader = "id,given_name,middle_name,family_name,dob,sex,address,city,postcode,phone";
    public const string HeldHeader = ",email,id_dcf,id_sasid";
    public const string TruthHeader = "id,person_id";

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static (string Records, string Truth) Write(LinkageDataset dataset, string folder, int seed, GeneratorProfile profile = GeneratorProfile.Clean)
    {
        var messy = profile == GeneratorProfile.Messy;
        var tag = messy ? "messy-" : "";
        Directory.CreateDirectory(folder);
        var size = dataset.Records.Count;
        var recordsPath = Path.GetFullPath(Path.Combine(folder, $"persons-{tag}{size}-seed{seed}.csv"));
        var truthPath = Path.GetFullPath(Path.Combine(folder, $"truth-{tag}{size}-seed{seed}.csv"));
        using (var records = new StreamWriter(recordsPath, false, Utf8NoBom, 1 << 16) { NewLine = "\n" })
        {
            records.WriteLine(messy ? RecordsHeader + HeldHeader : RecordsHeader);
            foreach (var r in dataset.Records) records.WriteLine(messy ? Line(r) + HeldLine(r) : Line(r));
        }
        using (var truth = new StreamWriter(truthPath, false, Utf8NoBom, 1 << 16) { NewLine = "\n" })
        {
            truth.WriteLine(TruthHeader);
            for (var i = 0; i < size; i++) truth.WriteLine($"{Field(dataset.Records[i].Id)},{dataset.Persons[dataset.PersonOfRecord[i]].Id}");
        }
        return (recordsPath, truthPath);
    }

    public static string Line(PersonRecord r) => string.Join(',',
        Field(r.Id), Field(r.GivenName), Field(r.MiddleName), Field(r.FamilyName),
        Field(r.DateOfBirth?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), Field(r.Sex),
        Field(r.Address), Field(r.City), Field(r.Postcode), Field(r.Phone));

    public static string HeldLine(PersonRecord r) => string.Concat(",", Field(r.Email),
        ",", Field(r.Identifiers?.FirstOrDefault(i => i.Kind == "dcf")?.Value),
        ",", Field(r.Identifiers?.FirstOrDefault(i => i.Kind == "sasid")?.Value));

    /// <summary>Quoted only when it must be: a comma, a quote or a line break inside.</summary>
    public static string Field(string? value) =>
        value is null ? ""
        : value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value
        : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
