using System.Net;
using Hartline.Security;
using Hartline.Security.Audit;
using Hartline.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Tests.Cases;

public sealed class VocabularyTests(HartlineApp app) : IClassFixture<HartlineApp>
{
    [Fact]
    public async Task The_vocabulary_of_a_case_the_user_may_not_read_answers_404_like_a_missing_case_and_is_audited()
    {
        var owner = await app.World.User(Roles.Investigator, await app.World.Agency());
        var outsider = await app.World.User(Roles.Investigator, await app.World.Agency());
        var caseId = await app.World.Case(owner);

        Assert.Equal(HttpStatusCode.OK, (await (await app.World.SignedIn(owner)).GetAsync($"/api/v1/cases/{caseId}/vocabulary")).StatusCode);
        var client = await app.World.SignedIn(outsider);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/cases/{caseId}/vocabulary")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/cases/{Guid.NewGuid()}/vocabulary")).StatusCode);
        await app.WithDb(async db => Assert.True(await db.AuditEvents.AnyAsync(e =>
            e.UserId == outsider.Id && e.EntityId == caseId.ToString() && e.Action == AuditAction.Denied)));
    }
}
