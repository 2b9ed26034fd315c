using System.Net;
using System.Text.Json;
using Hartline.Security.Audit;
using Hartline.Tests.Support;

namespace Hartline.Tests.Cases.Legal;

public sealed class LegalProtectionApiTests(HartlineApp app) : IClassFixture<HartlineApp>
{
    private static JsonElement Protection(JsonElement file, Guid id) =>
        file.GetProperty("protections").EnumerateArray().Single(p => p.GetProperty("id").GetGuid() == id);

    [Fact]
    public async Task A_protection_is_raised_then_decided_and_keeps_its_history()
    {
        var c = await LegalCase.CreateAsync(app);
        var defense = await c.CreatedAsync("/protections", new { kind = "AffirmativeDefense", on = "2024-01-10", courtOrAgency = "Hartford Juvenile Court" });
        Assert.Equal("Raised", Protection(await c.FileAsync(), defense).GetProperty("status").GetString());

        await c.CreatedAsync($"/protections/{defense}/steps", new { step = "accepted", on = "2024-02-01", note = "Charges dismissed" });
        var decided = Protection(await c.FileAsync(), defense);
        Assert.Equal("Accepted", decided.GetProperty("status").GetString());
        Assert.Equal("2024-02-01", decided.GetProperty("decidedOn").GetString());
        Assert.Equal(["Raised", "Accepted"], decided.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("step").GetString()));

        // Decided is decided: asking again is a new protection, so the history is never rewritten.
        var again = await c.RefusedAsync($"/protections/{defense}/steps", new { step = "Rejected", on = "2024-03-01" });
        Assert.Contains("already decided", again.First("step"));

        var vacatur = await c.CreatedAsync("/protections", new { kind = "Vacatur", on = "2024-02-05" });
        Assert.Equal("Requested", Protection(await c.FileAsync(), vacatur).GetProperty("status").GetString());
        var fund = await c.CreatedAsync("/protections", new { kind = "VictimCompensation", on = "2024-02-06" });
        await c.CreatedAsync($"/protections/{fund}/steps", new { step = "Awarded", on = "2024-04-01", amount = 1500.50m });
        var award = Protection(await c.FileAsync(), fund).GetProperty("steps")[1];
        Assert.Equal(1500.50m, award.GetProperty("amount").GetDecimal());
    }

    [Fact]
    public async Task A_bad_protection_names_the_field_and_saves_nothing()
    {
        var c = await LegalCase.CreateAsync(app);
        Assert.Contains("'Amnesty' is not a protection offered in Connecticut", (await c.RefusedAsync("/protections", new { kind = "Amnesty", on = "2024-01-10" })).First("kind"));
        Assert.Contains("is not a protection", (await c.RefusedAsync("/protections", new { kind = "1", on = "2024-01-10" })).First("kind")); // no numbers
        Assert.Equal("Enter the date it was raised, requested or applied for.", (await c.RefusedAsync("/protections", new { kind = "Vacatur" })).First("on"));
        Assert.Contains("cannot be in the future", (await c.RefusedAsync("/protections", new { kind = "Vacatur", on = DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-dd") })).First("on"));
        Assert.Contains("before the youth's date of birth", (await c.RefusedAsync("/protections", new { kind = "Vacatur", on = "2003-01-01" })).First("on"));
        Assert.Contains("at most 2,000", (await c.RefusedAsync("/protections", new { kind = "Vacatur", on = "2024-01-10", note = new string('x', 2001) })).First("note"));
        Assert.Contains("could not be read", (await c.RefusedAsync("/protections", new { kind = 5, on = "2024-01-10" })).First("kind"));

        var defense = await c.CreatedAsync("/protections", new { kind = "AffirmativeDefense", on = "2024-01-10" });
        Assert.Equal("'Granted' is not an outcome of 'Affirmative defense' in Connecticut: choose Accepted, Rejected or Withdrawn.",
            (await c.RefusedAsync($"/protections/{defense}/steps", new { step = "Granted", on = "2024-02-01" })).First("step"));
        Assert.Contains("only be given with an award", (await c.RefusedAsync($"/protections/{defense}/steps", new { step = "Accepted", on = "2024-02-01", amount = 10 })).First("amount"));
        Assert.Contains("before the protection was raised (2024-01-10)", (await c.RefusedAsync($"/protections/{defense}/steps", new { step = "Accepted", on = "2024-01-09" })).First("on"));
        Assert.Equal(HttpStatusCode.NotFound, (await c.PostAsync($"/protections/{Guid.NewGuid()}/steps", new { step = "Accepted", on = "2024-02-01" })).StatusCode);

        var file = await c.FileAsync();
        var only = Assert.Single(file.GetProperty("protections").EnumerateArray());
        Assert.Single(only.GetProperty("steps").EnumerateArray());
    }

    [Fact]
    public async Task Recording_and_reading_are_audited()
    {
        var c = await LegalCase.CreateAsync(app);
        var id = await c.CreatedAsync("/protections", new { kind = "TVisa", on = "2024-01-10" });
        var created = Assert.Single(await LegalCase.EventsAsync(app, e => e.EntityId == id.ToString()));
        Assert.Equal((AuditAction.Create, "LegalProtection", c.Owner.Id), (created.Action, created.EntityType, created.UserId));
        Assert.Contains("TVisa", created.Details);
        Assert.Single(await LegalCase.EventsAsync(app, e => e.EntityType == "LegalProtectionStep" && e.Details!.Contains(id.ToString())));

        var file = await c.FileAsync();
        var read = Assert.Single(await LegalCase.EventsAsync(app, e => e.Action == AuditAction.Read && e.EntityId == c.Id.ToString() && e.Purpose == "legal and justice"));
        Assert.Equal(c.Owner.Id, read.UserId);
        Assert.Single(await LegalCase.EventsAsync(app, e => e.Action == AuditAction.Read && e.EntityType == "Person" && e.Purpose == $"via case {c.Id} (legal and justice)"));
        Assert.True(file.GetProperty("mayEditProtections").GetBoolean());
    }
}
