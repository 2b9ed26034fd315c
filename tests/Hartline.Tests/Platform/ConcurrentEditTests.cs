using Hartline.Features.Cases.Plan;
using Hartline.Security;
using Hartline.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hartline.Tests.Platform;

/// <summary>
/// Two people changing one record at once: the second save is told ("someone changed this a moment ago"), not written
/// over the first — whether the second read it before the first saved (the row's version) or loaded its page long
/// before (the version the form carried).
/// </summary>
public sealed class ConcurrentEditTests(HartlineApp app) : IClassFixture<HartlineApp>
{
    private World World => app.World;

    [Fact]
    public async Task A_goal_changed_from_a_page_loaded_before_someone_else_changed_it_is_refused_and_theirs_is_kept()
    {
        var worker = await World.User(Roles.Investigator, await World.Agency("Plans at once"));
        var caseId = await World.Case(worker);
        var actor = Actor.FromPrincipal(await World.Principal(worker));
        var item = await app.WithScope(async sp => (await sp.GetRequiredService<YouthVoice>().AddItemAsync(caseId,
            new PlanItemInput { YouthWords = "Finish school this year", Domain = PlanDomain.Education }, actor)).Value);

        // Both pages show version 0; the first change goes in, the second is told.
        var first = await app.WithScope(sp => sp.GetRequiredService<YouthVoice>().SetStatusAsync(caseId, item, new StatusInput { Status = PlanItemStatus.Active, Version = 0 }, actor));
        var second = await app.WithScope(sp => sp.GetRequiredService<YouthVoice>().SetStatusAsync(caseId, item, new StatusInput { Status = PlanItemStatus.Dropped, Version = 0 }, actor));
        Assert.True(first.Succeeded);
        Assert.False(second.Succeeded);
        Assert.Contains("Someone changed this goal a moment ago", string.Join(" ", second.Errors.SelectMany(e => e.Value)));
        await app.WithDb(async db => Assert.Equal((PlanItemStatus.Active, 1),
            await db.Set<PlanItem>().Where(i => i.Id == item).Select(i => new ValueTuple<PlanItemStatus, int>(i.Status, i.Version)).SingleAsync()));

        // From the page as it now is (version 1), the change goes in.
        var third = await app.WithScope(sp => sp.GetRequiredService<YouthVoice>().SetStatusAsync(caseId, item, new StatusInput { Status = PlanItemStatus.Dropped, Version = 1 }, actor));
        Assert.True(third.Succeeded);
    }

    [Fact]
    public async Task Of_two_saves_of_one_youth_or_goal_read_at_the_same_time_the_second_is_refused()
    {
        var worker = await World.User(Roles.Investigator, await World.Agency("Youth at once"));
        var caseId = await World.Case(worker);
        Guid youth = default;
        await app.WithDb(async db => youth = await db.Cases.Where(c => c.Id == caseId).Select(c => c.PersonId).SingleAsync());

        using var one = app.Services.CreateScope();
        using var two = app.Services.CreateScope();
        var (a, b) = (one.ServiceProvider.GetRequiredService<Hartline.Data.HartlineDb>(), two.ServiceProvider.GetRequiredService<Hartline.Data.HartlineDb>());
        var (seenByA, seenByB) = (await a.People.SingleAsync(p => p.Id == youth), await b.People.SingleAsync(p => p.Id == youth));
        seenByA.MiddleName = "Amara";
        await a.SaveChangesAsync();
        seenByB.MiddleName = "Zuri";
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => b.SaveChangesAsync());
        await app.WithDb(async db => Assert.Equal("Amara", (await db.People.AsNoTracking().SingleAsync(p => p.Id == youth)).MiddleName));
    }
}
