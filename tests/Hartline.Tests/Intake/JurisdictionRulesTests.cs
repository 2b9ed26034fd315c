using Hartline.Jurisdictions;

namespace Hartline.Tests.Intake;

/// <summary>The legal rules are data: the same referral gets different notices under another state's file.</summary>
public sealed class JurisdictionRulesTests
{
    private static readonly Jurisdiction Connecticut = Jurisdiction.Load("connecticut");
    private static readonly Jurisdiction Example = Jurisdiction.Load("example-state");

    private static IEnumerable<string> Codes(Jurisdiction j, NoticeFacts facts) => LegalNotices.For(j, facts).Select(n => n.Code);

    [Fact]
    public void A_minor_arrested_for_prostitution_gets_connecticuts_warning_and_the_example_states_diversion()
    {
        var facts = new NoticeFacts(IsMinor: true, Source: "law-enforcement", ArrestedForProstitution: true, HasCarelineNumber: true,
            Determination: null, Exploitation: "Sex");
        Assert.Contains("no-prostitution-arrest-of-minors", Codes(Connecticut, facts));
        Assert.True(LegalNotices.For(Connecticut, facts).First().IsWarning); // warnings come first
        Assert.Equal(["diversion-of-minors"], Codes(Example, facts));
    }

    [Fact]
    public void Adults_get_none_of_the_child_notices()
    {
        var facts = new NoticeFacts(false, "law-enforcement", true, true, "ConfirmedVictim", "Sex");
        Assert.Empty(Codes(Connecticut, facts));
    }

    [Fact]
    public void A_possible_child_victim_hears_of_uncared_for_the_defense_vacatur_and_the_mdt()
    {
        var facts = new NoticeFacts(true, "careline", false, true, "PossibleVictim", "Sex");
        Assert.Equal(["uncared-for", "affirmative-defense-and-vacatur", "mdt"], Codes(Connecticut, facts).Order().Reverse().OrderBy(c => c == "mdt").ToList());
    }

    [Fact]
    public void The_mandated_report_reminder_goes_once_the_number_is_recorded()
    {
        Assert.Contains("mandated-report", Codes(Connecticut, new NoticeFacts(null, "school", false, false, null, "Unknown")));
        Assert.DoesNotContain("mandated-report", Codes(Connecticut, new NoticeFacts(null, "school", false, true, null, "Unknown")));
    }

    [Fact]
    public void The_example_file_is_marked_as_an_example_and_has_its_own_categories()
    {
        Assert.True(Example.IsExample);
        Assert.False(Connecticut.IsExample);
        Assert.Contains("example", Example.Name, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Example.Regions, r => Connecticut.Regions.Any(c => c.Code == r.Code));
        Assert.Equal(21, Example.MaxAgeAtReferral);
    }

    [Fact]
    public void A_notice_naming_an_unknown_source_is_refused_with_the_file_and_place()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Jurisdictions");
        var text = File.ReadAllText(Path.Combine(folder, "example-state.json")).Replace("\"law-enforcement\" }", "\"law-enforcement\" }").Replace("\"minor\": [\"yes\"], \"arrestedForProstitution\": true", "\"minor\": [\"yes\"], \"sources\": [\"carrier-pigeon\"]");
        var name = $"broken-{Guid.NewGuid():N}";
        File.WriteAllText(Path.Combine(folder, name + ".json"), text);
        try
        {
            var e = Assert.Throws<InvalidDataException>(() => Jurisdiction.Load(name));
            Assert.Contains("legalNotices[1]", e.Message);
            Assert.Contains("carrier-pigeon", e.Message);
        }
        finally { File.Delete(Path.Combine(folder, name + ".json")); }
    }
}
