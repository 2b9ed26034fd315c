using Hartline.Linkage;
using Hartline.Linkage.Model;

namespace Hartline.Tests.Linkage;

/// <summary>Every comparison level of every field, through the packed comparison vector.</summary>
public sealed class ComparisonLevelTests
{
    private static PersonRecord Person(string? given = "Maria", string? family = "Rodriguez", DateOnly? born = null, string? middle = null,
        string? sex = "F", string? address = null, string? city = null, string? postcode = null, string? phone = null) =>
        new("x", given, middle, family, born ?? new DateOnly(2007, 3, 14), sex, address, city, postcode, phone);

    private static string Level(PersonRecord a, PersonRecord b, int field) =>
        Fields.Levels[field][Fields.Level(PairComparer.Compare(new PreparedPerson(a), new PreparedPerson(b)), field)];

    [Theory]
    [InlineData("María", "MARIA", "exact")]
    [InlineData("William", "Bill", "nickname")]
    [InlineData("Jennifer", "Jenifer", "jaro-winkler>=0.92")]
    [InlineData("Lukas", "Lucks", "same-nysiis")]
    [InlineData("Yesenia", "Yeseina", "jaro-winkler>=0.92")]
    [InlineData("Eva", "Ana", "different")]
    [InlineData("Destiny", "Marcus", "different")]
    [InlineData(null, "Maria", "missing")]
    public void Given_name_levels(string? a, string? b, string expected) =>
        Assert.Equal(expected, Level(Person(given: a), Person(given: b), Fields.Given));

    [Theory]
    [InlineData("Smith", "Smith", "exact")]
    [InlineData("Gonzalez", "Gonzales", "jaro-winkler>=0.92")]
    [InlineData("Lukas", "Lucks", "same-nysiis")]
    [InlineData("Xiong", "Ziong", "edit-distance")]
    [InlineData("Santiago", "Santaigo", "jaro-winkler>=0.92")]
    [InlineData("Li", "Lia", "jaro-winkler>=0.85")]
    [InlineData("Cruz", "Walker", "different")]
    public void Family_name_levels(string a, string b, string expected) =>
        Assert.Equal(expected, Level(Person(family: a), Person(family: b), Fields.Family));

    [Fact]
    public void Family_names_have_no_nicknames() =>
        Assert.Equal("different", Level(Person(family: "William"), Person(family: "Bill"), Fields.Family));

    [Fact]
    public void Names_typed_into_each_others_boxes_are_compared_swapped()
    {
        var a = Person(given: "Lopez", family: "Maria");
        var b = Person(given: "Maria", family: "Lopez");
        Assert.Equal("swapped", Level(a, b, Fields.NameOrder));
        Assert.Equal("exact", Level(a, b, Fields.Given));
        Assert.Equal("exact", Level(a, b, Fields.Family));
        Assert.Equal("as-entered", Level(b, b, Fields.NameOrder));
        Assert.Equal("missing", Level(Person(given: null), b, Fields.NameOrder));
    }

    [Fact]
    public void Swapped_boxes_still_see_a_cut_double_family_name()
    {
        // "MOORE-CLARK, NICHOLE" typed into the wrong boxes, against "Nichole Moore".
        var a = Person(given: "Moore-Clark", family: "Nichole");
        var b = Person(given: "Nichole", family: "Moore");
        Assert.Equal("swapped", Level(a, b, Fields.NameOrder));
        Assert.Equal("nickname", Level(a, b, Fields.Given)); // level 2: a's given box shares a part with b's family name
        Assert.Equal("exact", Level(a, b, Fields.Family));
        // And the other way round: the double name is in b's given box.
        Assert.Equal("shares-part", Level(Person(given: "Nichole", family: "Moore"), Person(given: "Moore Clark", family: "Nichole"), Fields.Family));
    }

    [Fact]
    public void Swapped_boxes_still_see_a_nickname()
    {
        var a = Person(given: "Aponte", family: "Jennifer");
        var b = Person(given: "Jen", family: "Aponte");
        Assert.Equal("swapped", Level(a, b, Fields.NameOrder));
        Assert.Equal("exact", Level(a, b, Fields.Given));
        Assert.Equal("shares-part", Level(a, b, Fields.Family)); // level 2, the nickname's level in the family field
    }

    [Theory]
    [InlineData("2007-03-14", "2007-03-14", "exact")]
    [InlineData("2007-03-04", "2007-04-03", "day-month-swapped")]
    [InlineData("2007-03-14", "2007-03-15", "one-digit-off")]
    [InlineData("2009-03-14", "2010-03-14", "year-off-by-one")]
    [InlineData("2007-03-14", "2007-03-28", "within-31-days")]
    [InlineData("2007-03-14", "2007-09-28", "same-year")]
    [InlineData("2007-03-14", "2011-09-02", "different")]
    public void Birth_date_levels(string a, string b, string expected) =>
        Assert.Equal(expected, Level(Person(born: DateOnly.Parse(a)), Person(born: DateOnly.Parse(b)), Fields.BirthDate));

    [Theory]
    [InlineData("Ann", "ann", "exact")]
    [InlineData("A.", "Ann", "initial")]
    [InlineData("Ann", "Anne", "similar")]
    [InlineData("Ann", "Beatriz", "different")]
    public void Middle_name_levels(string a, string b, string expected) =>
        Assert.Equal(expected, Level(Person(middle: a), Person(middle: b), Fields.Middle));

    [Theory]
    [InlineData("F", "female", "same")]
    [InlineData("M", "F", "different")]
    [InlineData("unknown", "F", "missing")]
    public void Sex_levels(string a, string b, string expected) =>
        Assert.Equal(expected, Level(Person(sex: a), Person(sex: b), Fields.Sex));

    [Theory]
    [InlineData("06106", "06106-1234", "exact")]
    [InlineData("06106", "06120", "same-area")]
    [InlineData("06106", "10001", "different")]
    public void Postcode_levels(string a, string b, string expected) =>
        Assert.Equal(expected, Level(Person(postcode: a), Person(postcode: b), Fields.Postcode));

    [Theory]
    [InlineData("(860) 555-1234", "+1 860 5551234", "exact")]
    [InlineData("860 555 1234", "555 1284", "one-digit-off")]
    [InlineData("860 555 1234", "860 777 9876", "different")]
    [InlineData("1234", "860 555 1234", "missing")]
    public void Phone_levels(string a, string b, string expected) =>
        Assert.Equal(expected, Level(Person(phone: a), Person(phone: b), Fields.Phone));

    [Theory]
    [InlineData("12 Elm Street", "12 elm st.", "exact")]
    [InlineData("12 Elm Street Apt 4", "12 Elm St", "most-words")]
    [InlineData("12 Elm Street", "400 Elm Road", "some-word")]
    [InlineData("12 Elm Street", "7 Oak Avenue", "different")]
    public void Address_levels(string a, string b, string expected) =>
        Assert.Equal(expected, Level(Person(address: a), Person(address: b), Fields.Address));

    [Theory]
    [InlineData("Hartford", "HARTFORD", "exact")]
    [InlineData("Hartford", "Hartfrod", "similar")]
    [InlineData("Hartford", "Bridgeport", "different")]
    public void City_levels(string a, string b, string expected) =>
        Assert.Equal(expected, Level(Person(city: a), Person(city: b), Fields.City));

    [Fact]
    public void Comparing_prepared_records_allocates_nothing()
    {
        var a = new PreparedPerson(Person(given: "Lopez", family: "Maria", address: "12 Elm St", phone: "8605551234", postcode: "06106"));
        var b = new PreparedPerson(Person(given: "Maria", family: "Lopes", address: "12 Elm Street", phone: "8605551234", postcode: "06106"));
        var sink = 0L;
        for (var i = 0; i < 100; i++) sink += PairComparer.Compare(a, b);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++) sink += PairComparer.Compare(a, b);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.NotEqual(0, sink);
    }
}
