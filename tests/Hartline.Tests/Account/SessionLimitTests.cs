using System.Net;
using Hartline.Security;
using Hartline.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Hartline.Tests.Account;

/// <summary>A host whose clock the test moves (the authenticator codes keep their own).</summary>
public sealed class MovedClockApp : HartlineApp
{
    public MovedClock Clock { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Clock));
    }

    public sealed class MovedClock : TimeProvider
    {
        private TimeSpan _ahead;
        public void Move(TimeSpan by) => _ahead += by;
        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + _ahead;
    }
}

/// <summary>A session ends after half an hour without a request, and twelve hours after its sign-in however busy.</summary>
public sealed class SessionLimitTests(MovedClockApp app) : IClassFixture<MovedClockApp>
{
    [Fact]
    public async Task A_session_left_alone_for_half_an_hour_ends_and_one_in_use_goes_on()
    {
        var client = await app.World.SignedIn(await app.World.User(Roles.Investigator, await app.World.Agency()));
        // In use: a request every 20 minutes keeps it alive well past the first half hour.
        for (var i = 0; i < 4; i++)
        {
            app.Clock.Move(TimeSpan.FromMinutes(20));
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/cases")).StatusCode);
        }
        // Left alone for 31 minutes: over.
        app.Clock.Move(TimeSpan.FromMinutes(31));
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/cases")).StatusCode);
    }

    [Fact]
    public async Task A_busy_session_ends_twelve_hours_after_its_sign_in()
    {
        var client = await app.World.SignedIn(await app.World.User(Roles.Coordinator, await app.World.Agency()));
        // A request every 20 minutes up to 11 h 40 min after the sign-in: never idle, always let in.
        for (var worked = TimeSpan.FromMinutes(20); worked <= TimeSpan.FromHours(11) + TimeSpan.FromMinutes(40); worked += TimeSpan.FromMinutes(20))
        {
            app.Clock.Move(TimeSpan.FromMinutes(20));
            Assert.True(HttpStatusCode.OK == (await client.GetAsync("/api/v1/cases")).StatusCode, $"refused after {worked}");
        }
        // 12 h 1 min: over, busy or not.
        app.Clock.Move(TimeSpan.FromMinutes(21));
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/cases")).StatusCode);
        // A page goes to sign-in.
        var page = await client.GetAsync("/Cases");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/Account/SignIn", page.Headers.Location!.PathAndQuery);
    }
}
