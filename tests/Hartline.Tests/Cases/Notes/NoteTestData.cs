using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hartline.Features.Admin;
using Hartline.Features.Cases;
using Hartline.Security;
using Hartline.Tests.Support;

namespace Hartline.Tests.Cases.Notes;

/// <summary>A case owned by a child-welfare agency and shared with a provider (service referral) and a hospital (MDT).</summary>
public sealed record SharedCase(Guid CaseId, TestUser Author, TestUser Colleague, TestUser Provider, TestUser MdtMember, TestUser Outsider);

public static class NoteTestData
{
    public static async Task<SharedCase> SharedCaseAsync(this World world)
    {
        var dcf = await world.Agency("DCF");
        var beacon = await world.Agency("Beacon", AgencyKind.ServiceProvider);
        var hospital = await world.Agency("Hospital", AgencyKind.Medical);
        var author = await world.User(Roles.Investigator, dcf);
        var caseId = await world.Case(author);
        await world.Grant(caseId, beacon, GrantKind.ServiceReferral);
        await world.Grant(caseId, hospital, GrantKind.Mdt);
        return new SharedCase(caseId, author, await world.User(Roles.Investigator, dcf), await world.User(Roles.Provider, beacon),
            await world.User(Roles.MdtMember, hospital), await world.User(Roles.Investigator, await world.Agency("Elsewhere")));
    }

    public static async Task<Guid> NoteAsync(this HttpClient client, Guid caseId, string level, string text, params Guid[] agencies)
    {
        var response = await client.PostAsJsonAsync($"/api/v1/cases/{caseId}/notes", new { level, text, agencies, kind = "Contact" });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("noteId").GetGuid();
    }

    public static JsonElement Errors(string body) => JsonDocument.Parse(body).RootElement.GetProperty("errors");
}
