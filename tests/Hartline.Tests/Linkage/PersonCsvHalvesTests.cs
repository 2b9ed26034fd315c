using System.Text;
using Hartline.Features.People.Deduplication;

namespace Hartline.Tests.Linkage;

/// <summary>A large file is read in two halves at once; what it reads, and every problem it reports, is the one-pass reading's.</summary>
public sealed class PersonCsvHalvesTests
{
    private static string File(int rows, Func<int, string?>? replace = null)
    {
        var text = new StringBuilder("id,given_name,family_name,dob,address,email\r\n");
        for (var i = 0; i < rows; i++)
            text.Append(replace?.Invoke(i) ?? (i % 7 == 3
                ? $"r{i},Ana,\"Ruiz, \"\"Jr\"\"\",2008-03-04,\"12 Elm St\nApt {i}\",ana{i}@example.org\r\n" // a quoted value over two lines
                : $"r{i},Kévin,Walker,2010-01-{1 + i % 28:D2},,\r\n"));
        return text.ToString();
    }

    private static string Describe(PersonFile file) =>
        string.Join("\n", file.Records.Select(r => $"{r.Id}|{r.GivenName}|{r.FamilyName}|{r.DateOfBirth}|{r.Address}|{r.Email}"))
        + $"\nproblems {file.ProblemCount}, malformed {file.MalformedRows}, repeated {file.RepeatedRows}\n"
        + string.Join("\n", file.Problems.Select(p => p.ToString()));

    [Fact]
    public void Two_halves_read_the_same_records_in_the_same_order_as_one_pass()
    {
        var text = File(400);
        var once = PersonCsv.Load(text, "p.csv", parallelFromChars: int.MaxValue);
        var halves = PersonCsv.Load(text, "p.csv", parallelFromChars: 1);
        Assert.Equal(400, once.Records.Count);
        Assert.Equal(Describe(once), Describe(halves));
    }

    [Fact]
    public void A_malformed_row_or_an_id_in_both_halves_gets_the_one_pass_messages()
    {
        // An unterminated quote late in the file, a bad date early, and an id repeated across the halves.
        var text = File(400, i => i switch
        {
            20 => "r20,Ana,Ruiz,2008-13-40,,\r\n",
            350 => "r350,\"Ana,Ruiz,2008-03-04,,\r\n",
            380 => "r5,Bo,Lee,2009-01-01,,\r\n",
            _ => null,
        });
        var once = PersonCsv.Load(text, "p.csv", parallelFromChars: int.MaxValue);
        var halves = PersonCsv.Load(text, "p.csv", parallelFromChars: 1);
        Assert.True(once.MalformedRows >= 3, Describe(once));
        Assert.Equal(Describe(once), Describe(halves));
    }

    [Fact]
    public void The_same_row_in_both_halves_is_read_once()
    {
        var text = File(400, i => i == 390 ? "r1,Kévin,Walker,2010-01-02,,\r\n" : null);
        var once = PersonCsv.Load(text, "p.csv", parallelFromChars: int.MaxValue);
        var halves = PersonCsv.Load(text, "p.csv", parallelFromChars: 1);
        Assert.Equal(1, once.RepeatedRows);
        Assert.Equal(Describe(once), Describe(halves));
    }
}
