using Hartline.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Hartline.Tests.Support;

/// <summary>
/// The real application over real HTTP (in memory), on its own fresh database. One per test class;
/// tests inside a class make their own agencies and users through <see cref="World"/> so they don't collide.
/// </summary>
public class HartlineApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public TestDatabase Database { get; }
    public World World { get; }
    /// <summary>The test users' authenticator app: a fresh code for each sign-in.</summary>
    public Hartline.Testing.AuthenticatorCodes Codes { get; }

    public HartlineApp() : this(TestDatabase.Create(), new()) { }

    /// <summary>Another node on a database already in use (its users' authenticator app shared, as a person's phone is).</summary>
    protected HartlineApp(TestDatabase database, Hartline.Testing.AuthenticatorCodes codes)
    {
        (Database, Codes) = (database, codes);
        World = new World(this);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Hartline:Db", Database.Setting);
        builder.UseSetting("Hartline:AutoMigrate", "true");
        // Every test signs in from one address; the per-address limit is proven by its own test.
        builder.UseSetting("Hartline:SignIn:AttemptsPerMinute", "100000");
        builder.UseContentRoot(AppContext.BaseDirectory);
        builder.UseEnvironment("Testing");
        builder.ConfigureTestServices(Codes.Register);
    }

    /// <summary>Starts the host (which migrates the database) before the first test.</summary>
    public virtual Task InitializeAsync()
    {
        _ = Server;
        return Task.CompletedTask;
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    public async Task<T> WithScope<T>(Func<IServiceProvider, Task<T>> body)
    {
        using var scope = Services.CreateScope();
        return await body(scope.ServiceProvider);
    }

    /// <summary>
    /// The field keys this host writes with, as HARTLINE_FIELD_KEYS for a process started on its database: given
    /// explicitly, since a test that tries other keys may change the environment the child would inherit.
    /// </summary>
    public Dictionary<string, string> FieldKeysEnvironment()
    {
        using var scope = Services.CreateScope();
        var keys = scope.ServiceProvider.GetRequiredService<HartlineDb>().FieldKeys.ToText().Replace('\n', ';');
        return new() { [Hartline.Data.Protection.FieldKeySource.Variable] = keys };
    }

    public async Task WithDb(Func<HartlineDb, Task> body)
    {
        using var scope = Services.CreateScope();
        await body(scope.ServiceProvider.GetRequiredService<HartlineDb>());
    }

    /// <summary>
    /// Now on the jurisdiction's wall clock, which is what the server means by "today", "overdue" and "this
    /// quarter". The machine's clock is UTC: in the evening in Connecticut its date is already tomorrow.
    /// </summary>
    public DateTime LocalNow => Services.GetRequiredService<Hartline.Jurisdictions.Jurisdiction>().ToLocal(DateTime.UtcNow);

    public DateOnly LocalToday => DateOnly.FromDateTime(LocalNow);

    /// <summary>A client that keeps cookies but does not follow redirects, so tests see 302s and 404s as they are.</summary>
    public HttpClient NewClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>The same, sending <paramref name="tokens"/>' request token with every API request.</summary>
    public HttpClient NewClient(ApiTokens tokens) =>
        CreateDefaultClient(new Uri("http://localhost"), new Microsoft.AspNetCore.Mvc.Testing.Handlers.CookieContainerHandler(), tokens);
}
