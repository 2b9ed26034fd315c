using System.Net;
using Hartline.Jurisdictions;
using Hartline.Security;
using Hartline.Tests.Support;

namespace Hartline.Tests.Cases.Legal;

/// <summary>
/// Every rule of the jurisdiction file says who checked it against the law and when. The Administrator sees
/// that, rule by rule; a worker never reads a rule nobody checked as if it were law, nor a marker like "[unverified]".
/// </summary>
public sealed class LegalReviewTests(HartlineApp app) : IClassFixture<HartlineApp>
{
    private static readonly Jurisdiction Connecticut = Jurisdiction.Load("connecticut");

    [Fact]
    public void Every_connecticut_rule_is_either_checked_by_someone_on_a_date_or_says_what_is_left_to_check()
    {
        var rules = Connecticut.LegalNotices.Select(n => (n.Title, n.Reviewed, n.ToCheck))
            .Concat(Connecticut.Justice.Protections.Select(p => (Title: p.Name, p.Reviewed, p.ToCheck)))
            .Concat(Connecticut.Justice.Offenses.Select(o => (Title: o.Name, o.Reviewed, o.ToCheck))).ToList();
        Assert.All(rules, r => Assert.True(r.Reviewed is { By.Length: > 0 } || r.ToCheck is { Length: > 0 }, r.Title));
        // The victim compensation citation could not be checked in a public source: it is not marked as checked.
        Assert.Null(Connecticut.Justice.Protection(ProtectionKind.VictimCompensation)!.Reviewed);
        Assert.Equal(new DateOnly(2026, 11, 21), Connecticut.Justice.Protection(ProtectionKind.AffirmativeDefense)!.Reviewed!.On);
    }

    [Fact]
    public async Task A_worker_reads_unchecked_guidance_with_a_warning_in_words_and_never_a_marker()
    {
        var c = await LegalCase.CreateAsync(app);
        var page = Forms.Html(await c.Client.GetStringAsync(c.Page));
        var text = page.Body!.TextContent + string.Join(" ", page.QuerySelectorAll("option").Select(o => o.TextContent));
        Assert.DoesNotContain("unverified", text, StringComparison.OrdinalIgnoreCase);
        var compensation = page.QuerySelectorAll("dl.legal-options dd").Single(d => d.TextContent.Contains("§ 54-201")).TextContent;
        Assert.Contains("not yet checked against the law: check with counsel before relying on it", compensation);
        var defense = page.QuerySelectorAll("dl.legal-options dd").Single(d => d.TextContent.Contains("§ 53a-192a(b)")).TextContent;
        Assert.DoesNotContain("not yet checked", defense);
        // checked by the maintainers, who are not lawyers: the worker is told so, not left to think counsel reviewed it
        Assert.Contains("read against the law by people who are not lawyers: check with counsel before relying on it", defense);
        Assert.Contains("Risk of injury to a child (C.G.S. § 53-21) — not yet checked against the law",
            page.QuerySelectorAll("#NewCharge_Offense option").Select(o => o.TextContent));
    }

    [Fact]
    public async Task The_administrator_sees_who_checked_each_rule_and_what_is_left_and_nobody_else_does()
    {
        var admin = await app.World.User(Roles.Administrator, await app.World.Agency("HART"));
        var page = Forms.Html(await (await app.World.SignedIn(admin)).GetStringAsync("/Admin/Legal"));
        var rows = page.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(rows, r => r.Contains("Affirmative defense") && r.Contains("by Hartline maintainers (not lawyers) on 2026-11-21"));
        Assert.Contains(rows, r => r.Contains("Victim compensation") && r.Contains("Not yet checked") && r.Contains("§ 54-201 and following"));
        var notChecked = Connecticut.LegalNotices.Count(n => n.Reviewed is null) + Connecticut.Justice.Protections.Count(p => p.Reviewed is null)
                        + Connecticut.Justice.Offenses.Count(o => o.Reviewed is null);
        Assert.Contains($"{notChecked} rules are not yet checked", page.Body!.TextContent);

        var worker = await app.World.User(Roles.Investigator, await app.World.Agency());
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.World.SignedIn(worker)).GetAsync("/Admin/Legal")).StatusCode);
    }

    [Theory]
    [InlineData("\"basis\": \"Example Code § 1-101 (fictional)\"", "\"basis\": \"Example Code § 1-101 [unverified]\"", "say what is still to check in 'toCheck'")]
    [InlineData("\"note\": \"Fictional example.\"", "\"note\": \"Fictional example.\", \"reviewed\": { \"by\": \"\", \"on\": \"2026-01-01\" }", "reviewed needs 'by' and 'on'")]
    public void A_file_that_marks_guidance_in_its_text_or_names_no_reviewer_is_refused(string find, string replace, string message)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Jurisdictions");
        var text = File.ReadAllText(Path.Combine(folder, "example-state.json"));
        Assert.Contains(find, text);
        var name = $"review-{Guid.NewGuid():N}"[..20];
        var path = Path.Combine(folder, name + ".json");
        File.WriteAllText(path, text.Replace(find, replace));
        try
        {
            Assert.Contains(message, Assert.Throws<InvalidDataException>(() => Jurisdiction.Load(name)).Message);
        }
        finally { File.Delete(path); }
    }
}
