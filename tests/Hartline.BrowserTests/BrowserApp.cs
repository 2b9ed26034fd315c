using Hartline.Features.Demo;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Hartline.BrowserTests;

/// <summary>
/// Hartline on a real Kestrel port with the demo data on a fresh SQLite file, and Debian's Chromium
/// driven by Playwright (no browser download: the machine's /usr/bin/chromium).
/// </summary>
public sealed class BrowserApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("hartline-browser-").FullName;
    private IPlaywright? _playwright;

    public string BaseUrl { get; private set; } = "";
    public IBrowser Browser { get; private set; } = null!;
    public IReadOnlyList<DemoSignIn> SignIns { get; private set; } = [];
    /// <summary>The demo users' authenticator app: a fresh code for each sign-in.</summary>
    public Hartline.Testing.AuthenticatorCodes Codes { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Hartline:Db", $"sqlite:{Path.Combine(_folder, "hartline.db")}");
        builder.UseSetting("Hartline:Jobs:Directory", Path.Combine(_folder, "jobs"));
        // Every test signs in from one address; the per-address limit is proven by its own test.
        builder.UseSetting("Hartline:SignIn:AttemptsPerMinute", "100000");
        builder.UseContentRoot(AppContext.BaseDirectory);
        builder.ConfigureTestServices(Codes.Register);
    }

    public async Task InitializeAsync()
    {
        UseKestrel(0);
        StartServer();
        BaseUrl = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using (var scope = Services.CreateScope())
            SignIns = await scope.ServiceProvider.GetRequiredService<DemoData>().LoadAsync();

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            // The closed network refuses Chromium's background connections: don't make them.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    /// <summary>A demo youth who is still a minor, whom the investigator may see: to type a near-copy of at intake.</summary>
    public async Task<Hartline.Features.People.Person> ExistingYouthAsync()
    {
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Hartline.Data.HartlineDb>();
        // Dates of birth and names are encrypted in the database: compared and sorted here.
        return (await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(db.People))
            .Where(p => p.DateOfBirth > LocalToday.AddYears(-17)).OrderBy(p => p.FamilyName, StringComparer.Ordinal).First();
    }

    /// <summary>A new browser tab (<paramref name="width"/> × <paramref name="height"/>) signed in as the demo user of <paramref name="role"/>, on their dashboard.</summary>
    public async Task<IPage> SignedInPageAsync(string role, bool acceptDownloads = false, int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new() { BaseURL = BaseUrl, ViewportSize = new() { Width = width, Height = height }, AcceptDownloads = acceptDownloads });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Account/SignIn");
        await page.GetByLabel("E-mail").FillAsync(EmailOf(role));
        await page.GetByLabel("Password").FillAsync(PasswordOf(role));
        await page.GetByLabel("Code from your authenticator app").FillAsync(CodeOf(role));
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Welcome" }).WaitForAsync();
        return page;
    }

    /// <summary>
    /// Now on the jurisdiction's wall clock, as the server judges "today" and "in the future". The test
    /// machine's clock is UTC: between midnight UTC and midnight in Connecticut its date is already tomorrow.
    /// </summary>
    public DateTime LocalNow => Services.GetRequiredService<Hartline.Jurisdictions.Jurisdiction>().ToLocal(DateTime.UtcNow);

    public DateOnly LocalToday => DateOnly.FromDateTime(LocalNow);

    public string PasswordOf(string role) => SignIns.Single(s => s.Role == role).Password;
    public string EmailOf(string role) => SignIns.Single(s => s.Role == role).Email;
    /// <summary>A fresh authenticator code for the demo user of the role.</summary>
    public string CodeOf(string role) => Codes.Next(SignIns.Single(s => s.Role == role).AuthenticatorKey!);

    async Task IAsyncLifetime.DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
        await DisposeAsync();
    }
}
