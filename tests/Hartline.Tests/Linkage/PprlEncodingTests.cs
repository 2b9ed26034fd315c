using Hartline.Linkage;
using Hartline.Linkage.Privacy;

namespace Hartline.Tests.Linkage;

/// <summary>Keyed Bloom-filter encodings: deterministic for a key, unrelated across keys, similar for similar records.</summary>
public sealed class PprlEncodingTests
{
    private static readonly LinkageKey Key = LinkageKey.FromBytes(Enumerable.Repeat((byte)1, 32).ToArray());
    private static readonly LinkageKey OtherKey = LinkageKey.FromBytes(Enumerable.Repeat((byte)2, 32).ToArray());
    private static readonly PersonRecord Ana = new("1", "Ana", null, "Rodríguez", new DateOnly(2009, 3, 4), "F", null, null, "06511", null);

    [Fact]
    public void Encoding_is_deterministic_for_a_key_and_differs_across_keys()
    {
        var a = new BloomEncoder(Key).Encode(Ana);
        Assert.Equal(a, new BloomEncoder(Key).Encode(Ana));
        Assert.Equal(a.ToBase64(), new BloomEncoder(LinkageKey.FromBytes(Enumerable.Repeat((byte)1, 32).ToArray())).Encode(Ana).ToBase64());
        var other = new BloomEncoder(OtherKey).Encode(Ana);
        Assert.NotEqual(a, other);
        Assert.True(BloomFilter.Dice(a, other) < 0.5, "another key must give unrelated bits");
        Assert.Equal(new BloomEncoder(Key).BlockKey(Ana), new BloomEncoder(Key).BlockKey(Ana));
        Assert.NotEqual(new BloomEncoder(Key).BlockKey(Ana), new BloomEncoder(OtherKey).BlockKey(Ana));
    }

    [Theory]
    [InlineData("Ana", "Rodriguez", "2009-03-04")]   // accent dropped
    [InlineData("Anna", "Rodríguez", "2009-03-04")]  // typo in the given name
    [InlineData("Ana", "Rodrígues", "2009-03-04")]   // typo in the family name
    [InlineData("Rodríguez", "Ana", "2009-03-04")]   // names swapped
    [InlineData("Ana", "Rodríguez", "2009-04-03")]   // day and month swapped
    [InlineData("ANA", "Rodríguez Rivera", "2009-03-04")] // capitals, second family name
    public void A_variant_of_the_same_youth_scores_high(string given, string family, string dob)
    {
        var variant = Ana with { GivenName = given, FamilyName = family, DateOfBirth = DateOnly.Parse(dob) };
        var encoder = new BloomEncoder(Key);
        Assert.InRange(BloomFilter.Dice(encoder.Encode(Ana), encoder.Encode(variant)), new PrivateLinkOptions().Threshold, 1.0);
    }

    [Fact]
    public void A_nickname_shares_its_group()
    {
        var encoder = new BloomEncoder(Key);
        var william = new PersonRecord("1", "William", null, "Smith", new DateOnly(2008, 5, 6), "M", null, null, null, null);
        Assert.InRange(BloomFilter.Dice(encoder.Encode(william), encoder.Encode(william with { GivenName = "Bill" })), 0.78, 1.0);
    }

    [Fact]
    public void Unrelated_youth_score_low()
    {
        var encoder = new BloomEncoder(Key);
        var other = new PersonRecord("2", "Jayden", null, "Miller", new DateOnly(2011, 10, 27), "M", null, null, "06040", null);
        Assert.InRange(BloomFilter.Dice(encoder.Encode(Ana), encoder.Encode(other)), 0.0, 0.5);
        // Same birth date and sex, different names: still well below the threshold.
        var twinDate = other with { DateOfBirth = Ana.DateOfBirth, Sex = "F", GivenName = "Chloe" };
        Assert.InRange(BloomFilter.Dice(encoder.Encode(Ana), encoder.Encode(twinDate)), 0.0, 0.65);
    }

    [Fact]
    public void Filters_round_trip_through_base64()
    {
        var filter = new BloomEncoder(Key).Encode(Ana);
        Assert.True(BloomFilter.TryFromBase64(filter.ToBase64(), out var back));
        Assert.Equal(filter, back);
        Assert.Equal(1024, back.Length);
        Assert.False(BloomFilter.TryFromBase64("not base64!", out _));
    }

    [Fact]
    public void A_key_needs_32_bytes_from_raw_or_base64()
    {
        Assert.Throws<LinkageKeyException>(() => LinkageKey.FromBytes(new byte[31]));
        Assert.Throws<LinkageKeyException>(() => LinkageKey.FromFileContents("c2hvcnQ="u8.ToArray()));
        var text = LinkageKey.NewKeyFileText();
        Assert.Equal(32, Convert.FromBase64String(text.Trim()).Length);
        var fromText = LinkageKey.FromFileContents(System.Text.Encoding.ASCII.GetBytes(text));
        var fromRaw = LinkageKey.FromBytes(Convert.FromBase64String(text.Trim()));
        Assert.Equal(new BloomEncoder(fromRaw).Encode(Ana), new BloomEncoder(fromText).Encode(Ana));
        Assert.NotEqual(LinkageKey.NewKeyFileText(), text);
    }

    [Fact]
    public void Report_suppresses_small_cells_but_not_zero()
    {
        var report = OverlapReport.Count(["DCF", "DCF", "Police", "Police", "Hospital"], [0, 1, 1, 2, 3]);
        Assert.Equal(4, report.DistinctYouth);
        Assert.Equal(1, report.YouthPerCombination["DCF+Police"]);
        var json = report.ToJson(minCell: 3);
        Assert.Contains("\"DCF+Police\": \"<3\"", json);
        Assert.Contains("\"distinct_youth\": 4", json);
        Assert.Contains("\"DCF\": \"<3\"", json); // records_per_agency: 2 records is a small cell too
        Assert.Contains("\"DCF\": 2", report.ToJson(minCell: 0));
        Assert.Contains("\"DCF+Police\": 1", report.ToJson(minCell: 0));
    }
}
