using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hartline.Features.Intake;
using Hartline.Security;
using Hartline.Security.Audit;
using Hartline.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Tests.Cases.Legal;

/// <summary>A case owned by an investigator, and small helpers to post to its legal API and read the answers.</summary>
public sealed record LegalCase(Guid Id, TestUser Owner, HttpClient Client)
{
    public string Api => $"/api/v1/cases/{Id}/legal";
    public string Page => $"/Cases/{Id}/Legal";

    public static async Task<LegalCase> CreateAsync(HartlineApp app, DateOnly? dateOfBirth = null, Action<ReferralInput>? adjust = null)
    {
        var owner = await app.World.User(Roles.Investigator, await app.World.Agency());
        var referral = World.Referral(family: World.UniqueName("Legal", 16), dob: dateOfBirth);
        adjust?.Invoke(referral);
        var id = await app.World.Case(owner, referral);
        return new LegalCase(id, owner, await app.World.SignedIn(owner));
    }

    public Task<HttpResponseMessage> PostAsync(string path, object body, HttpClient? by = null) =>
        (by ?? Client).PostAsJsonAsync(Api + path, body);

    /// <summary>Posts and expects 201; returns the new record's id.</summary>
    public async Task<Guid> CreatedAsync(string path, object body, HttpClient? by = null)
    {
        var response = await PostAsync(path, body, by);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>Posts and expects 400; returns the errors by field.</summary>
    public async Task<JsonElement> RefusedAsync(string path, object body)
    {
        var response = await PostAsync(path, body);
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
    }

    public async Task<JsonElement> FileAsync(HttpClient? by = null) =>
        await (by ?? Client).GetFromJsonAsync<JsonElement>(Api);

    public static async Task<List<AuditEvent>> EventsAsync(HartlineApp app, Func<AuditEvent, bool> which)
    {
        List<AuditEvent> events = [];
        await app.WithDb(async db => events = (await db.AuditEvents.AsNoTracking().ToListAsync()).Where(which).ToList());
        return events;
    }
}

public static class ErrorsExtensions
{
    public static string First(this JsonElement errors, string field)
    {
        Assert.True(errors.TryGetProperty(field, out var messages), $"no error for '{field}': {errors}");
        return messages[0].GetString()!;
    }
}
