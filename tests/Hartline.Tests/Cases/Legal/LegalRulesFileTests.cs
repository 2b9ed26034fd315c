using Hartline.Features.Cases.Legal;
using Hartline.Jurisdictions;

namespace Hartline.Tests.Cases.Legal;

/// <summary>The justice section of each state file agrees with the workflow, and a broken one is refused at load.</summary>
public sealed class LegalRulesFileTests
{
    [Theory]
    [InlineData("connecticut")]
    [InlineData("example-state")]
    public void Every_outcome_a_state_allows_is_one_the_workflow_knows(string state)
    {
        var rules = Jurisdiction.Load(state).Justice;
        Assert.NotEmpty(rules.Protections);
        foreach (var p in rules.Protections)
            Assert.Equal(p.Outcomes.Order(), ProtectionWorkflow.AllowedOutcomes(p).Order());
    }

    [Fact]
    public void Connecticut_offers_the_protections_of_seed_002_and_classes_abuse_of_a_minor_by_age()
    {
        var rules = Jurisdiction.Load("connecticut").Justice;
        foreach (var kind in new[] { ProtectionKind.AffirmativeDefense, ProtectionKind.Vacatur, ProtectionKind.UncaredForClassification,
                     ProtectionKind.TVisa, ProtectionKind.ContinuedPresence, ProtectionKind.VictimCompensation })
            Assert.NotNull(rules.Protection(kind));
        var bands = rules.Offense("53a-83b")!.ClassByVictimAge!;
        Assert.Equal([(0, 15, "Class A felony"), (15, 18, "Class B felony")], bands.Select(b => (b.FromAge ?? 0, b.UnderAge, b.Class)));
    }

    [Theory]
    [InlineData("\"underAge\": 16,", "\"underAge\": 14,", "classByVictimAge[1] must start at age 14")]
    [InlineData("\"protectionNotices\": [\"diversion-of-minors\"]", "\"protectionNotices\": [\"no-such-notice\"]", "'no-such-notice'")]
    [InlineData("\"outcomes\": [\"Accepted\", \"Rejected\"]", "\"outcomes\": []", "outcomes must list")]
    public void A_broken_justice_section_is_refused_with_the_place_named(string find, string replace, string message)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Jurisdictions");
        var text = File.ReadAllText(Path.Combine(folder, "example-state.json"));
        Assert.Contains(find, text);
        var name = $"broken-legal-{Guid.NewGuid():N}"[..24];
        var path = Path.Combine(folder, name + ".json");
        File.WriteAllText(path, text.Replace(find, replace));
        try
        {
            var e = Assert.Throws<InvalidDataException>(() => Jurisdiction.Load(name));
            Assert.Contains(message, e.Message);
        }
        finally { File.Delete(path); }
    }
}
