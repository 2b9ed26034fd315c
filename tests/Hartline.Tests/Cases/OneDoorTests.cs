using System.Data.Common;
using System.Net;
using Hartline.Data;
using Hartline.Features.Cases;
using Hartline.Security;
using Hartline.Security.Audit;
using Hartline.Tests.Support;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Hartline.Tests.Cases;

/// <summary>The app, with a count of the SQL that loads a case and of the read checks on a case.</summary>
public sealed class CountingApp : HartlineApp
{
    public readonly CaseLoads Loads = new();
    public readonly ReadChecks Checks = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s =>
        {
            s.AddSingleton(sp => new DbContextOptionsBuilder<HartlineDb>(sp.GetRequiredService<DatabaseTarget>().Options())
                .AddInterceptors(Loads).Options);
            s.AddSingleton<IAuthorizationHandler>(Checks);
        });
    }

    /// <summary>Counts commands that read the Cases table with its grants: the load that authorizes a case.</summary>
    public sealed class CaseLoads : DbCommandInterceptor
    {
        private int _count;
        public int Count => _count;
        public void Reset() => _count = 0;

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken ct = default)
        {
            if (command.CommandText.Contains("FROM \"Cases\"") && command.CommandText.Contains("\"CaseAccessGrants\"")) Interlocked.Increment(ref _count);
            return base.ReaderExecutingAsync(command, eventData, result, ct);
        }
    }

    /// <summary>Sees every Read check on a case (and decides nothing: the real handler still does).</summary>
    public sealed class ReadChecks : AuthorizationHandler<OperationAuthorizationRequirement, Case>
    {
        private int _count;
        public int Count => _count;
        public void Reset() => _count = 0;

        protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, Case resource)
        {
            if (requirement.Name == CaseOperations.Read.Name) Interlocked.Increment(ref _count);
            return Task.CompletedTask;
        }
    }
}

public sealed class OneDoorTests(CountingApp app) : IClassFixture<CountingApp>
{
    [Theory]
    [InlineData("/Cases/{0}")]
    [InlineData("/api/v1/cases/{0}")]
    public async Task A_case_file_is_loaded_and_authorized_once_and_its_view_audited_once(string route)
    {
        // Read by a coordinator: their scope needs no grants, so the only query with grants is the case's own load
        // (an investigator's continuity count also joins the scope, grants included, over the youth's other cases).
        var worker = await app.World.User(Roles.Investigator, await app.World.Agency());
        var caseId = await app.World.Case(worker);
        var coordinator = await app.World.User(Roles.Coordinator, await app.World.Agency("HART", Features.Admin.AgencyKind.Coordination));
        var client = await app.World.SignedIn(coordinator);
        app.Loads.Reset();
        app.Checks.Reset();

        var response = await client.GetAsync(string.Format(route, caseId));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, app.Loads.Count);
        Assert.Equal(1, app.Checks.Count);
        await app.WithDb(async db => Assert.Equal(1, await db.AuditEvents.CountAsync(e =>
            e.UserId == coordinator.Id && e.Action == AuditAction.Read && e.EntityType == nameof(Case) && e.EntityId == caseId.ToString())));
    }

    [Fact]
    public async Task Concurrent_case_reads_each_leave_their_read_events()
    {
        var worker = await app.World.User(Roles.Investigator, await app.World.Agency());
        var caseIds = new List<Guid>();
        for (var i = 0; i < 3; i++) caseIds.Add(await app.World.Case(worker));
        var client = await app.World.SignedIn(worker);

        var responses = await Task.WhenAll(Enumerable.Range(0, 30).Select(n =>
            client.GetAsync(n % 2 == 0 ? $"/Cases/{caseIds[n % 3]}" : $"/api/v1/cases/{caseIds[n % 3]}")));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        await app.WithDb(async db =>
        {
            var reads = db.AuditEvents.Where(e => e.UserId == worker.Id && e.Action == AuditAction.Read);
            Assert.Equal(30, await reads.CountAsync(e => e.EntityType == nameof(Case)));
            Assert.Equal(30, await reads.CountAsync(e => e.EntityType == "Person"));
        });
    }

    [Fact]
    public async Task A_refused_case_answers_404_and_the_refusal_is_audited()
    {
        var owner = await app.World.User(Roles.Investigator, await app.World.Agency());
        var stranger = await app.World.User(Roles.Investigator, await app.World.Agency());
        var caseId = await app.World.Case(owner);
        var client = await app.World.SignedIn(stranger);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Cases/{caseId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/cases/{caseId}")).StatusCode);
        await app.WithDb(async db =>
        {
            Assert.Equal(2, await db.AuditEvents.CountAsync(e => e.UserId == stranger.Id && e.Action == AuditAction.Denied && e.EntityId == caseId.ToString()));
            Assert.Equal(0, await db.AuditEvents.CountAsync(e => e.UserId == stranger.Id && e.Action == AuditAction.Read));
        });
    }
}
