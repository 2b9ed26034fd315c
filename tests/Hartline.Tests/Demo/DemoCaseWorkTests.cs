using Hartline.Features.Admin;
using Hartline.Features.Cases;
using Hartline.Features.Demo;
using Hartline.Features.Mdt;
using Hartline.Security;
using Hartline.Tests.Home;
using Hartline.Tests.Reports;
using Hartline.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hartline.Tests.Demo;

/// <summary>
/// A lived-in demo: the cases a newcomer opens first (the newest, and those on the demo MDTs' agendas) show
/// on every tab what it is for, each part written by whoever would write it.
/// </summary>
public sealed class DemoCaseWorkTests(DemoApp app) : IClassFixture<DemoApp>
{
    private World World => app.World;

    private Task<Agency> DemoAgencyAsync(string name) => app.WithScope(async sp =>
        await sp.GetRequiredService<Hartline.Data.HartlineDb>().Agencies.SingleAsync(a => a.Name == name));

    private Task<List<Guid>> FirstSeenCasesAsync() => app.WithScope(async sp =>
    {
        var db = sp.GetRequiredService<Hartline.Data.HartlineDb>();
        var newest = await db.Cases.Where(c => c.Status != CaseStatus.Closed).OrderByDescending(c => c.OpenedOn).ThenBy(c => c.Id)
            .Take(DemoCaseWork.MostRecent).Select(c => c.Id).ToListAsync();
        var agendas = await db.Set<AgendaItem>().Select(a => a.CaseId).Distinct().ToListAsync();
        Assert.NotEmpty(agendas);
        return newest.Union(agendas).ToList();
    });

    [Fact]
    public async Task Every_tab_of_the_cases_a_newcomer_opens_first_shows_what_it_is_for()
    {
        var dcf = await DemoAgencyAsync("DCF – Department of Children and Families");
        var worker = await World.SignedIn(await World.User(Roles.Investigator, dcf));
        foreach (var id in await FirstSeenCasesAsync())
        {
            var notes = Forms.Html(await worker.GetStringAsync($"/Cases/{id}/Notes"));
            Assert.NotEmpty(notes.QuerySelectorAll("article.note.level-team"));
            Assert.NotEmpty(notes.QuerySelectorAll("article.note.level-restricted"));
            Assert.Empty(notes.QuerySelectorAll("article.note.level-privileged")); // the counselor's, for survivor care alone

            var plan = Forms.Html(await worker.GetStringAsync($"/Cases/{id}/Plan"));
            Assert.True(plan.QuerySelectorAll("li.goal blockquote.youth-words").Length >= 3, $"case {id}: goals in the youth's words");
            Assert.NotEmpty(plan.QuerySelectorAll("li.goal p.agreement.answer-agreed"));

            var legal = Forms.Html(await worker.GetStringAsync($"/Cases/{id}/Legal"));
            Assert.NotEmpty(legal.QuerySelectorAll("article.protection ol.legal-steps li"));

            var consent = Forms.Html(await worker.GetStringAsync($"/Cases/{id}/Consent"));
            Assert.Contains(consent.QuerySelectorAll("table")[0].QuerySelectorAll("tbody tr"), r => r.TextContent.Contains("Beacon Youth Survivor Care"));
        }
    }

    [Fact]
    public async Task The_counselor_reads_the_privileged_notes_and_the_liaison_the_justice_side_it_recorded()
    {
        var cases = await FirstSeenCasesAsync();
        var counselor = await World.SignedIn(await World.User(Roles.Provider, await DemoAgencyAsync("Beacon Youth Survivor Care")));
        var privileged = 0;
        foreach (var id in cases)
            privileged += Forms.Html(await counselor.GetStringAsync($"/Cases/{id}/Notes")).QuerySelectorAll("article.note.level-privileged").Length;
        Assert.True(privileged >= cases.Count, "a privileged counseling note on each case");

        var liaisonUser = await World.User(Roles.LawEnforcement, await DemoAgencyAsync("Connecticut State Police"));
        var home = await World.HomeAsync(liaisonUser);
        var own = home.Panel("h-shared-own")!;
        Assert.NotEqual("0", own.QuerySelector(".count")!.TextContent);
        Assert.NotEqual("0", home.Panel("h-shared-mdt")!.QuerySelector(".count")!.TextContent);
        var lawCase = own.QuerySelector("a[href^='/Cases/']")!.GetAttribute("href");
        var legal = Forms.Html(await (await World.SignedIn(liaisonUser)).GetStringAsync($"{lawCase}/Legal"));
        Assert.Null(legal.QuerySelector("#arrests")!.QuerySelectorAll("td").FirstOrDefault(td => td.TextContent == "No arrest recorded."));
    }
}
