using Hartline.Features.People.Deduplication;
using Hartline.Linkage;
using Hartline.Tests.Platform;
using Hartline.Tests.Support;

namespace Hartline.Tests.Linkage;

/// <summary>
/// hartline dedupe through the real command line: malformed rows named by line and column (all of them),
/// nothing written on refusal, --skip-invalid, what real files do (BOM, CRLF, ';', blank lines, a row twice),
/// formula-safe output, and the e-mail and id_* columns.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class DedupeCommandTests
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dedupe-cmd-").FullName;
    private string Input => Path.Combine(_folder, "persons.csv");
    private string Output => Path.Combine(_folder, "clusters.csv");

    private const string Header = "id,given_name,family_name,dob,sex,postcode";

    private async Task<(int Code, string Err)> Dedupe(string csv, params string[] extra)
    {
        await File.WriteAllTextAsync(Input, csv);
        return await CliRunner.Run(["dedupe", "--input", Input, "--output", Output, .. extra]);
    }

    private Dictionary<string, string> Clusters() => File.ReadAllLines(Output).Skip(1).Select(l => l.Split(',')).ToDictionary(r => r[0], r => r[1]);

    [Fact]
    public async Task An_unterminated_quote_is_named_and_the_rows_after_it_are_still_checked()
    {
        var (code, err) = await Dedupe($"""
            {Header}
            a1,Ana,Lopez,2006-04-07,F,06106
            a2,"Bea,Cruz,2005-01-02,F,06106
            a3,Cy,Diaz,2006-13-40,M,06511
            a4,Dee,Ortiz,2004-02-30,F,06511
            """);
        Assert.Equal(2, code);
        Assert.Contains("line 3, column given_name: the quote opened here is never closed (character 4)", err);
        // Before, the quote swallowed the rest of the file: the bad dates below it were never seen.
        Assert.Contains("line 4, column dob: '2006-13-40' is not a real date", err);
        Assert.Contains("line 5, column dob: '2004-02-30' is not a real date", err);
        Assert.Contains("3 malformed rows", err);
        Assert.False(File.Exists(Output));
    }

    [Fact]
    public async Task A_quote_closed_rows_later_does_not_take_the_rows_between()
    {
        var (code, err) = await Dedupe($"""
            {Header}
            a1,"Ana,Lopez,2006-04-07,F,06106
            a2,Bea,Cruz,2005-01-02,F,06106
            a3,Cy",Diaz,2006-01-01,M,06511
            a4,Dee,Ortiz,2004-02-03,F,06511
            """, "--skip-invalid");
        Assert.Equal(0, code);
        Assert.Contains("line 2, column given_name: the quote opened at character 4 closes only on line 4", err);
        Assert.Equal(["a2", "a3", "a4"], Clusters().Keys.Order());
    }

    [Theory]
    [InlineData("a9,Eve,Moss,2006-01-01,F,06106,extra", "line 3, column 7 (the header has 6): the row has 7 values")]
    [InlineData("a9,Eve,Moss,2006-01-01", "line 3, column sex: the row has 4 values where the header has 6")]
    [InlineData(",Eve,Moss,2006-01-01,F,06106", "line 3, column id: the id is empty")]
    [InlineData("a1,Eve,Moss,2006-01-01,F,06106", "line 3, column id: 'a1' already appears on line 2")]
    [InlineData("a9,Eve,Moss,01/02/2006,F,06106", "line 3, column dob: '01/02/2006' is not a date written yyyy-MM-dd")]
    [InlineData("a9,Eve,Moss,2006-02-29,F,06106", "line 3, column dob: '2006-02-29' is not a real date")]
    [InlineData("a9,Eve,Moss,2999-01-01,F,06106", "line 3, column dob: '2999-01-01' is in the future")]
    [InlineData("a9,E\0ve,Moss,2006-01-01,F,06106", "line 3, column given_name: a control character (U+0000)")]
    [InlineData("a9,Eve,Mo\u0007ss,2006-01-01,F,06106", "line 3, column family_name: a control character (U+0007)")]
    [InlineData("a9,Eve,\"Mo\"ss,2006-01-01,F,06106", "line 3, column family_name: text follows the closing quote")]
    [InlineData("a9,Eve,Mo\uFFFDss,2006-01-01,F,06106", "line 3, column family_name: bytes that are not UTF-8")]
    public async Task A_malformed_row_exits_2_naming_line_and_column_and_writes_nothing(string row, string message)
    {
        await File.WriteAllTextAsync(Output, "the previous result\n");
        var (code, err) = await Dedupe($"{Header}\na1,Ana,Lopez,2006-04-07,F,06106\n{row}\na3,Cy,Diaz,2006-01-01,M,06511\n");
        Assert.Equal(2, code);
        Assert.Contains(message, err);
        Assert.Contains("nothing was written", err);
        Assert.Equal("the previous result\n", await File.ReadAllTextAsync(Output));
        Assert.Equal(["clusters.csv", "persons.csv"], Directory.GetFiles(_folder).Select(Path.GetFileName).Order()); // no temp file left
    }

    [Fact]
    public async Task Every_malformed_row_is_counted_and_the_first_fifty_listed()
    {
        var rows = Enumerable.Range(0, 70).Select(i => $"b{i},Eve,Moss,2006-99-01,F,06106");
        var (code, err) = await Dedupe($"{Header}\na1,Ana,Lopez,2006-04-07,F,06106\n{string.Join('\n', rows)}\n");
        Assert.Equal(2, code);
        Assert.Contains("line 3, column dob", err);
        Assert.Contains("line 52, column dob", err);
        Assert.DoesNotContain("line 53, column dob", err);
        Assert.Contains("… and 20 more problems", err);
        Assert.Contains("70 malformed rows", err);
    }

    [Fact]
    public async Task Skip_invalid_leaves_the_bad_rows_out_and_counts_them()
    {
        var (code, err) = await Dedupe($"""
            {Header}
            a1,Ana,Lopez,2006-04-07,F,06106
            a2,Ana,Lopez,2006-04-07,F,06106
            ,Nobody,Here,2006-01-01,F,06106
            a4,Cy,Diaz,06/01/2006,M,06511
            a5,Dee,Ortiz,2004-02-03,F,06511
            """, "--skip-invalid");
        Assert.Equal(0, code);
        Assert.Contains("line 4, column id: the id is empty", err);
        Assert.Contains("Rows skipped:     2 malformed", err);
        var clusters = Clusters();
        Assert.Equal(["a1", "a2", "a5"], clusters.Keys.Order());
        Assert.Equal(clusters["a1"], clusters["a2"]);
    }

    [Fact]
    public async Task A_spreadsheet_export_with_bom_crlf_semicolons_blank_lines_spaces_and_a_row_twice_is_read()
    {
        var csv = "\uFEFFid;given_name;family_name;dob;postcode\r\n" +
                  "a1 ; Ana ;Lopez;2006-04-07;06106\r\n" +
                  "\r\n" +
                  "a2;\"Ana\";\"Lopez\";2006-04-07;06106\r\n" +
                  "a1 ; Ana ;Lopez;2006-04-07;06106\r\n" +
                  "b1;Marcus;Whitfield;2005-11-30;06511\r\n" +
                  "   \r\n";
        var (code, err) = await Dedupe(csv);
        Assert.True(code == 0, err);
        Assert.Contains("separated by ';'", err);
        Assert.Contains("Rows repeated:    1 identical", err);
        var clusters = Clusters();
        Assert.Equal(["a1", "a2", "b1"], clusters.Keys.Order());
        Assert.Equal(clusters["a1"], clusters["a2"]);
        Assert.NotEqual(clusters["a1"], clusters["b1"]);
    }

    [Fact]
    public async Task An_address_may_hold_a_line_break_in_quotes()
    {
        var (code, err) = await Dedupe("id,given_name,family_name,address\na1,Ana,Lopez,\"12 Elm St\nApt 4\"\na2,Bo,Li,3 Oak Rd\n");
        Assert.True(code == 0, err);
        Assert.Equal(["a1", "a2"], Clusters().Keys.Order());
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\";\"x\")")]
    [InlineData("+1-202-555")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1)")]
    [InlineData("|calc")]
    public async Task An_id_that_a_spreadsheet_would_run_is_written_as_text(string id)
    {
        var quoted = "\"" + id.Replace("\"", "\"\"") + "\"";
        var (code, err) = await Dedupe($"id,given_name\n{quoted},Ana\nplain,Bo\n");
        Assert.True(code == 0, err);
        var lines = await File.ReadAllLinesAsync(Output);
        var cell = lines[1].StartsWith('"') ? lines[1][1..lines[1].IndexOf("\",", StringComparison.Ordinal)].Replace("\"\"", "\"") : lines[1].Split(',')[0];
        Assert.Equal("'" + id, cell);
        Assert.StartsWith("plain,plain,", lines[2]);
    }

    [Fact]
    public void Email_and_id_columns_are_read_into_the_record()
    {
        var file = PersonCsv.Load("id,given_name,email,id_dcf,ID_State,notes\na1,Ana, ana@example.org ,D-17,,x\na2,Bo,,,CT-9,y\n", "p.csv");
        Assert.Empty(file.Problems);
        Assert.Contains(file.Notes, n => n.Contains("'notes' is not one Hartline reads"));
        Assert.Equal("ana@example.org", file.Records[0].Email);
        Assert.Equal(new[] { new PersonIdentifier("dcf", "D-17") }, file.Records[0].Identifiers!);
        Assert.Null(file.Records[1].Email);
        Assert.Equal(new[] { new PersonIdentifier("state", "CT-9") }, file.Records[1].Identifiers!);
    }

    [Theory]
    [InlineData("id,email\na1,n/a\n", "line 2, column email: 'n/a' is not an e-mail address")]
    [InlineData("id,id_dcf,id_dcf\na1,1,2\n", "line 1, column id_dcf: the column appears twice")]
    public async Task A_bad_email_or_a_repeated_id_column_exits_2(string csv, string message)
    {
        var (code, err) = await Dedupe(csv);
        Assert.Equal(2, code);
        Assert.Contains(message, err);
    }

    [Fact]
    public async Task The_output_is_refused_when_its_folder_is_missing_or_it_is_the_input()
    {
        await File.WriteAllTextAsync(Input, "id\na\n");
        var (code, err) = await CliRunner.Run("dedupe", "--input", Input, "--output", Path.Combine(_folder, "no", "such", "out.csv"));
        Assert.Equal(2, code);
        Assert.Contains("--output: there is no folder", err);
        (code, err) = await CliRunner.Run("dedupe", "--input", Input, "--output", Input);
        Assert.Equal(2, code);
        Assert.Contains("--output: is the input file", err);
    }
}
