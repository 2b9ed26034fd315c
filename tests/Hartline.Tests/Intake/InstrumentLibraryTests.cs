using System.Text.Json.Nodes;
using Hartline.Features.Intake.Screening;

namespace Hartline.Tests.Intake;

public sealed class InstrumentLibraryTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "hartline-instruments-" + Guid.NewGuid().ToString("N"));

    public InstrumentLibraryTests() => Directory.CreateDirectory(folder);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void The_shipped_instruments_load_and_validate()
    {
        var library = new InstrumentLibrary();

        var brief = library.Find("brief-intake-screen", 1);
        var full = library.Find("full-assessment", 1);
        Assert.NotNull(brief);
        Assert.NotNull(full);
        Assert.Contains(library.Latest("brief-intake-screen"), library.Current);
        Assert.Null(library.Find("brief-intake-screen", 0));
        Assert.Null(library.Latest("cse-it"));

        Assert.InRange(brief.Domains.Count, 3, 4);
        Assert.InRange(brief.Items.Count, 10, 12);
        Assert.InRange(full.Domains.Count, 6, 8);
        Assert.InRange(full.Items.Count, 28, 36);
        Assert.Equal(["concern", "yes-no-unknown"], full.Scales.Select(s => s.Code));
        Assert.Equal("yes-no-unknown", full.ScaleOf(full.FindItem("HC1")!).Code);
        foreach (var instrument in library.All)
        {
            Assert.Contains("not a determination", instrument.Guidance);
            Assert.Equal(0, instrument.Scoring.Bands[^1].Level);
        }
    }

    [Fact]
    public void Current_is_the_latest_version_of_each_code_and_old_versions_stay_findable()
    {
        Write(Valid(), "brief-test.v1.json");
        var v2 = Valid();
        v2["version"] = 2;
        v2["title"] = "Brief test, second version";
        Write(v2, "brief-test.v2.json");

        var library = new InstrumentLibrary(folder);

        Assert.Equal(["brief-test.v1", "brief-test.v2"], library.All.Select(i => i.Key));
        Assert.Equal("brief-test.v2", Assert.Single(library.Current).Key);
        Assert.Equal(2, library.Latest("brief-test")!.Version);
        Assert.Equal(1, library.Find("brief-test", 1)!.Version);
    }

    [Theory]
    [InlineData("unknown scale", "$.domains[0].items[1].scale", "'concern-5' is not defined")]
    [InlineData("duplicate item code", "$.domains[1].items[0].code", "'A1' is already used at $.domains[0].items[0]")]
    [InlineData("bad domain reference", "$.scoring.bands[0].when[0].domains[0]", "no domain 'exploitaton'")]
    [InlineData("bad item reference", "$.scoring.bands[1].when[0].items[0]", "no item 'Z9'")]
    [InlineData("default band with conditions", "$.scoring.bands[2].when", "the last band is the default")]
    [InlineData("band without conditions before the last", "$.scoring.bands[0].when", "only the last band may have no conditions")]
    [InlineData("level out of range", "$.scoring.bands[0].level", "3 must be 0")]
    [InlineData("no bands", "$.scoring.bands", "at least one band")]
    [InlineData("both tests in one condition", "$.scoring.bands[0].when[0]", "exactly one of 'totalAtLeast' and 'ratedAtLeast'")]
    [InlineData("unreachable total", "$.scoring.bands[0].when[1].totalAtLeast", "the items in scope add up to at most 8")]
    [InlineData("file named for another version", "$", "must be named 'brief-test.v7.json'")]
    [InlineData("misspelt property", "$.domains[0].items[0]", "critcal")]
    [InlineData("missing text", "$.domains[0].items[0]", "text")]
    public void An_invalid_file_is_refused_naming_the_file_path_and_problem(string problem, string jsonPath, string fragment)
    {
        var json = Valid();
        var items0 = json["domains"]![0]!["items"]!.AsArray();
        var bands = json["scoring"]!["bands"]!.AsArray();
        switch (problem)
        {
            case "unknown scale": items0[1]!["scale"] = "concern-5"; break;
            case "duplicate item code": json["domains"]![1]!["items"]![0]!["code"] = "A1"; break;
            case "bad domain reference": bands[0]!["when"]![0]!["domains"] = new JsonArray("exploitaton"); break;
            case "bad item reference": bands[1]!["when"]![0]!["items"] = new JsonArray("Z9"); break;
            case "default band with conditions": bands[2]!["when"] = JsonNode.Parse("""[{ "totalAtLeast": 1 }]"""); break;
            case "band without conditions before the last": bands[0]!.AsObject().Remove("when"); break;
            case "level out of range": bands[0]!["level"] = 3; break;
            case "no bands": bands.Clear(); break;
            case "both tests in one condition": bands[0]!["when"]![0]!["totalAtLeast"] = 2; break;
            case "unreachable total": bands[0]!["when"]!.AsArray().Add(JsonNode.Parse("""{ "totalAtLeast": 9 }""")); break;
            case "file named for another version": json["version"] = 7; break;
            case "misspelt property": items0[0]!["critcal"] = true; break;
            case "missing text": items0[0]!.AsObject().Remove("text"); break;
            default: throw new ArgumentOutOfRangeException(nameof(problem));
        }
        Write(json, "brief-test.v1.json");

        var e = Assert.Throws<InvalidDataException>(() => new InstrumentLibrary(folder));

        Assert.Contains("brief-test.v1.json", e.Message);
        Assert.Contains(jsonPath, e.Message);
        Assert.Contains(fragment, e.Message);
    }

    [Fact]
    public void Every_problem_in_a_file_is_listed_not_just_the_first()
    {
        var json = Valid();
        json["domains"]![0]!["items"]![1]!["scale"] = "nope";
        json["domains"]![1]!["title"] = " ";

        var e = Assert.Throws<InvalidDataException>(() => Load(json));

        Assert.Contains("$.domains[0].items[1].scale", e.Message);
        Assert.Contains("$.domains[1].title: must not be empty", e.Message);
    }

    [Fact]
    public void Comments_are_allowed_and_broken_json_names_the_file()
    {
        File.WriteAllText(Path.Combine(folder, "brief-test.v1.json"), "// a comment\n" + Valid().ToJsonString());
        Assert.Single(new InstrumentLibrary(folder).All);

        File.WriteAllText(Path.Combine(folder, "broken.v1.json"), """{ "code": "broken", """);
        var e = Assert.Throws<InvalidDataException>(() => new InstrumentLibrary(folder));
        Assert.Contains("broken.v1.json", e.Message);
    }

    private ScreeningInstrument Load(JsonObject json)
    {
        Write(json, "brief-test.v1.json");
        return InstrumentLibrary.Load(Path.Combine(folder, "brief-test.v1.json"));
    }

    private void Write(JsonObject json, string fileName) => File.WriteAllText(Path.Combine(folder, fileName), json.ToJsonString());

    /// <summary>A small, valid instrument that each test breaks in one way.</summary>
    internal static JsonObject Valid() => JsonNode.Parse("""
        {
          "code": "brief-test", "version": 1, "title": "Test screen", "purpose": "Testing.", "audience": "Tests.",
          "guidance": "A screen is not a determination.",
          "scales": [ { "code": "concern", "options": [ { "value": 0, "label": "No concern" },
                        { "value": 1, "label": "Possible concern" }, { "value": 2, "label": "Clear concern" } ] } ],
          "domains": [
            { "code": "home", "title": "Home", "guidance": "Where they live.", "items": [
              { "code": "A1", "text": "First home item.", "guidance": "Look.", "scale": "concern" },
              { "code": "A2", "text": "Second home item.", "guidance": "Look.", "scale": "concern" } ] },
            { "code": "exploitation", "title": "Signs of exploitation", "guidance": "Signs.", "items": [
              { "code": "B1", "text": "First sign.", "guidance": "Look.", "scale": "concern", "critical": true },
              { "code": "B2", "text": "Second sign.", "guidance": "Look.", "scale": "concern" } ] }
          ],
          "scoring": { "bands": [
            { "code": "clear", "label": "Clear concern", "level": 2, "when": [ { "ratedAtLeast": 2, "domains": ["exploitation"] } ] },
            { "code": "possible", "label": "Possible concern", "level": 1, "when": [ { "ratedAtLeast": 1 } ] },
            { "code": "none", "label": "No concern identified", "level": 0 }
          ] }
        }
        """)!.AsObject();
}
