using Hartline.Security.Audit;

namespace Hartline.Features.Services.Directory;

/// <summary>
/// A provider's statement of how much room a service has, as of when and by whom. Each is kept (the directory
/// shows the latest and how old it is), so a placement search can tell a full shelter from a figure nobody has
/// confirmed for a month.
/// </summary>
public sealed class ServiceAvailability : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ServiceId { get; set; }
    [ShownInAudit] public bool Accepting { get; set; }
    [ShownInAudit] public int? Beds { get; set; }
    [ShownInAudit] public int? Slots { get; set; }
    [ShownInAudit] public int? WaitlistLength { get; set; }
    public string? Note { get; set; }
    public Guid RecordedById { get; set; }
    public Guid RecordedByAgencyId { get; set; }
    [Hartline.Data.CreationStamp]
    public DateTime RecordedAt { get; set; }
}
