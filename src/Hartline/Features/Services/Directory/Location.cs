using Hartline.Security.Audit;

namespace Hartline.Features.Services.Directory;

/// <summary>Where a service is given: a building, a postal address, or online (HSDS <c>location</c>).</summary>
public sealed class Location : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public LocationType LocationType { get; set; } = LocationType.Physical;
    public string? Url { get; set; }
    public Guid? OrganizationId { get; set; }
    [ShownInAudit] public string? Name { get; set; }
    public string? AlternateName { get; set; }
    public string? Description { get; set; }
    public string? Transportation { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public string? ExternalIdentifier { get; set; }
    public string? ExternalIdentifierType { get; set; }
}

public enum LocationType { Physical, Postal, Virtual }

/// <summary>A location's street or postal address (HSDS <c>address</c>).</summary>
public sealed class LocationAddress : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid? LocationId { get; set; }
    public string? Attention { get; set; }
    public required string Address1 { get; set; }
    public string? Address2 { get; set; }
    public required string City { get; set; }
    public string? Region { get; set; }
    public required string StateProvince { get; set; }
    public required string PostalCode { get; set; }
    /// <summary>ISO 3166-1 alpha-2.</summary>
    public required string Country { get; set; }
    public LocationType AddressType { get; set; } = LocationType.Physical;
}

/// <summary>A service as given at one location (HSDS <c>service_at_location</c>).</summary>
public sealed class ServiceAtLocation : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ServiceId { get; set; }
    public Guid LocationId { get; set; }
    public string? Description { get; set; }
}
