using Hartline.Security.Audit;

namespace Hartline.Features.Services.Directory;

// How to reach a service and when: HSDS phone, contact, schedule, language and service_area. Each belongs to
// one of an organisation, a service, a location or a service at a location, as HSDS allows.

public sealed class DirectoryPhone : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid? LocationId { get; set; }
    public Guid? ServiceId { get; set; }
    public Guid? OrganizationId { get; set; }
    public Guid? ContactId { get; set; }
    public Guid? ServiceAtLocationId { get; set; }
    public required string Number { get; set; }
    public int? Extension { get; set; }
    public string? Type { get; set; }
    public string? Description { get; set; }
}

public sealed class DirectoryContact : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid? OrganizationId { get; set; }
    public Guid? ServiceId { get; set; }
    public Guid? ServiceAtLocationId { get; set; }
    public Guid? LocationId { get; set; }
    public string? Name { get; set; }
    public string? Title { get; set; }
    public string? Department { get; set; }
    public string? Email { get; set; }
}

/// <summary>Opening hours in iCalendar terms (HSDS <c>schedule</c>): weekly or monthly, with the days and times.</summary>
public sealed class DirectorySchedule : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid? ServiceId { get; set; }
    public Guid? LocationId { get; set; }
    public Guid? ServiceAtLocationId { get; set; }
    public DateOnly? ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }
    public DateOnly? DtStart { get; set; }
    public decimal? Timezone { get; set; }
    public DateOnly? Until { get; set; }
    public int? Count { get; set; }
    public string? Wkst { get; set; }
    public string? Freq { get; set; }
    public int? Interval { get; set; }
    public string? ByDay { get; set; }
    public string? ByWeekNo { get; set; }
    public string? ByMonthDay { get; set; }
    public string? ByYearDay { get; set; }
    public string? Description { get; set; }
    /// <summary>Kept as written ("09:00:00-05:00"): HSDS times carry their own offset.</summary>
    public string? OpensAt { get; set; }
    public string? ClosesAt { get; set; }
    public string? ScheduleLink { get; set; }
    public string? AttendingType { get; set; }
    public string? Notes { get; set; }
}

/// <summary>A language a service, location or phone line works in (HSDS <c>language</c>; code ISO 639-1 or 639-3).</summary>
public sealed class DirectoryLanguage : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid? ServiceId { get; set; }
    public Guid? LocationId { get; set; }
    public Guid? PhoneId { get; set; }
    public string? Name { get; set; }
    public string? Code { get; set; }
    public string? Note { get; set; }
}

/// <summary>The area a service covers (HSDS <c>service_area</c>), described or drawn.</summary>
public sealed class ServiceArea : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid? ServiceId { get; set; }
    public string? Name { get; set; }
    public string? Description { get; set; }
    public string? Extent { get; set; }
    public string? ExtentType { get; set; }
    public string? Uri { get; set; }
}
