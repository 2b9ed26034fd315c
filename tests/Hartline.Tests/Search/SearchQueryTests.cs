using Hartline.Features.Search;

namespace Hartline.Tests.Search;

public sealed class SearchQueryTests
{
    [Theory]
    [InlineData("Jasmin Rivera", "Jasmin", "Rivera", null)]
    [InlineData("Rivera, Jasmin", "Jasmin", "Rivera", null)]
    [InlineData("  Jasmin   Maria  Rivera ", "Jasmin", "Rivera", null)]
    [InlineData("Rivera 5/12/2009", "Rivera", null, "2009-05-12")]
    [InlineData("12 May 2009 Jasmin", "Jasmin", null, "2009-05-12")]
    [InlineData("O'Brien-Díaz", "O'Brien-Díaz", null, null)]
    public void Names_and_a_date_are_read_from_what_was_typed(string typed, string first, string? second, string? dob)
    {
        var q = SearchQuery.Read(typed);
        Assert.Null(q.Problem);
        Assert.Equal(first, q.FirstName);
        Assert.Equal(second, q.SecondName);
        Assert.Equal(dob is null ? null : DateOnly.Parse(dob), q.DateOfBirth);
    }

    [Fact]
    public void A_link_or_id_and_a_number_are_recognised()
    {
        var id = Guid.NewGuid();
        Assert.Equal(id, SearchQuery.Read($"http://x/Cases/{id}/Team").RecordId);
        var q = SearchQuery.Read("CL-2019-0042");
        Assert.Equal("CL-2019-0042", q.Number);
        Assert.Null(q.FirstName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("J")]
    [InlineData("é")]
    [InlineData("!!")]
    [InlineData("\u0000\u0007")]
    public void Too_little_to_search_is_refused_in_words(string typed)
    {
        var q = SearchQuery.Read(typed);
        Assert.NotNull(q.Problem);
        Assert.Null(q.FirstName);
    }

    [Fact]
    public void Five_thousand_characters_are_refused_not_searched() =>
        Assert.Contains("at most 200", SearchQuery.Read(new string('a', 5000)).Problem);
}
