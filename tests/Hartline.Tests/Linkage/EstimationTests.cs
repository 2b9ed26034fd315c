using Hartline.Linkage;

namespace Hartline.Tests.Linkage;

public sealed class EstimationTests
{
    private static LevelParameters Level(LinkageModel model, string field, string level) =>
        model.Parameters.Single(f => f.Field == field).Levels.Single(l => l.Level == level);

    [Fact]
    public void EM_converges_and_recovers_m_above_u_for_names_and_birth_date()
    {
        var (records, _) = SyntheticPeople.Make(1700, seed: 3);
        Assert.InRange(records.Count, 1900, 2200);
        var result = Deduplicator.Run(records, new DedupeOptions { Seed = 1 });
        var model = result.Model;

        Assert.InRange(result.Stats.EmIterations, 2, 199); // converged before the iteration limit
        foreach (var field in new[] { "GivenName", "FamilyName", "DateOfBirth" })
        {
            var exact = Level(model, field, "exact");
            Assert.True(exact.M > 0.3, $"{field}: m = {exact.M}");
            Assert.True(exact.M > 10 * exact.U, $"{field}: m = {exact.M}, u = {exact.U}");
            var different = Level(model, field, "different");
            Assert.True(different.M < different.U, $"{field}: different m = {different.M}, u = {different.U}");
        }
        // About one record in ten has a second copy.
        Assert.InRange(model.DuplicatesPerRecord, 0.03, 0.4);
    }

    [Fact]
    public void The_same_input_and_seed_give_the_same_model()
    {
        var (records, _) = SyntheticPeople.Make(600, seed: 5);
        var first = Deduplicator.Run(records, new DedupeOptions { Seed = 9 }).Model;
        var second = Deduplicator.Run(records, new DedupeOptions { Seed = 9, MaxDegreeOfParallelism = 1 }).Model;
        Assert.Equal(first.PairPrior, second.PairPrior);
        Assert.Equal(Level(first, "GivenName", "exact"), Level(second, "GivenName", "exact"));
    }

    [Fact]
    public void A_common_family_name_agreeing_weighs_less_than_a_rare_one()
    {
        var records = new List<PersonRecord>();
        for (var i = 0; i < 300; i++)
            records.Add(new PersonRecord($"s{i}", $"Given{(char)('a' + i % 26)}{(char)('a' + i / 26)}", null, "Smith",
                new DateOnly(2005, 1, 1).AddDays(i * 7), null, null, null, null, null));
        records.Add(new PersonRecord("o1", "Ana", null, "Okonkwo", new DateOnly(2008, 5, 6), null, null, null, null, null));
        var model = Deduplicator.Run(records, new DedupeOptions()).Model;

        var smith = model.Explain(records[0], records[0] with { Id = "s-copy" }).Fields.Single(f => f.Field == "FamilyName");
        var okonkwo = model.Explain(records[^1], records[^1] with { Id = "o-copy" }).Fields.Single(f => f.Field == "FamilyName");
        Assert.Equal("exact", smith.Level);
        Assert.True(smith.Weight < okonkwo.Weight, $"smith {smith.Weight}, okonkwo {okonkwo.Weight}");
        Assert.Contains("common name", smith.Description);
    }
}
