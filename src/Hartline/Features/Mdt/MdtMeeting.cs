using Hartline.Security.Audit;

namespace Hartline.Features.Mdt;

/// <summary>One sitting of a team. Cancelled meetings are kept with their agenda.</summary>
public sealed class MdtMeeting : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TeamId { get; set; }
    public DateTime StartsAt { get; set; }
    public required string Place { get; set; }
    public MeetingType Type { get; set; }
    public MeetingStatus Status { get; set; } = MeetingStatus.Scheduled;
    public Guid CreatedById { get; set; }
    [Hartline.Data.CreationStamp]
    public DateTime CreatedAt { get; set; }
}

public enum MeetingType
{
    CaseReview,
    CaseConsultation,
    Emergency,
    TeamBusiness,
}

public enum MeetingStatus { Scheduled, Held, Cancelled }

/// <summary>
/// A case on a meeting's agenda. Putting it there shares the case with the member agencies the youth
/// consented to; the others see the item only as "Restricted case".
/// </summary>
public sealed class AgendaItem : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid MeetingId { get; set; }
    public Guid CaseId { get; set; }
    public int Position { get; set; }
    public Guid AddedById { get; set; }
    [Hartline.Data.CreationStamp]
    public DateTime AddedAt { get; set; }
}

/// <summary>Who was at a meeting: a roster member marked present/absent/excused, or a guest (no member).</summary>
public sealed class MeetingAttendance : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid MeetingId { get; set; }
    /// <summary>The team member; null for a guest.</summary>
    public Guid? MemberId { get; set; }
    public string? GuestName { get; set; }
    public string? GuestAgency { get; set; }
    public string? GuestRole { get; set; }
    public AttendanceStatus Status { get; set; }
    public Guid RecordedById { get; set; }
    [Hartline.Data.CreationStamp]
    public DateTime RecordedAt { get; set; }
}

public enum AttendanceStatus { Present, Absent, Excused }

/// <summary>A recommendation or decision the team recorded on one agenda case. Kept as written.</summary>
public sealed class AgendaNote : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid AgendaItemId { get; set; }
    public NoteKind Kind { get; set; }
    [Hartline.Security.Audit.ConfidentialText]
    public required string Text { get; set; }
    public Guid RecordedById { get; set; }
    [Hartline.Data.CreationStamp]
    public DateTime RecordedAt { get; set; }
}

public enum NoteKind { Recommendation, Decision }

/// <summary>
/// Work the team gave a member on one case. Carries its meeting and case so the overdue list and the
/// dashboard filter it through the case scope in one query.
/// </summary>
public sealed class ActionItem : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid AgendaItemId { get; set; }
    public Guid MeetingId { get; set; }
    public Guid CaseId { get; set; }
    [Hartline.Security.Audit.ConfidentialText]
    public required string Description { get; set; }
    public Guid OwnerMemberId { get; set; }
    public DateOnly DueOn { get; set; }
    public ActionStatus Status { get; set; } = ActionStatus.Open;
    public DateOnly? CompletedOn { get; set; }
    public Guid CreatedById { get; set; }
    [Hartline.Data.CreationStamp]
    public DateTime CreatedAt { get; set; }
}

public enum ActionStatus { Open, Done, Cancelled }
