extern alias bench;

using bench::Hartline.Bench.Linkage;

namespace Hartline.Tests.Linkage;

/// <summary>The linkage benchmark's generator: reproducible, truthful, and as messy as it claims.</summary>
public sealed class PersonGeneratorTests
{
    private static readonly LinkageDataset Data = new PersonGenerator(42).Generate(20_000);

    [Fact]
    public void Same_seed_gives_the_same_records_and_truth()
    {
        var again = new PersonGenerator(42).Generate(20_000);
        Assert.Equal(Data.Records, again.Records);
        Assert.Equal(Data.PersonOfRecord, again.PersonOfRecord);
        Assert.Equal(Data.Persons.Select(p => (p.Id, p.GivenName, p.FamilyName, p.DateOfBirth)),
            again.Persons.Select(p => (p.Id, p.GivenName, p.FamilyName, p.DateOfBirth)));
    }

    [Fact]
    public void Another_seed_gives_other_records()
    {
        var other = new PersonGenerator(43).Generate(2_000);
        Assert.NotEqual(Data.Records.Take(2_000), other.Records);
    }

    [Fact]
    public void Truth_names_one_real_person_for_every_record()
    {
        Assert.Equal(20_000, Data.Records.Count);
        Assert.Equal(Data.Records.Count, Data.PersonOfRecord.Count);
        for (var i = 0; i < Data.Records.Count; i++)
        {
            Assert.Equal(PersonGenerator.RecordId(i), Data.Records[i].Id);
            Assert.Equal(i, LinkageDataset.RecordIndex(Data.Records[i].Id));
            Assert.InRange(Data.PersonOfRecord[i], 0, Data.Persons.Count - 1);
        }
        Assert.Equal(Data.Records.Count, Data.Records.Select(r => r.Id).Distinct().Count());
        for (var p = 0; p < Data.Persons.Count; p++) Assert.Equal(p, Data.Persons[p].Index);

        // Every person has 1–4 records, and about 45% have only one.
        var histogram = Data.CopiesHistogram();
        Assert.InRange(histogram.Length, 1, 4);
        Assert.Equal(Data.Persons.Count, histogram.Sum());
        Assert.Equal(Data.Records.Count, histogram.Select((n, k) => n * (k + 1)).Sum());
        Assert.InRange((double)histogram[0] / Data.Persons.Count, 0.40, 0.50);
    }

    [Fact]
    public void A_record_stays_close_to_its_person()
    {
        for (var i = 0; i < Data.Records.Count; i++)
        {
            var r = Data.Records[i];
            var p = Data.Persons[Data.PersonOfRecord[i]];
            if (r.DateOfBirth is { } dob) Assert.InRange(Math.Abs(dob.DayNumber - p.DateOfBirth.DayNumber), 0, 3660);
            Assert.True(r.Sex is null || r.Sex == p.Sex);
            if (r.Postcode is not null) Assert.Matches("^06[0-9]{3}$", r.Postcode);
            if (r.Phone is not null) Assert.Matches("^(860|959|203|475)[0-9]{7}$", new string(r.Phone.Where(char.IsDigit).ToArray()));
        }
        foreach (var p in Data.Persons)
        {
            var age = PersonGenerator.ReferenceDay.Year - p.DateOfBirth.Year
                - (PersonGenerator.ReferenceDay < p.DateOfBirth.AddYears(PersonGenerator.ReferenceDay.Year - p.DateOfBirth.Year) ? 1 : 0);
            Assert.InRange(age, PersonGenerator.MinAge, PersonGenerator.MaxAge);
        }
    }

    [Fact]
    public void Copies_carry_each_kind_of_error()
    {
        int nicknames = 0, swappedDates = 0, otherYear = 0, missingDates = 0, accentsDropped = 0, halfFamily = 0, swappedNames = 0, moved = 0, typos = 0;
        for (var i = 0; i < Data.Records.Count; i++)
        {
            var r = Data.Records[i];
            var p = Data.Persons[Data.PersonOfRecord[i]];
            if (r.GivenName is { } given && NicknameVariants.For(p.GivenName).Any(n => string.Equals(n, given, StringComparison.OrdinalIgnoreCase))) nicknames++;
            if (r.DateOfBirth is { } dob && dob != p.DateOfBirth && dob == BirthDateErrors.SwapDayMonth(p.DateOfBirth)) swappedDates++;
            if (r.DateOfBirth is { } d && d.Month == p.DateOfBirth.Month && d.Day == p.DateOfBirth.Day && Math.Abs(d.Year - p.DateOfBirth.Year) == 1) otherYear++;
            if (r.DateOfBirth is null) missingDates++;
            if (Diacritics.HasAccents(p.FamilyName) && r.FamilyName == Diacritics.Strip(p.FamilyName)) accentsDropped++;
            if (p.FamilyParts.Count == 2 && p.FamilyParts.Contains(r.FamilyName)) halfFamily++;
            if (r.GivenName == p.FamilyName && r.FamilyName == p.GivenName) swappedNames++;
            if (r.Address is not null && r.Address != p.Home.Address && !r.Address.Contains("Street") && !r.Address.Contains("Avenue")) moved++;
            if (r.FamilyName is { } f && f.Length == p.FamilyName.Length + 1 && f.StartsWith(p.FamilyName[..1], StringComparison.Ordinal)) typos++;
        }
        // Each rate is a few percent of 20,000 records: hundreds expected, dozens is the floor.
        Assert.All(new[] { nicknames, swappedDates, otherYear, missingDates, accentsDropped, halfFamily, swappedNames, moved, typos },
            count => Assert.InRange(count, 30, 5_000));
    }

    [Fact]
    public void Spanish_and_common_names_are_common()
    {
        var families = Data.Persons.GroupBy(p => Diacritics.Strip(p.FamilyParts[0])).OrderByDescending(g => g.Count()).ToList();
        // Term frequency must matter: the commonest family names cover far more youth than the rare ones.
        Assert.InRange(families[0].Count() / (double)Data.Persons.Count, 0.005, 0.05);
        Assert.Contains(families.Take(10), g => g.Key is "Rodriguez" or "Rivera" or "Gonzalez");
        Assert.True(families.Count > 500);
        Assert.InRange(Data.Persons.Count(p => p.SpanishOrigin) / (double)Data.Persons.Count, 0.40, 0.50);
    }

    [Theory]
    [InlineData(Typos.Kind.Insert, 1)]
    [InlineData(Typos.Kind.Delete, -1)]
    [InlineData(Typos.Kind.Substitute, 0)]
    [InlineData(Typos.Kind.Transpose, 0)]
    public void A_typo_is_one_edit(Typos.Kind kind, int lengthChange)
    {
        var random = new Random(7);
        for (var i = 0; i < 200; i++)
        {
            var typed = Typos.Apply("Guadalupe", kind, random);
            Assert.Equal("Guadalupe".Length + lengthChange, typed.Length);
            if (kind == Typos.Kind.Substitute) Assert.Equal(1, typed.Zip("Guadalupe").Count(c => c.First != c.Second));
            // The case pattern stays in place (Guadalupe → Ugadalupe), so letters are compared without case.
            if (kind == Typos.Kind.Transpose) Assert.Equal("guadalupe".Order(), typed.ToLowerInvariant().Order());
        }
    }

    [Fact]
    public void Birth_date_errors_are_the_usual_ones()
    {
        Assert.Equal(new DateOnly(2010, 4, 3), BirthDateErrors.SwapDayMonth(new DateOnly(2010, 3, 4)));
        Assert.Equal(new DateOnly(2010, 3, 25), BirthDateErrors.SwapDayMonth(new DateOnly(2010, 3, 25))); // no 25th month
        var random = new Random(3);
        for (var i = 0; i < 100; i++)
        {
            var typed = BirthDateErrors.MistypeDigit(new DateOnly(2009, 6, 17), random);
            var differing = typed.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture)
                .Zip("20090617").Count(c => c.First != c.Second);
            Assert.Equal(1, differing);
        }
    }

    [Fact]
    public void Csv_has_the_dedupe_header_and_quotes_only_when_needed()
    {
        Assert.Equal("id,given_name,middle_name,family_name,dob,sex,address,city,postcode,phone", LinkageCsv.RecordsHeader);
        var line = LinkageCsv.Line(new Hartline.Linkage.PersonRecord("R1", "José", null, "O'Brien", new DateOnly(2010, 3, 4), "F",
            "12 Main St, Apt 3", "New Haven", "06511", "203-555-0100"));
        Assert.Equal("R1,José,,O'Brien,2010-03-04,F,\"12 Main St, Apt 3\",New Haven,06511,203-555-0100", line);
        Assert.Equal("\"say \"\"hi\"\"\"", LinkageCsv.Field("say \"hi\""));
    }
}
