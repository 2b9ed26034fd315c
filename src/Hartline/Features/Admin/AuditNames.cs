using System.Text;
using Hartline.Security.Audit;

namespace Hartline.Features.Admin;

/// <summary>
/// The audit trail in words an Administrator reads: what was done ("Viewed", not Read), to what kind of
/// record ("Care-team member", not CareTeamAssignment), and where that record's own page is. The trail
/// stores the codes; only the page and the export translate them.
/// </summary>
public static class AuditNames
{
    private static readonly Dictionary<AuditAction, string> Actions = new()
    {
        [AuditAction.Create] = "Created",
        [AuditAction.Update] = "Changed",
        [AuditAction.Read] = "Viewed",
        [AuditAction.Export] = "Exported",
        [AuditAction.Merge] = "Merged",
        [AuditAction.Unmerge] = "Merge or link undone",
        [AuditAction.SignIn] = "Signed in",
        [AuditAction.SignInFailed] = "Sign-in failed",
        [AuditAction.SignOut] = "Signed out",
        [AuditAction.Lockout] = "Locked out",
        [AuditAction.Denied] = "Refused",
    };

    /// <summary>Kinds of record, keyed by the name the trail stores (the entity's type name).</summary>
    private static readonly Dictionary<string, string> Records = new()
    {
        ["Person"] = "Youth (registry record)",
        ["Referral"] = "Referral",
        ["ScreeningRecord"] = "Screening",
        ["TraffickingDetermination"] = "Determination",
        ["DuplicateDecision"] = "Same-youth answer at intake",
        ["PossibleDuplicate"] = "Possible duplicate pair",
        ["PersonMerge"] = "Merge of two youth records",
        ["Case"] = "Case",
        ["CaseAccessGrant"] = "Case share",
        ["CaseStatusChange"] = "Case status change",
        ["CareTeamAssignment"] = "Care-team member",
        ["ExploitationProfile"] = "Exploitation profile",
        ["MissingEpisode"] = "Missing-from-care episode",
        ["SharingConsent"] = "Consent to share",
        ["CaseNote"] = "Case note",
        ["CaseNoteReader"] = "Case note's readers",
        ["PlanItem"] = "Plan item",
        ["PlanItemAgreement"] = "Youth's answer on a plan item",
        ["YouthPreferences"] = "Youth's preferences",
        ["YouthFeedback"] = "Youth's feedback",
        ["LegalProtection"] = "Legal protection",
        ["LegalProtectionStep"] = "Legal protection step",
        ["Offender"] = "Offender",
        ["Arrest"] = "Arrest",
        ["Charge"] = "Charge",
        ["ChargeDisposition"] = "Charge outcome",
        ["CourtDate"] = "Court date",
        ["MdtTeam"] = "MDT team",
        ["MdtMember"] = "MDT member",
        ["MdtMeeting"] = "MDT meeting",
        ["AgendaItem"] = "MDT agenda item",
        ["MeetingAttendance"] = "MDT attendance",
        ["AgendaNote"] = "MDT recommendation or decision",
        ["ActionItem"] = "MDT action item",
        ["Agency"] = "Agency",
        ["HartlineUser"] = "User account",
        ["User"] = "User account",
        ["Page"] = "Page or form",
        [AuditExport.EntityType] = "Audit log",
    };

    /// <summary>Records with a page of their own: the link is only a link, that page still decides who may open it.</summary>
    private static readonly Dictionary<string, string> Pages = new()
    {
        ["Case"] = "/Cases/{0}",
        ["Referral"] = "/Intake/Referrals/{0}",
        ["PossibleDuplicate"] = "/People/Duplicates/{0}",
        ["MdtMeeting"] = "/Mdt/Meetings/{0}",
        ["MdtTeam"] = "/Mdt/Teams/{0}",
    };

    public static string Action(AuditAction action) => Actions.GetValueOrDefault(action, Words(action.ToString()));

    /// <summary>The action as the trail stores it ("Read"); an unknown code is shown in words, never as it is.</summary>
    public static string Action(string code) =>
        Enum.TryParse<AuditAction>(code, out var action) && Enum.IsDefined(action) ? Action(action) : Words(code);

    public static string Record(string entityType) => Records.GetValueOrDefault(entityType) ?? Words(entityType);

    /// <summary>The choices of the record-type filter, in words, alphabetically (one entry per stored name).</summary>
    public static IEnumerable<(string Code, string Name)> RecordTypes =>
        Records.Where(r => r.Key != "User").Select(r => (r.Key, r.Value)).OrderBy(r => r.Value, StringComparer.Ordinal);

    public static IEnumerable<(AuditAction Code, string Name)> ActionChoices => Actions.Select(a => (a.Key, a.Value));

    /// <summary>The record's own page, when it has one and the id is an id; null otherwise.</summary>
    public static string? PageOf(string entityType, string? entityId) =>
        Pages.TryGetValue(entityType, out var pattern) && Guid.TryParse(entityId, out var id) ? string.Format(pattern, id) : null;

    /// <summary>"CareTeamAssignment" → "Care team assignment": a name no one has put into words yet is at least not a code.</summary>
    public static string Words(string name)
    {
        var words = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (i > 0 && char.IsUpper(c) && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]) && char.IsUpper(name[i - 1]))))
                words.Append(' ').Append(char.ToLowerInvariant(c));
            else
                words.Append(i == 0 ? char.ToUpperInvariant(c) : c);
        }
        return words.ToString();
    }
}
