using System.Net;
using System.Text.Json;
using Hartline.Features.Admin;
using Hartline.Features.Cases;
using Hartline.Security;
using Hartline.Tests.Support;

namespace Hartline.Tests.Cases.Legal;

/// <summary>Offenders, arrests, charges, dispositions and court dates are the justice partners' to read; the others see protections by status.</summary>
public sealed class JusticeReadersTests(HartlineApp app) : IClassFixture<HartlineApp>
{
    private const string OffenderName = "Offender Secretname";

    private async Task<LegalCase> CaseWithJusticeAsync()
    {
        var c = await LegalCase.CreateAsync(app);
        var buyer = await c.CreatedAsync("/offenders", new { role = "Buyer", nameOrAlias = OffenderName });
        await c.CreatedAsync("/charges", new { offenderId = buyer, offense = "53a-83b", offenseDate = "2019-04-01", chargedOn = "2019-05-02" });
        await c.CreatedAsync("/court-dates", new { at = "2019-06-01T10:00", court = "GA 14", purpose = "Arraignment" });
        await c.CreatedAsync("/protections", new { kind = "AffirmativeDefense", on = "2024-01-10", note = "Counsel's strategy note" });
        return c;
    }

    private async Task<HttpClient> GranteeAsync(Guid caseId, AgencyKind kind, string role, GrantKind grant)
    {
        var agency = await app.World.Agency(kind.ToString(), kind);
        await app.World.Grant(caseId, agency, grant);
        return await app.World.SignedIn(await app.World.User(role, agency));
    }

    public static TheoryData<AgencyKind, string, GrantKind> StatusOnlyReaders => new()
    {
        { AgencyKind.Medical, Roles.MdtMember, GrantKind.Mdt },
        { AgencyKind.LawEnforcement, Roles.LawEnforcement, GrantKind.Mdt },
        { AgencyKind.ServiceProvider, Roles.Provider, GrantKind.ServiceReferral },
    };

    [Theory, MemberData(nameof(StatusOnlyReaders))]
    public async Task Readers_outside_the_justice_partners_see_the_protections_status_only(AgencyKind kind, string role, GrantKind grant)
    {
        var c = await CaseWithJusticeAsync();
        var reader = await GranteeAsync(c.Id, kind, role, grant);

        var api = await reader.GetAsync(c.Api);
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        var json = await api.Content.ReadAsStringAsync();
        var file = JsonDocument.Parse(json).RootElement;
        Assert.False(file.GetProperty("mayReadJustice").GetBoolean());
        foreach (var omitted in new[] { "offenders", "arrests", "charges", "courtDates" })
            Assert.False(file.TryGetProperty(omitted, out _), $"{omitted} should be left out");
        Assert.Equal("Raised", file.GetProperty("protections")[0].GetProperty("status").GetString());
        Assert.DoesNotContain(OffenderName, json);
        Assert.DoesNotContain("Counsel's strategy note", json);

        var page = await reader.GetStringAsync(c.Page);
        Assert.DoesNotContain(OffenderName, page);
        Assert.DoesNotContain("GA 14", page);
        Assert.Contains("shown only to the agency that owns the case", page);
    }

    [Fact]
    public async Task The_owner_a_law_enforcement_grantee_and_a_coordinator_read_the_justice_records()
    {
        var c = await CaseWithJusticeAsync();
        var police = await GranteeAsync(c.Id, AgencyKind.Prosecution, Roles.LawEnforcement, GrantKind.LawEnforcement);
        var coordinator = await app.World.SignedIn(await app.World.User(Roles.Coordinator, await app.World.Agency("HART", AgencyKind.Coordination)));

        foreach (var reader in new[] { c.Client, police, coordinator })
        {
            var file = await c.FileAsync(reader);
            Assert.True(file.GetProperty("mayReadJustice").GetBoolean());
            Assert.Equal(OffenderName, file.GetProperty("offenders")[0].GetProperty("nameOrAlias").GetString());
            Assert.Single(file.GetProperty("charges").EnumerateArray());
            Assert.Single(file.GetProperty("courtDates").EnumerateArray());
            Assert.Contains(OffenderName, await reader.GetStringAsync(c.Page));
        }
    }
}
