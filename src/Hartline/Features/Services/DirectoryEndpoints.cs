using Hartline.Features.Services.Directory;
using Hartline.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hartline.Features.Services;

/// <summary>What the directory list is asked for: a service type, a region, a population, only those taking youth now.</summary>
public sealed class DirectoryQuery
{
    /// <summary>A service type code (e.g. <c>emergency-shelter</c>).</summary>
    public string? Type { get; set; }
    /// <summary>A region code of the jurisdiction; services that name no region serve every one.</summary>
    public string? Region { get; set; }
    /// <summary>A population code (e.g. <c>lgbtq</c>).</summary>
    public string? Population { get; set; }
    /// <summary>Only services whose latest figure says they take youth, and is not stale.</summary>
    public bool? Accepting { get; set; }

    public bool Admits(ServiceProfile s) =>
        s.Status == ServiceStatus.Active
        && (string.IsNullOrWhiteSpace(Type) || s.Types.Contains(Type))
        && (string.IsNullOrWhiteSpace(Region) || s.ServesRegion(Region))
        && (string.IsNullOrWhiteSpace(Population) || s.Populations.Contains(Population))
        && (Accepting != true || s.Availability is { Accepting: true, Stale: false });
}

public static class DirectoryEndpoints
{
    public static RouteGroupBuilder MapDirectory(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/directory").WithTags("Directory").RequireAuthorization();
        g.MapGet("/services", List).WithSummary(
            "Active services in the directory, by name: filter by type, region, population and accepting=true (latest figure says yes and is not stale).");
        g.MapPost("/services/{id:guid}/availability", Record).WithSummary(
            "Record a service's room now (accepting, beds, slots, waitlistLength, note), stamped with who and when: its own provider or a coordinator. 404 for anyone else.");
        g.MapDirectoryExchange();
        return api;
    }

    private static async Task<Results<Created<RecordedAvailability>, NotFound, ValidationProblem>> Record(
        Guid id, AvailabilityInput input, AvailabilityRecords records, CurrentActor actor, CancellationToken ct) =>
        (await records.RecordAsync(id, input, actor.Value, ct)).ToCreated($"/api/v1/directory/services/{id}", r => new RecordedAvailability(r));

    /// <summary>The id of the availability just recorded.</summary>
    public sealed record RecordedAvailability(Guid Id);

    private static async Task<IReadOnlyList<ServiceProfile>> List(ServiceProfiles profiles, [AsParameters] DirectoryQuery query, CancellationToken ct) =>
        (await profiles.ReadAsync(ct)).Where(query.Admits).ToList();

    public static IServiceCollection AddDirectory(this IServiceCollection services) => services
        .AddScoped<DirectoryTaxonomies>()
        .AddScoped<ServiceProfiles>()
        .AddScoped<AvailabilityRecords>()
        .AddScoped<DirectoryDemo>()
        .AddSingleton<DirectoryWords>()
        .AddScoped<Referrals.CaseServicePlanning>()
        .AddScoped<Referrals.ReferralConsentCheck>()
        .AddScoped<Referrals.ServiceReferrals>()
        .AddScoped<Referrals.ServiceReferralViews>()
        .AddScoped<Referrals.ServiceReferralFigures>()
        .AddScoped<Referrals.ReferralDemo>()
        .AddDirectoryExchange();
}
