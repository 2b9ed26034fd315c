using Hartline.Security.Audit;

namespace Hartline.Features.Admin;

/// <summary>
/// The audit trail in words an Administrator reads: what was done ("Viewed", not Read), to what kind of
/// record ("Care-team member", not CareTeamAssignment), and where that record's own page is. The words
/// come from the one catalogue (DisplayNames); the trail stores the codes, only the page and the export
/// translate them.
/// </summary>
public static class AuditNames
{
    /// <summary>Records with a page of their own: the link is only a link, that page still decides who may open it.</summary>
    private static readonly Dictionary<string, string> Pages = new()
    {
        ["Case"] = "/Cases/{0}",
        ["Referral"] = "/Intake/Referrals/{0}",
        ["PossibleDuplicate"] = "/People/Duplicates/{0}",
        ["MdtMeeting"] = "/Mdt/Meetings/{0}",
        ["MdtTeam"] = "/Mdt/Teams/{0}",
    };

    public static string Action(AuditAction action) => DisplayNames.Of(action);

    /// <summary>The action as the trail stores it ("Read"); an unknown code is shown in words, never as it is.</summary>
    public static string Action(string code) =>
        Enum.TryParse<AuditAction>(code, out var action) && Enum.IsDefined(action) ? Action(action) : DisplayNames.Spelled(code);

    public static string Record(string entityType) => DisplayNames.RecordKind(entityType);

    /// <summary>The choices of the record-type filter, in words, alphabetically (one entry per stored name).</summary>
    public static IEnumerable<(string Code, string Name)> RecordTypes =>
        DisplayNames.RecordKinds.Where(r => r.Key != "User").Select(r => (r.Key, r.Value)).OrderBy(r => r.Value, StringComparer.Ordinal);

    public static IEnumerable<(AuditAction Code, string Name)> ActionChoices => Enum.GetValues<AuditAction>().Select(a => (a, Action(a)));

    /// <summary>The record's own page, when it has one and the id is an id; null otherwise.</summary>
    public static string? PageOf(string entityType, string? entityId) =>
        Pages.TryGetValue(entityType, out var pattern) && Guid.TryParse(entityId, out var id) ? string.Format(pattern, id) : null;
}
