namespace Hartline.Features.Mdt;

/// <summary>The words the meeting page, the minutes page and the minutes PDF share.</summary>
public static class MeetingText
{
    public const string Restricted = "Restricted case";

    public const string RestrictedExplained =
        "You may not read this case (it is not shared with your agency), so nothing more of it is shown.";

    public static string Describe(ActionItemView a) => a.Status switch
    {
        ActionStatus.Done => a.CompletedOn is { } on ? $"done {on:yyyy-MM-dd}" : "done",
        ActionStatus.Cancelled => "cancelled",
        _ => a.Overdue ? "open, overdue" : "open",
    };

    public static string Attendance(AttendanceStatus? status) => status?.Label() ?? "not marked";
}
