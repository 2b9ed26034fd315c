using System.Globalization;
using CsvHelper;
using Hartline.Linkage;

namespace Hartline.Features.People.Deduplication;

/// <summary>Bad input in a persons file, with the line and column it is on.</summary>
public sealed class PersonCsvException(string message) : Exception(message);

/// <summary>
/// The file format of <c>hartline dedupe</c>: a header and any of the columns
/// id,given_name,middle_name,family_name,dob,sex,address,city,postcode,phone (id required, empty =
/// unknown, dob as yyyy-MM-dd); output id,cluster_id,probability.
/// </summary>
public static class PersonCsv
{
    public static readonly string[] Columns = ["id", "given_name", "middle_name", "family_name", "dob", "sex", "address", "city", "postcode", "phone"];

    /// <summary>Reads every record, or throws <see cref="PersonCsvException"/> at the first problem.</summary>
    public static List<PersonRecord> Read(TextReader text, string fileName, Action<string>? warn = null)
    {
        // The header is read and checked here (columns may come in any order), not by CsvHelper.
        using var csv = CsvReader.Create(text, CsvReaderOptions.Default with { HasHeader = false, TrackLineNumbers = true }, leaveOpen: true);
        if (!csv.Read()) throw new PersonCsvException($"{fileName}: the file is empty; it needs a header line such as {string.Join(',', Columns)}.");
        var header = Enumerable.Range(0, csv.FieldCount).Select(i => csv.GetString(i).Trim().ToLowerInvariant()).ToList();
        foreach (var unknown in header.Where(h => !Columns.Contains(h)))
            warn?.Invoke($"{fileName}: line 1: column '{unknown}' is not one Hartline reads; it is ignored.");
        var duplicate = header.GroupBy(h => h).FirstOrDefault(g => g.Count() > 1 && Columns.Contains(g.Key));
        if (duplicate is not null) throw new PersonCsvException($"{fileName}: line 1: the column '{duplicate.Key}' appears twice.");
        int At(string column) => header.IndexOf(column);
        var id = At("id");
        if (id < 0) throw new PersonCsvException($"{fileName}: line 1: the header has no 'id' column (found: {string.Join(',', header)}).");
        var (given, middle, family, dob, sex, address, city, postcode, phone) =
            (At("given_name"), At("middle_name"), At("family_name"), At("dob"), At("sex"), At("address"), At("city"), At("postcode"), At("phone"));

        var records = new List<PersonRecord>();
        var seen = new Dictionary<string, long>(StringComparer.Ordinal);
        while (csv.Read())
        {
            var line = csv.LineNumber;
            if (csv.FieldCount == 1 && string.IsNullOrWhiteSpace(csv.GetString(0))) continue; // a blank line
            string? Field(int index) => index < 0 || index >= csv.FieldCount ? null
                : csv.GetString(index).Trim() is { Length: > 0 } v ? v : null;
            var recordId = Field(id) ?? throw new PersonCsvException($"{fileName}: line {line}, column id: the id is empty.");
            if (!seen.TryAdd(recordId, line))
                throw new PersonCsvException($"{fileName}: line {line}, column id: '{recordId}' already appears on line {seen[recordId]}.");
            DateOnly? born = null;
            if (Field(dob) is { } text1)
            {
                if (!DateOnly.TryParseExact(text1, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                    throw new PersonCsvException($"{fileName}: line {line}, column dob: '{text1}' is not a date written yyyy-MM-dd.");
                born = d;
            }
            records.Add(new PersonRecord(recordId, Field(given), Field(middle), Field(family), born, Field(sex),
                Field(address), Field(city), Field(postcode), Field(phone)));
        }
        return records;
    }

    public static void WriteClusters(TextWriter text, IEnumerable<ClusterAssignment> assignments)
    {
        using var csv = CsvWriter.Create(text, CsvWriterOptions.Default with { NewLine = "\n" }, leaveOpen: true);
        foreach (var h in new[] { "id", "cluster_id", "probability" }) csv.WriteField(h);
        csv.EndRecord();
        foreach (var a in assignments)
        {
            csv.WriteField(a.Id);
            csv.WriteField(a.ClusterId);
            csv.WriteField(a.Probability.ToString("0.0000", CultureInfo.InvariantCulture));
            csv.EndRecord();
        }
        csv.Flush();
    }
}
