using System.Net.Http.Json;
using Hartline.Security;
using Hartline.Security.Audit;
using Hartline.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Tests.Audit;

/// <summary>A list page names youth: each page shown writes one read event naming the records on it, by page and by API.</summary>
public sealed class ListReadEventTests(HartlineApp app) : IClassFixture<HartlineApp>
{
    [Theory]
    [InlineData("/api/v1/cases?sort=Youth", "Case", "case list")]
    [InlineData("/Cases?age=Adult", "Case", "case list")] // an age group: listed from the registry in memory
    [InlineData("/api/v1/referrals", "Referral", "referral list")]
    [InlineData("/Intake/Referrals?sort=Youth", "Referral", "referral list")]
    public async Task A_list_shown_writes_one_read_event_naming_every_record_on_it(string path, string entity, string purpose)
    {
        var worker = await app.World.User(Roles.Investigator, await app.World.Agency());
        var cases = new List<Guid>();
        var referrals = new List<Guid>();
        foreach (var family in new[] { "Abernathy", "Blackwood", "Castellanos" })
        {
            var referral = World.Referral("Lucia", World.UniqueName(family));
            cases.Add(await app.World.Case(worker, referral));
        }
        await app.WithDb(async db => referrals.AddRange(await db.Referrals.Where(r => r.CaseId != null && cases.Contains(r.CaseId.Value)).Select(r => r.Id).ToListAsync()));
        var client = await app.World.SignedIn(worker);

        var answer = await client.GetAsync(path);
        answer.EnsureSuccessStatusCode();

        await app.WithDb(async db =>
        {
            var events = await db.AuditEvents.Where(e => e.UserId == worker.Id && e.Action == AuditAction.Read && e.Purpose == purpose).ToListAsync();
            var listed = Assert.Single(events);
            Assert.Equal(entity, listed.EntityType);
            foreach (var id in entity == "Case" ? cases : referrals) Assert.Contains(id.ToString(), listed.Details);
        });
    }

    [Fact]
    public async Task The_home_page_and_the_duplicates_queue_write_one_read_event_for_the_youth_they_show()
    {
        var agency = await app.World.Agency();
        var worker = await app.World.User(Roles.Investigator, agency);
        var coordinator = await app.World.User(Roles.Coordinator, agency);
        var family = World.UniqueName("Delacroix");
        var first = await app.World.Receive(worker, World.Referral("Mirabel", family, dob: new DateOnly(2008, 2, 14)));
        var second = await app.World.Receive(worker, World.Referral("Mirabelle", family, dob: new DateOnly(2008, 2, 14)));

        (await (await app.World.SignedIn(worker)).GetAsync("/")).EnsureSuccessStatusCode();
        (await (await app.World.SignedIn(coordinator)).GetAsync("/People/Duplicates")).EnsureSuccessStatusCode();

        await app.WithDb(async db =>
        {
            var home = Assert.Single(await db.AuditEvents.Where(e => e.UserId == worker.Id && e.Purpose == "home page" && e.EntityType == "Referral").ToListAsync());
            Assert.Contains(first.ReferralId.ToString(), home.Details);
            Assert.Contains(second.ReferralId.ToString(), home.Details);
            var queue = Assert.Single(await db.AuditEvents.Where(e => e.UserId == coordinator.Id && e.Purpose == "possible duplicates").ToListAsync());
            Assert.Contains(first.PersonId.ToString(), queue.Details);
            Assert.Contains(second.PersonId.ToString(), queue.Details);
        });
    }
}
