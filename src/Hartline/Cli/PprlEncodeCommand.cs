using System.CommandLine;
using System.Security.Cryptography;
using Hartline.Features.People.Deduplication;
using Hartline.Linkage;
using Hartline.Linkage.Privacy;

namespace Hartline.Cli;

/// <summary>
/// hartline pprl encode: an agency's persons CSV (the format of hartline dedupe) to agency,record_id,block,bloom.
/// </summary>
/// <remarks>
/// The record id is replaced by a random token. Agency ids are case numbers and the like, which other
/// participants may know or be able to look up; a token means nothing outside the agency, and the
/// agency alone keeps the token → id mapping (<c>--mapping-output</c>) if it wants to trace a row back.
/// Rows are written in random order, since an input sorted by name would otherwise leak that order.
/// </remarks>
internal static class PprlEncodeCommand
{
    public static Command Create()
    {
        var input = new Option<FileInfo>("--input") { Description = "Persons CSV: id,given_name,middle_name,family_name,dob,sex,address,city,postcode,phone", Required = true };
        var keyFile = new Option<FileInfo>("--key-file") { Description = "The key the participating agencies share (hartline pprl new-key)", Required = true };
        var agency = new Option<string>("--agency") { Description = "This agency's name as it should appear in the report (no comma, quote or '+')", Required = true };
        var output = new Option<FileInfo>("--output") { Description = "Where to write agency,record_id,block,bloom", Required = true };
        var mapping = new Option<FileInfo?>("--mapping-output") { Description = "Where to write record_id,id (token → your id); keep it at the agency" };
        var noBlock = new Option<bool>("--no-block") { Description = "Leave the block column empty (linking then relies on the Bloom filters alone)" };
        var command = new Command("encode", "Encode an agency's persons as keyed Bloom filters; no name leaves the file") { input, keyFile, agency, output, mapping, noBlock };
        command.SetAction((parsed, ct) => HartlineCli.Guard(async () =>
        {
            var name = parsed.GetValue(agency)!;
            if (EncodedFile.AgencyProblem(name) is { } problem) throw new UsageException($"--agency: {problem}.");
            var key = PprlCommand.ReadKey(parsed.GetValue(keyFile)!);
            var file = parsed.GetValue(input)!;
            if (!file.Exists) throw new UsageException($"--input: there is no file {file.FullName}.");
            List<PersonRecord> records;
            using (var reader = new StreamReader(file.FullName))
            {
                try { records = PersonCsv.Read(reader, file.Name, Console.Error.WriteLine); }
                catch (PersonCsvException e) { throw new UsageException(e.Message); }
            }

            var encoder = new BloomEncoder(key);
            var withBlock = !parsed.GetValue(noBlock);
            var rows = records.Select(r => (Id: r.Id, Row: new EncodedRecord(name, Token(), withBlock ? encoder.BlockKey(r) : "", encoder.Encode(r)))).ToArray();
            RandomNumberGenerator.Shuffle(rows.AsSpan());

            await using (var writer = new StreamWriter(parsed.GetValue(output)!.FullName, false, EncodedFile.Utf8))
                EncodedFile.Write(writer, rows.Select(r => r.Row));
            if (parsed.GetValue(mapping) is { } mappingFile)
                await using (var writer = new StreamWriter(mappingFile.FullName, false, EncodedFile.Utf8))
                {
                    await writer.WriteAsync("record_id,id\n");
                    foreach (var (id, row) in rows) await writer.WriteAsync($"{row.RecordId},{Quoted(id)}\n");
                }
            var empty = rows.Count(r => r.Row.Bloom.Count == 0);
            Console.Error.WriteLine($"Encoded {rows.Length:N0} records of {name}{(empty > 0 ? $" ({empty:N0} with no name, date of birth, sex or postcode: they count as distinct youth)" : "")}.");
            if (parsed.GetValue(mapping) is null) Console.Error.WriteLine("No --mapping-output: the tokens cannot be traced back to your records.");
            return HartlineCli.Ok;
        }));
        return command;
    }

    /// <summary>128 random bits: unguessable, and unrelated to the record, the key or the agency.</summary>
    private static string Token() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    private static string Quoted(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
