extern alias bench;

using bench::Hartline.Bench.Linkage;
using Hartline.Linkage;

namespace Hartline.Tests.Linkage;

/// <summary>The messy profile: the clean records underneath, with the errors it claims, at about the rates it claims.</summary>
public sealed class MessyGeneratorTests
{
    private const int Size = 20_000;
    private static readonly LinkageDataset Clean = new PersonGenerator(42).Generate(Size);
    private static readonly LinkageDataset Messy = new PersonGenerator(42, GeneratorProfile.Messy).Generate(Size);

    [Fact]
    public void Is_reproducible_and_has_the_clean_profiles_truth()
    {
        var again = new PersonGenerator(42, GeneratorProfile.Messy).Generate(Size);
        Assert.Equal(Messy.Records.Select(LinkageCsv.Line), again.Records.Select(LinkageCsv.Line));
        Assert.Equal(Messy.Records.Select(LinkageCsv.HeldLine), again.Records.Select(LinkageCsv.HeldLine));
        // The messy errors come from their own stream: same persons, same copies, same truth.
        Assert.Equal(Clean.PersonOfRecord, Messy.PersonOfRecord);
        Assert.Equal(Clean.Records.Select(r => (r.Sex, r.Address, r.Phone)), Messy.Records.Select(r => (r.Sex, r.Address, r.Phone)));
        Assert.All(Clean.Records, r => Assert.True(r.Email is null && r.Identifiers is null));
    }

    [Fact]
    public void Blanks_names_and_dates_more_often_than_the_clean_profile()
    {
        Assert.InRange(Share(Messy, r => r.GivenName is null) - Share(Clean, r => r.GivenName is null), 0.08, 0.16);
        Assert.InRange(Share(Messy, r => r.FamilyName is null) - Share(Clean, r => r.FamilyName is null), 0.05, 0.12);
        Assert.InRange(Share(Messy, r => r.DateOfBirth is null), 0.07, 0.14);
        // The whole name typed into one box.
        Assert.InRange(Share(Messy, r => r.GivenName is null && r.FamilyName?.Contains(' ') == true), 0.01, 0.06);
    }

    [Fact]
    public void Shifts_dates_by_days_a_month_and_a_decade()
    {
        var shifts = Enumerable.Range(0, Size)
            .Where(i => Messy.Records[i].DateOfBirth is not null)
            .Select(i => Messy.Records[i].DateOfBirth!.Value.DayNumber - Messy.Persons[Messy.PersonOfRecord[i]].DateOfBirth.DayNumber)
            .ToArray();
        Assert.InRange(shifts.Count(d => Math.Abs(d) is >= 1 and <= 10) / (double)Size, 0.03, 0.08);
        Assert.InRange(shifts.Count(d => Math.Abs(d) is >= 28 and <= 35) / (double)Size, 0.02, 0.06);
        Assert.InRange(shifts.Count(d => Math.Abs(d) is >= 3650 and <= 3653) / (double)Size, 0.01, 0.04);
    }

    [Fact]
    public void Some_records_hold_emails_and_agency_numbers_some_with_slips()
    {
        Assert.InRange(Share(Messy, r => r.Email is not null), 0.15, 0.35);
        Assert.InRange(Share(Messy, r => r.Identifiers?.Any(i => i.Kind == "dcf") == true), 0.12, 0.30);
        Assert.InRange(Share(Messy, r => r.Identifiers?.Any(i => i.Kind == "sasid") == true), 0.05, 0.15);
        // One youth's copies disagree on the number now and then (a slip), but mostly agree.
        var byPerson = Enumerable.Range(0, Size).Where(i => Messy.Records[i].Identifiers?.Any(x => x.Kind == "dcf") == true)
            .GroupBy(i => Messy.PersonOfRecord[i])
            .Select(g => g.Select(i => Digits(Messy.Records[i].Identifiers!.First(x => x.Kind == "dcf").Value)).Distinct().Count())
            .Where(_ => true).ToArray();
        Assert.Contains(byPerson, distinct => distinct > 1);
        Assert.True(byPerson.Count(d => d == 1) > 0.9 * byPerson.Length);
    }

    private static string Digits(string value) => new([.. value.Where(char.IsAsciiDigit)]);

    private static double Share(LinkageDataset data, Func<PersonRecord, bool> predicate) =>
        data.Records.Count(predicate) / (double)data.Records.Count;
}
