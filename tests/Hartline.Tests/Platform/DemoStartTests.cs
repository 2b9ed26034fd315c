using Hartline.Features.Demo;
using Hartline.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Hartline.Tests.Platform;

/// <summary>
/// A newcomer's first minute: in demo mode the sign-in page lists the demo accounts by role with their
/// passwords and every page says while the cases are still loading; outside demo mode it lists nothing
/// and says in one line what Hartline is.
/// </summary>
public sealed class DemoStartTests(HartlineApp app) : IClassFixture<HartlineApp>
{
    private DemoLoading Loading => app.Services.GetRequiredService<DemoLoading>();

    [Fact]
    public async Task Demo_accounts_loading_progress_and_completion_show_as_they_happen()
    {
        // serve --demo listens before the accounts exist: for that second the page says they are being made.
        Loading.Start([]);
        Loading.Report(new DemoProgress(0, 0));
        Assert.Contains("The demo accounts are being made", await app.NewClient().GetStringAsync("/Account/SignIn"));

        var signIns = await app.WithScope(sp => sp.GetRequiredService<DemoData>().LoadAccountsAsync());
        Assert.Equal(8, signIns.Count);
        Loading.Start(signIns);
        Loading.Report(new DemoProgress(12, 284));

        var page = await app.NewClient().GetStringAsync("/Account/SignIn");
        Assert.Contains("Demo accounts", page);
        Assert.Contains("Law-enforcement liaison", page); // the role in words, not LawEnforcement
        Assert.DoesNotContain(">LawEnforcement<", page);
        foreach (var s in signIns)
        {
            Assert.Contains(s.Email, page);
            Assert.Contains(s.Password, page);
        }
        Assert.Contains("Demo cases are still loading (12 of 284 referrals)", page);
        Assert.False(await app.WithScope(sp => sp.GetRequiredService<DemoData>().IsCaseloadCompleteAsync()));

        var reported = new List<DemoProgress>();
        await app.WithScope(async sp =>
        {
            await sp.GetRequiredService<DemoData>().LoadCaseloadAsync(new Collect(reported));
            return 0;
        });
        Loading.Finish();
        Assert.True(await app.WithScope(sp => sp.GetRequiredService<DemoData>().IsCaseloadCompleteAsync()));
        Assert.Equal(Enumerable.Range(1, reported[^1].Total), reported.Select(p => p.Referrals));
        Assert.DoesNotContain("still loading", await app.NewClient().GetStringAsync("/Account/SignIn"));
    }

    [Fact]
    public void Demo_passwords_are_kept_beside_the_demo_database_and_a_damaged_file_costs_only_the_list()
    {
        var folder = Directory.CreateTempSubdirectory("demo-signins").FullName;
        var file = DemoLoading.SignInFile(Hartline.Data.DatabaseTarget.Parse($"sqlite:{folder}/demo.db"));
        Assert.Equal(Path.Combine(folder, "demo.demo-sign-ins.json"), file);
        DemoLoading.Save(file, [new DemoSignIn("a@b.demo", "Analyst", "HART", "pw", "ABCDEFGHIJKLMNOP")]);
        var kept = Assert.Single(DemoLoading.Read(file));
        Assert.Equal(("pw", "ABCDEFGHIJKLMNOP"), (kept.Password, kept.AuthenticatorKey));
        File.WriteAllText(file, "{ not json");
        Assert.Empty(DemoLoading.Read(file));
        Assert.Empty(DemoLoading.Read(Path.Combine(folder, "missing.json")));
    }

    private sealed class Collect(List<DemoProgress> into) : IProgress<DemoProgress>
    {
        public void Report(DemoProgress value) => into.Add(value);
    }
}

/// <summary>Its own server, never put in demo mode.</summary>
public sealed class SignInOutsideDemoTests(HartlineApp app) : IClassFixture<HartlineApp>
{
    [Fact]
    public async Task Outside_demo_mode_the_sign_in_page_lists_no_accounts_and_says_what_Hartline_is()
    {
        var page = await app.NewClient().GetStringAsync("/Account/SignIn");
        Assert.Contains("Hartline is where a human anti-trafficking response team", page);
        Assert.DoesNotContain("Demo accounts", page);
        Assert.DoesNotContain("Demo cases are still loading", page);
    }
}
