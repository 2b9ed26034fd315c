using System.Net;
using Hartline.Security;
using Hartline.Tests.Support;

namespace Hartline.Tests.Platform;

/// <summary>Whatever a person types into a URL or a form, the answer is never a 500.</summary>
public sealed class GarbageInputTests(HartlineApp app) : IClassFixture<HartlineApp>
{
    private static readonly string[] Values = ["", "-1", "0", "0000Q1", "9999Q4", "١٩٩٠Q1", "9999-12-31", "0001-01-01", "99999999999", "2147483647", "abc", "%00", "'; DROP TABLE Cases;--", "<script>x</script>", new string('x', 5000)];

    [Fact]
    public async Task Query_strings_never_cause_a_server_error()
    {
        var coordinator = await app.World.User(Roles.Coordinator, await app.World.Agency());
        var admin = await app.World.User(Roles.Administrator, await app.World.Agency());
        var clients = new[] { await app.World.SignedIn(coordinator), await app.World.SignedIn(admin) };
        string[] templates =
        [
            "/Cases?page={0}", "/Cases?region={0}", "/Cases/{0}", "/Reports?quarter={0}",
            "/api/v1/cases?page={0}", "/api/v1/cases?region={0}", "/api/v1/cases/{0}", "/api/v1/reports/quarterly/{0}",
            "/Admin/Audit?page={0}&from={0}&to={0}&user={0}&record={0}", "/api/v1/audit?page={0}&from={0}&user={0}&record={0}",
            "/Admin/Audit?agency={0}&action={0}&entity={0}&page={0}", "/api/v1/audit?agency={0}&action={0}&entity={0}", "/api/v1/audit.csv?to={0}&record={0}",
            "/Account/SignIn?ReturnUrl={0}",
        ];
        foreach (var client in clients)
            foreach (var template in templates)
                foreach (var value in Values)
                {
                    var url = string.Format(template, Uri.EscapeDataString(value));
                    var response = await client.GetAsync(url);
                    Assert.True((int)response.StatusCode < 500, $"{url} gave {(int)response.StatusCode}");
                }
    }

    [Fact]
    public async Task A_bad_date_in_an_api_query_is_a_400_naming_the_parameter()
    {
        var admin = await app.World.SignedIn(await app.World.User(Roles.Administrator, await app.World.Agency()));
        var response = await admin.GetAsync("/api/v1/audit?from=yesterday");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("from", await response.Content.ReadAsStringAsync());
    }
}
