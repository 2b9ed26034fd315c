using Hartline.Cli;
using Hartline.Tests.Platform;

namespace Hartline.Tests.Linkage;

/// <summary>hartline pprl new-key / encode / link: files, exit codes and messages that name the option or line.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class PprlCliTests
{
    private readonly string _folder = Directory.CreateTempSubdirectory("pprl-").FullName;

    private const string Persons = """
        id,given_name,middle_name,family_name,dob,sex,address,city,postcode,phone
        A1,Guadalupe,,Zambrano,2009-03-04,F,12 Elm St,Hartford,06105,860-555-0101
        A2,Kimberly,,Ostrowski,2010-11-23,F,,,06511,
        A3,Jonathan,,Featherstone,2008-07-15,M,,,,
        """;

    private const string PolicePersons = """
        id,given_name,middle_name,family_name,dob,sex,address,city,postcode,phone
        P1,Lupe,,Zambrano,2009-04-03,F,,,06105,
        P2,Rosalind,,Whitcombe,2007-01-30,F,,,,
        """;

    /// <summary>Through the real command line, standard error captured.</summary>
    private static async Task<(int Code, string Err)> Run(params string[] args)
    {
        var stderr = Console.Error;
        using var e = new StringWriter();
        Console.SetError(e);
        try
        {
            return (await HartlineCli.RunAsync(args), e.ToString());
        }
        finally { Console.SetError(stderr); }
    }

    private string PathOf(string name) => Path.Combine(_folder, name);

    private async Task<string> Write(string name, string text)
    {
        await File.WriteAllTextAsync(PathOf(name), text);
        return PathOf(name);
    }

    [Fact]
    public async Task Encode_then_link_counts_the_shared_youth_without_names()
    {
        var key = PathOf("pprl.key");
        Assert.Equal(0, (await Run("pprl", "new-key", "--output", key)).Code);
        var (code, err) = await Run("pprl", "encode", "--input", await Write("dcf.csv", Persons), "--key-file", key, "--agency", "DCF",
            "--output", PathOf("dcf.enc.csv"), "--mapping-output", PathOf("dcf.map.csv"));
        Assert.True(code == 0, err);
        Assert.Equal(0, (await Run("pprl", "encode", "--input", await Write("police.csv", PolicePersons), "--key-file", key, "--agency", "Police", "--output", PathOf("police.enc.csv"))).Code);

        var encoded = await File.ReadAllTextAsync(PathOf("dcf.enc.csv"));
        Assert.StartsWith("agency,record_id,block,bloom\n", encoded);
        foreach (var word in new[] { "Guadalupe", "Zambrano", "Kimberly", "Ostrowski", "Jonathan", "Featherstone" })
            Assert.DoesNotContain(word, encoded, StringComparison.OrdinalIgnoreCase);
        // Base64 and hex may contain "A1" by chance; what matters is that no column holds an id or a date.
        var fields = encoded.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).SelectMany(l => l.Split(',')).ToList();
        Assert.DoesNotContain(fields, f => f is "A1" or "A2" or "A3" || f.Contains("2009-03-04") || f.Contains("06105"));
        var mapping = await File.ReadAllLinesAsync(PathOf("dcf.map.csv"));
        Assert.Equal("record_id,id", mapping[0]);
        Assert.Equal(["A1", "A2", "A3"], mapping.Skip(1).Select(l => l.Split(',')[1]).Order());

        (code, err) = await Run("pprl", "link", "--input", PathOf("dcf.enc.csv"), "--input", PathOf("police.enc.csv"), "--output", PathOf("report.json"));
        Assert.True(code == 0, err);
        var report = await File.ReadAllTextAsync(PathOf("report.json"));
        Assert.Contains("\"distinct_youth\": 4", report);
        Assert.Contains("\"DCF+Police\": 1", report);
        Assert.DoesNotContain("Zambrano", report);

        (code, _) = await Run("pprl", "link", "--input", PathOf("dcf.enc.csv"), "--input", PathOf("police.enc.csv"), "--output", PathOf("small.json"), "--min-cell", "5");
        Assert.Equal(0, code);
        Assert.Contains("\"DCF+Police\": \"<5\"", await File.ReadAllTextAsync(PathOf("small.json")));
    }

    [Fact]
    public async Task A_short_or_missing_key_file_exits_2_naming_key_file()
    {
        var input = await Write("p.csv", Persons);
        var shortKey = await Write("short.key", Convert.ToBase64String(new byte[16]));
        var (code, err) = await Run("pprl", "encode", "--input", input, "--key-file", shortKey, "--agency", "DCF", "--output", PathOf("o.csv"));
        Assert.Equal(2, code);
        Assert.Contains("--key-file", err);
        Assert.Contains("32", err);
        (code, err) = await Run("pprl", "encode", "--input", input, "--key-file", PathOf("none.key"), "--agency", "DCF", "--output", PathOf("o.csv"));
        Assert.Equal(2, code);
        Assert.Contains("--key-file", err);
    }

    [Fact]
    public async Task New_key_refuses_to_overwrite()
    {
        var key = await Write("existing.key", "x");
        var (code, err) = await Run("pprl", "new-key", "--output", key);
        Assert.Equal(2, code);
        Assert.Contains("--output", err);
        Assert.Equal("x", await File.ReadAllTextAsync(key));
    }

    [Fact]
    public async Task Bad_input_exits_2_naming_the_line_and_column()
    {
        var key = PathOf("k.key");
        await Run("pprl", "new-key", "--output", key);
        var (code, err) = await Run("pprl", "encode", "--input", await Write("bad.csv", Persons.Replace("2010-11-23", "23/11/2010")),
            "--key-file", key, "--agency", "DCF", "--output", PathOf("o.csv"));
        Assert.Equal(2, code);
        Assert.Contains("line 3, column dob", err);

        (code, err) = await Run("pprl", "encode", "--input", await Write("ok.csv", Persons), "--key-file", key, "--agency", "DCF+Police", "--output", PathOf("o.csv"));
        Assert.Equal(2, code);
        Assert.Contains("--agency", err);

        var encoded = await Write("bad.enc.csv", "agency,record_id,block,bloom\nDCF,t1,,AAAA\nDCF,t2,,not-base64!\n");
        (code, err) = await Run("pprl", "link", "--input", encoded, "--output", PathOf("r.json"));
        Assert.Equal(2, code);
        Assert.Contains("line 2, column bloom", err);

        (code, err) = await Run("pprl", "link", "--input", await Write("hdr.csv", "id,bloom\n"), "--output", PathOf("r.json"));
        Assert.Equal(2, code);
        Assert.Contains("line 1", err);

        (code, err) = await Run("pprl", "link", "--input", encoded, "--output", PathOf("r.json"), "--threshold", "1.5");
        Assert.Equal(2, code);
        Assert.Contains("--threshold", err);
    }
}
