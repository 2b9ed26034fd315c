using Hartline.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Hartline.Tests.Platform;

/// <summary>serve --demo listens while it prepares a new database: until it is ready, a page says so instead of failing.</summary>
public sealed class DatabaseReadinessTests
{
    private static (DefaultHttpContext Context, DatabaseReadiness Readiness) Request(string path)
    {
        var readiness = new DatabaseReadiness();
        var context = new DefaultHttpContext
        {
            RequestServices = new ServiceCollection().AddSingleton(readiness).BuildServiceProvider(),
        };
        context.Request.Path = path;
        context.Response.Body = new MemoryStream();
        return (context, readiness);
    }

    private static string Body(HttpContext context)
    {
        context.Response.Body.Position = 0;
        return new StreamReader(context.Response.Body).ReadToEnd();
    }

    [Fact]
    public async Task While_preparing_a_page_says_so_and_reloads_itself_and_nothing_behind_it_runs()
    {
        var (context, readiness) = Request("/Account/SignIn");
        readiness.Preparing();
        var reached = false;
        await DatabaseReadiness.GateAsync(context, () => { reached = true; return Task.CompletedTask; });
        Assert.False(reached);
        Assert.Equal(StatusCodes.Status503ServiceUnavailable, context.Response.StatusCode);
        Assert.Equal("1", context.Response.Headers.RetryAfter.ToString());
        var page = Body(context);
        Assert.Contains("preparing its database", page);
        Assert.Contains("http-equiv=\"refresh\"", page);
    }

    [Fact]
    public async Task The_api_gets_a_problem_and_a_ready_database_lets_everything_through()
    {
        var (api, readiness) = Request("/api/v1/cases");
        readiness.Preparing();
        await DatabaseReadiness.GateAsync(api, () => Task.CompletedTask);
        Assert.Equal(StatusCodes.Status503ServiceUnavailable, api.Response.StatusCode);
        Assert.StartsWith("application/problem+json", api.Response.ContentType);

        var (page, ready) = Request("/Account/SignIn");
        ready.Preparing();
        ready.Ready();
        var reached = false;
        await DatabaseReadiness.GateAsync(page, () => { reached = true; return Task.CompletedTask; });
        Assert.True(reached);
        Assert.Equal(StatusCodes.Status200OK, page.Response.StatusCode);
    }
}
