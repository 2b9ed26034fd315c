using Hartline.Linkage;

namespace Hartline.Tests.Linkage;

public sealed class PersonIndexTests
{
    private static PersonIndex Registry()
    {
        var index = new PersonIndex(LinkageModel.Default);
        var (records, _) = SyntheticPeople.Make(500, seed: 11);
        foreach (var record in records) index.Add(record);
        index.Add(new PersonRecord("target", "Elizabeth", null, "Okafor", new DateOnly(2007, 3, 4), "F", "12 Elm St", "Hartford", "06106", null));
        return index;
    }

    [Theory]
    [InlineData("Elizabeth", "Okafro", "2007-03-04")] // misspelled family name
    [InlineData("Liz", "Okafor", "2007-03-04")]       // nickname
    [InlineData("Elizabeth", "Okafor", "2007-04-03")] // day and month swapped
    [InlineData("Okafor", "Elizabeth", "2007-03-04")] // name boxes swapped
    public void Finds_a_person_entered_with_a_slip(string given, string family, string born)
    {
        var index = Registry();
        var matches = index.Find(new PersonRecord("query", given, null, family, DateOnly.Parse(born), "F", null, null, null, null));
        Assert.NotEmpty(matches);
        Assert.Equal("target", matches[0].Id);
        Assert.True(matches[0].Probability >= 0.5);
        Assert.Equal(matches[0].Explanation.Probability, matches[0].Probability);
    }

    [Fact]
    public void Does_not_offer_a_different_person()
    {
        var index = Registry();
        var matches = index.Find(new PersonRecord("query", "Kevin", null, "Okafor", new DateOnly(2011, 9, 21), "M", null, null, null, null));
        Assert.DoesNotContain(matches, m => m.Id == "target");
    }

    [Fact]
    public void Stays_consistent_after_add_remove_and_replace()
    {
        var index = Registry();
        var count = index.Count;
        var query = new PersonRecord("query", "Liz", null, "Okafor", new DateOnly(2007, 3, 4), "F", null, null, null, null);

        index.Remove("target");
        Assert.Equal(count - 1, index.Count);
        Assert.DoesNotContain(index.Find(query), m => m.Id == "target");

        index.Add(new PersonRecord("target", "Elizabeth", null, "Okafor", new DateOnly(2007, 3, 4), "F", null, null, null, null));
        Assert.Equal("target", index.Find(query)[0].Id);

        // Adding the same Id again replaces the record: the old keys must not find it any more.
        index.Add(new PersonRecord("target", "Kevin", null, "Walker", new DateOnly(2010, 1, 2), "M", null, null, null, null));
        Assert.Equal(count, index.Count);
        Assert.DoesNotContain(index.Find(query), m => m.Id == "target");
        index.Remove("no-such-id");
        Assert.Equal(count, index.Count);
    }

    [Fact]
    public async Task Concurrent_readers_and_a_writer_do_not_interfere()
    {
        var index = Registry();
        var before = index.Count;
        var query = new PersonRecord("query", "Liz", null, "Okafor", new DateOnly(2007, 3, 4), "F", null, null, null, null);
        var writer = Task.Run(() =>
        {
            for (var i = 0; i < 500; i++)
            {
                index.Add(new PersonRecord($"w{i}", "Kevin", null, "Walker", new DateOnly(2010, 1, 1).AddDays(i), "M", null, null, null, null));
                if (i % 2 == 0) index.Remove($"w{i}");
            }
        });
        var readers = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            for (var i = 0; i < 300; i++) Assert.Equal("target", index.Find(query)[0].Id);
        })).ToArray();
        await Task.WhenAll([writer, .. readers]);
        Assert.Equal(before + 250, index.Count);
    }
}
