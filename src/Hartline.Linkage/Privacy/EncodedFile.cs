using System.Text;

namespace Hartline.Linkage.Privacy;

/// <summary>Bad input in an encoded file, naming the file, line and column.</summary>
public sealed class EncodedFileException(string message) : Exception(message);

/// <summary>
/// The exchange format: CSV with the header <c>agency,record_id,block,bloom</c>. No value may contain a
/// comma, quote or line break (agency names are checked, the rest are Base64 or tokens), so the format
/// needs no quoting and any tool can read it.
/// </summary>
public static class EncodedFile
{
    public const string Header = "agency,record_id,block,bloom";

    /// <summary>Null when the name can be an agency in a file and a report ("DCF", "Police Dept"), else why not.</summary>
    public static string? AgencyProblem(string? agency)
    {
        if (string.IsNullOrWhiteSpace(agency)) return "the agency name is empty";
        if (agency != agency.Trim()) return $"the agency name '{agency}' starts or ends with a space";
        if (agency.Length > 64) return "the agency name is longer than 64 characters";
        if (agency.Any(c => c is ',' or '"' or '+' || char.IsControl(c)))
            return $"the agency name '{agency}' contains a comma, quote, '+' or control character ('+' joins agencies in the report)";
        return null;
    }

    public static void Write(TextWriter writer, IEnumerable<EncodedRecord> records)
    {
        writer.Write(Header + "\n");
        foreach (var r in records) writer.Write($"{r.Agency},{r.RecordId},{r.Block},{r.Bloom.ToBase64()}\n");
    }

    public static List<EncodedRecord> Read(TextReader reader, string fileName)
    {
        var header = reader.ReadLine();
        if (header is null) throw new EncodedFileException($"{fileName}: the file is empty; it needs the header {Header}.");
        if (header.TrimStart('\uFEFF').Trim() != Header)
            throw new EncodedFileException($"{fileName}: line 1: the header is '{header}', expected '{Header}' (a file written by 'hartline pprl encode').");

        var records = new List<EncodedRecord>();
        var seen = new HashSet<(string, string)>();
        int? bits = null;
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0) continue;
            var at = $"{fileName}: line {lineNumber}";
            var fields = line.Split(',');
            if (fields.Length != 4)
                throw new EncodedFileException($"{at}: {fields.Length} columns where {Header} has 4.");
            var (agency, id, block, bloom) = (fields[0], fields[1], fields[2], fields[3]);
            if (AgencyProblem(agency) is { } problem) throw new EncodedFileException($"{at}, column agency: {problem}.");
            if (id.Length == 0) throw new EncodedFileException($"{at}, column record_id: the record id is empty.");
            if (!seen.Add((agency, id))) throw new EncodedFileException($"{at}, column record_id: '{id}' appears twice for agency '{agency}'.");
            if (!BloomFilter.TryFromBase64(bloom, out var filter))
                throw new EncodedFileException($"{at}, column bloom: not a Base64 bit vector (a whole number of 64-bit words).");
            bits ??= filter.Length;
            if (filter.Length != bits)
                throw new EncodedFileException($"{at}, column bloom: {filter.Length} bits where the lines before have {bits}.");
            records.Add(new EncodedRecord(agency, id, block, filter));
        }
        return records;
    }

    /// <summary>UTF-8 without a byte-order mark, so the files compare byte for byte.</summary>
    public static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
}
