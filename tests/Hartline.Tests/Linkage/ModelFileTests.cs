using System.Text.Json.Nodes;
using Hartline.Features.People.Deduplication;
using Hartline.Linkage;
using Hartline.Tests.Platform;
using Hartline.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hartline.Tests.Linkage;

/// <summary>
/// The batch model saved by dedupe --save-model and loaded by the registry run and the intake index: the same
/// scores after a round trip, and a clear refusal of a file that is missing or made for other fields or levels.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class ModelFileTests
{
    private readonly string _folder = Directory.CreateTempSubdirectory("model-file-").FullName;

    private string PathOf(string name) => Path.Combine(_folder, name);

    private static DedupeResult Estimate() => Deduplicator.Run(SyntheticPeople.Make(400, seed: 7).Records, new DedupeOptions());

    private string Save(LinkageModel model, string name = "model.json")
    {
        using (var stream = File.Create(PathOf(name))) ModelFile.Save(model, stream);
        return PathOf(name);
    }

    [Fact]
    public void A_loaded_model_scores_every_pair_exactly_as_the_saved_one()
    {
        var result = Estimate();
        Assert.True(result.Model.EmIterations > 0, "the model under test must be estimated, not the default");
        var loaded = ModelFile.Load(Save(result.Model));

        Assert.Equal(result.Model.DuplicatesPerRecord, loaded.DuplicatesPerRecord);
        Assert.Equal(result.Model.PopulationSize, loaded.PopulationSize);
        var records = SyntheticPeople.Make(400, seed: 7).Records;
        var compared = 0;
        for (var i = 0; i < records.Count; i += 7)
            for (var k = i + 1; k < records.Count; k += 13)
            {
                var (before, after) = (result.Model.Explain(records[i], records[k]), loaded.Explain(records[i], records[k]));
                Assert.Equal(before.MatchWeight, after.MatchWeight); // exact: doubles are saved shortest-round-trip
                Assert.Equal(before.Probability, after.Probability);
                Assert.Equal(before.Fields.Select(f => (f.Level, f.Weight, f.Description)), after.Fields.Select(f => (f.Level, f.Weight, f.Description)));
                compared++;
            }
        Assert.True(compared > 500);
        // The rare-name adjustment needs the saved name counts: a common name agreeing must weigh less than a rare one.
        Assert.Contains(loaded.Explain(records[0], records[0]).Fields, f => f.Description.Contains("name, "));
    }

    [Fact]
    public void Saving_one_model_twice_gives_one_file()
    {
        var model = Estimate().Model;
        Assert.Equal(File.ReadAllText(Save(model, "a.json")), File.ReadAllText(Save(model, "b.json")));
    }

    [Theory]
    [InlineData("level")]
    [InlineData("field")]
    [InlineData("version")]
    public void A_file_made_for_other_fields_levels_or_version_is_refused_with_a_message(string change)
    {
        var json = JsonNode.Parse(File.ReadAllText(Save(LinkageModel.Default)))!;
        var expected = change switch
        {
            "level" => "the field GivenName was saved with the levels",
            "field" => "was saved for the fields",
            _ => "version 99",
        };
        switch (change)
        {
            case "level": json["fields"]![0]!["levels"]![0]!["level"] = "identical"; break;
            case "field": json["fields"]!.AsArray().RemoveAt(1); break;
            default: json["version"] = 99; break;
        }
        File.WriteAllText(PathOf("changed.json"), json.ToJsonString());
        var e = Assert.Throws<ModelFileException>(() => ModelFile.Load(PathOf("changed.json")));
        Assert.Contains(expected, e.Message);
    }

    [Fact]
    public void Not_a_model_or_no_file_is_refused_with_a_message()
    {
        File.WriteAllText(PathOf("persons.csv"), "id,given_name\n");
        Assert.Contains("is not a linkage model saved by Hartline", Assert.Throws<ModelFileException>(() => ModelFile.Load(PathOf("persons.csv"))).Message);
        Assert.Contains("there is no model file", Assert.Throws<ModelFileException>(() => ModelFile.Load(PathOf("none.json"))).Message);
    }

    [Fact]
    public async Task Dedupe_saves_the_model_it_estimated_and_scores_with_a_saved_one()
    {
        var records = SyntheticPeople.Make(300, seed: 3).Records;
        var csv = "id,given_name,family_name,dob,sex\n" + string.Join('\n', records
            .Select(r => $"{r.Id},{r.GivenName},{r.FamilyName},{r.DateOfBirth:yyyy-MM-dd},{r.Sex}"));
        File.WriteAllText(PathOf("persons.csv"), csv);
        var (code, err) = await CliRunner.Run("dedupe", "--input", PathOf("persons.csv"), "--output", PathOf("a.csv"), "--save-model", PathOf("saved.json"));
        Assert.True(code == 0, err);
        var saved = ModelFile.Load(PathOf("saved.json"));
        Assert.Equal(records.Count, saved.PopulationSize);

        (code, err) = await CliRunner.Run("dedupe", "--input", PathOf("persons.csv"), "--output", PathOf("b.csv"), "--model", PathOf("saved.json"));
        Assert.True(code == 0, err);
        Assert.Contains("the saved model given with --model", err);
        // The same data, scored with the model estimated from it: the same clusters.
        Assert.Equal(File.ReadAllText(PathOf("a.csv")), File.ReadAllText(PathOf("b.csv")));

        (code, err) = await CliRunner.Run("dedupe", "--input", PathOf("persons.csv"), "--output", PathOf("c.csv"), "--model", PathOf("none.json"));
        Assert.Equal(2, code);
        Assert.Contains("--model: there is no model file", err);
        Assert.False(File.Exists(PathOf("c.csv")));
    }

    [Fact]
    public async Task The_registry_run_scores_with_the_model_given()
    {
        var db = TestDatabase.Create();
        Assert.Equal(0, (await CliRunner.Run("migrate", "--db", db.Setting)).Code);
        var path = Save(Estimate().Model);
        var (code, err) = await CliRunner.Run("dedupe", "--registry", "--db", db.Setting, "--model", path);
        Assert.True(code == 0, err);
        Assert.Contains("Model:            the model given with --model", err);
    }

    [Fact]
    public async Task The_app_uses_the_configured_model_and_serve_names_a_bad_setting()
    {
        LinkageModels With(string? file) => new(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [LinkageModels.Setting] = file }).Build());

        Assert.Same(LinkageModel.Default, With(null).ForIndex);
        var estimated = Estimate().Model;
        var configured = With(Save(estimated)).ForIndex;
        Assert.Equal(estimated.PopulationSize, configured.PopulationSize);
        Assert.Equal(estimated.Parameters.SelectMany(f => f.Levels), configured.Parameters.SelectMany(f => f.Levels));
        Assert.Throws<ModelFileException>(() => With(PathOf("missing.json")).ForIndex);
        // serve reads it at start, so a bad setting stops it with the setting named instead of failing an intake later.
        var check = new ModelFileCheck(With(PathOf("missing.json")), NullLogger<ModelFileCheck>.Instance);
        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => check.StartAsync(CancellationToken.None));
        Assert.StartsWith($"{LinkageModels.Setting}: there is no model file", e.Message);
        await new ModelFileCheck(With(null), NullLogger<ModelFileCheck>.Instance).StartAsync(CancellationToken.None);
    }
}
