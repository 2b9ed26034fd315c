using System.Text;
using Hartline.Features.Admin;
using Hartline.Features.Cases;
using Hartline.Features.Cases.Legal;
using Hartline.Features.Cases.Notes;
using Hartline.Features.Cases.Plan;
using Hartline.Features.Cases.Sharing;
using Hartline.Features.Cases.Team;
using Hartline.Features.Intake;
using Hartline.Features.Intake.Determination;
using Hartline.Features.Intake.Duplicates;
using Hartline.Features.Mdt;
using Hartline.Features.People.Duplicates;
using Hartline.Jurisdictions;
using Hartline.Security;
using Hartline.Security.Audit;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Hartline.Features;

/// <summary>
/// The one catalogue of the words people read for coded values: statuses, roles, share purposes, sources of
/// a decision, vocabularies, audit actions. Pages, exports, the minutes and validation messages take their
/// words from here, so a code never reaches a reader and a wording is changed in one place. Written as a
/// title ("Linked to a case"); a sentence that needs lower case lowers it itself.
/// </summary>
public static class DisplayNames
{
    private static readonly Dictionary<Enum, string> Names = new()
    {
        // Intake
        // a referral's status says what it is waiting for, since that is what the intake list is read for
        [ReferralStatus.Received] = "Waiting to be screened", [ReferralStatus.Screened] = "Screened, waiting for a determination",
        [ReferralStatus.Determined] = "Determined, no case yet", [ReferralStatus.LinkedToCase] = "Linked to a case",
        [TraffickingStatus.PossibleVictim] = "Possible victim", [TraffickingStatus.ConfirmedVictim] = "Confirmed victim",
        [TraffickingStatus.NotAVictim] = "Not a victim",
        [DecidingOrganisation.ChildWelfare] = "Child welfare", [DecidingOrganisation.Police] = "Police",
        [DecidingOrganisation.CourtOrProsecution] = "Court or prosecution", [DecidingOrganisation.Ngo] = "Non-governmental organisation",
        [DecidingOrganisation.Other] = "Other",
        [ExploitationType.Sex] = "Sex", [ExploitationType.Labor] = "Labor", [ExploitationType.Both] = "Both sex and labor",
        [ExploitationType.Unknown] = "Unknown",
        [AmpAction.Recruit] = "Recruit", [AmpAction.Entice] = "Entice", [AmpAction.Harbor] = "Harbor", [AmpAction.Transport] = "Transport",
        [AmpAction.Provide] = "Provide", [AmpAction.Obtain] = "Obtain", [AmpAction.Advertise] = "Advertise", [AmpAction.Maintain] = "Maintain",
        [AmpAction.Patronize] = "Patronize", [AmpAction.Solicit] = "Solicit",
        [AmpMeans.Force] = "Force", [AmpMeans.Fraud] = "Fraud", [AmpMeans.Coercion] = "Coercion",
        [AmpPurpose.CommercialSex] = "Commercial sex", [AmpPurpose.LaborOrServices] = "Labor or services",
        [Pathway.SexTrafficking] = "Sex trafficking", [Pathway.LaborTrafficking] = "Labor trafficking",
        [AmpElement.Action] = "Action", [AmpElement.Means] = "Means", [AmpElement.Purpose] = "Purpose",
        [DuplicateVerdict.SamePerson] = "Same youth", [DuplicateVerdict.DifferentPerson] = "A different youth",

        // People
        [PossibleDuplicateStatus.Open] = "Waiting for review", [PossibleDuplicateStatus.Merged] = "Merged",
        [PossibleDuplicateStatus.NotDuplicates] = "Different youth",

        // Cases
        [CaseStatus.Open] = "Open", [CaseStatus.Active] = "Active", [CaseStatus.FollowUp] = "Follow-up", [CaseStatus.Closed] = "Closed",
        [CaseStatus.Reopened] = "Reopened",
        [GrantKind.ServiceReferral] = "Service referral", [GrantKind.Mdt] = "MDT", [GrantKind.LawEnforcement] = "Law enforcement",
        [ConsentGiver.Youth] = "Youth", [ConsentGiver.Guardian] = "Guardian", [ConsentGiver.YouthAndGuardian] = "Youth and guardian",
        [ConsentGiver.CourtOrder] = "Court order",
        [CareTeamRole.PrimaryWorker] = "Primary worker", [CareTeamRole.MdtCoordinator] = "MDT coordinator", [CareTeamRole.Advocate] = "Advocate",
        [CareTeamRole.Attorney] = "Attorney", [CareTeamRole.Therapist] = "Therapist", [CareTeamRole.MedicalProvider] = "Medical provider",
        [CareTeamRole.LawEnforcement] = "Law enforcement", [CareTeamRole.Mentor] = "Mentor", [CareTeamRole.SurvivorMentor] = "Survivor mentor",
        [CareTeamRole.SchoolContact] = "School contact", [CareTeamRole.PlacementProvider] = "Placement provider", [CareTeamRole.Other] = "Other",
        [NoteLevel.Team] = "Team – everyone with access to the case", [NoteLevel.Restricted] = "Restricted – named agencies",
        [NoteLevel.Privileged] = "Privileged – counselor communication, your agency only",
        [Cases.Notes.NoteKind.Contact] = "Contact", [Cases.Notes.NoteKind.HomeVisit] = "Home visit", [Cases.Notes.NoteKind.Court] = "Court",
        [Cases.Notes.NoteKind.Medical] = "Medical", [Cases.Notes.NoteKind.Mdt] = "MDT", [Cases.Notes.NoteKind.Other] = "Other",
        [PlanDomain.Education] = "Education", [PlanDomain.Financial] = "Financial", [PlanDomain.Health] = "Health", [PlanDomain.Legal] = "Legal",
        [PlanDomain.Livelihood] = "Livelihood", [PlanDomain.SocialCare] = "Social care", [PlanDomain.Housing] = "Housing",
        [PlanDomain.MentalHealth] = "Mental health", [PlanDomain.Safety] = "Safety", [PlanDomain.Other] = "Other",
        [PlanItemStatus.Proposed] = "Proposed", [PlanItemStatus.Active] = "Active", [PlanItemStatus.Achieved] = "Achieved",
        [PlanItemStatus.Dropped] = "Dropped",
        [YouthAgreement.Agreed] = "Agreed", [YouthAgreement.Disagreed] = "Did not agree", [YouthAgreement.NotAsked] = "Not asked yet",
        [AgreementHow.InPerson] = "In person", [AgreementHow.Phone] = "By phone", [AgreementHow.Video] = "By video call",
        [AgreementHow.Written] = "In writing or by message", [AgreementHow.Mdt] = "At an MDT meeting", [AgreementHow.Other] = "Other",
        [ContactMethod.ThroughCaseWorker] = "Through their case worker", [ContactMethod.PhoneCall] = "Phone call (contact on file)",
        [ContactMethod.TextMessage] = "Text message (contact on file)", [ContactMethod.Email] = "E-mail (contact on file)",
        [ContactMethod.InPerson] = "In person only", [ContactMethod.Other] = "Other",
        [FeedbackChannel.Conversation] = "Conversation", [FeedbackChannel.Survey] = "Survey", [FeedbackChannel.Mdt] = "MDT meeting",
        [FeedbackChannel.Other] = "Other",

        // Legal and justice
        [ProtectionKind.AffirmativeDefense] = "Affirmative defense", [ProtectionKind.Vacatur] = "Vacatur of records",
        [ProtectionKind.UncaredForClassification] = "\"Uncared for\" classification", [ProtectionKind.TVisa] = "T visa",
        [ProtectionKind.ContinuedPresence] = "Continued Presence", [ProtectionKind.VictimCompensation] = "Victim compensation",
        [ProtectionKind.ProtectiveOrder] = "Protective or restraining order",
        [ProtectionStep.Raised] = "Raised", [ProtectionStep.Requested] = "Requested", [ProtectionStep.Applied] = "Applied for",
        [ProtectionStep.Accepted] = "Accepted", [ProtectionStep.Rejected] = "Rejected", [ProtectionStep.Granted] = "Granted",
        [ProtectionStep.Denied] = "Denied", [ProtectionStep.Awarded] = "Awarded", [ProtectionStep.Withdrawn] = "Withdrawn",
        [OffenderRole.Trafficker] = "Trafficker (exploiter)", [OffenderRole.Recruiter] = "Recruiter", [OffenderRole.Buyer] = "Buyer",
        [OffenderRole.Facilitator] = "Facilitator", [OffenderRole.Transporter] = "Transporter", [OffenderRole.Other] = "Other",
        [OffenderRelationship.FamilyOrCaregiver] = "Family member or caregiver", [OffenderRelationship.IntimatePartner] = "Intimate partner",
        [OffenderRelationship.Employer] = "Employer", [OffenderRelationship.Acquaintance] = "Acquaintance",
        [OffenderRelationship.Stranger] = "Stranger", [OffenderRelationship.Unknown] = "Unknown",
        [DispositionOutcome.Pending] = "Pending", [DispositionOutcome.Convicted] = "Convicted",
        [DispositionOutcome.ConvictedOfLesserOffense] = "Convicted of a lesser offense", [DispositionOutcome.Dismissed] = "Dismissed",
        [DispositionOutcome.Nolled] = "Nolled (prosecution not continued)", [DispositionOutcome.Acquitted] = "Acquitted",
        [CourtPurpose.Arraignment] = "Arraignment", [CourtPurpose.PretrialHearing] = "Pretrial hearing", [CourtPurpose.Trial] = "Trial",
        [CourtPurpose.Sentencing] = "Sentencing", [CourtPurpose.ProtectionHearing] = "Hearing on one of the youth's protections",
        [CourtPurpose.YouthTestimony] = "The youth testifies", [CourtPurpose.Other] = "Other",

        // MDT
        [MdtRole.MdtCoordinator] = "MDT coordinator", [MdtRole.DcfLiaison] = "DCF liaison", [MdtRole.LawEnforcementLiaison] = "Law-enforcement liaison",
        [MdtRole.Prosecutor] = "Prosecutor", [MdtRole.ServiceProvider] = "Service provider", [MdtRole.MedicalAdvocate] = "Medical advocate",
        [MdtRole.MentalHealth] = "Mental health", [MdtRole.SchoolOutreach] = "School outreach", [MdtRole.Attorney] = "Attorney",
        [MdtRole.SurvivorAdvocate] = "Survivor advocate", [MdtRole.HomelessYouthAdvocate] = "Homeless-youth advocate",
        [MdtRole.FaithBasedPartner] = "Faith-based partner", [MdtRole.Ems] = "Emergency medical services", [MdtRole.Other] = "Other",
        [MeetingType.CaseReview] = "Case review", [MeetingType.CaseConsultation] = "Case consultation",
        [MeetingType.Emergency] = "Emergency / urgent", [MeetingType.TeamBusiness] = "Team business / training",
        [MeetingStatus.Scheduled] = "Scheduled", [MeetingStatus.Held] = "Held", [MeetingStatus.Cancelled] = "Cancelled",
        [AttendanceStatus.Present] = "Present", [AttendanceStatus.Absent] = "Absent", [AttendanceStatus.Excused] = "Excused",
        [Mdt.NoteKind.Recommendation] = "Recommendation", [Mdt.NoteKind.Decision] = "Decision",
        [ActionStatus.Open] = "Open", [ActionStatus.Done] = "Done", [ActionStatus.Cancelled] = "Cancelled",

        // Service directory
        [Services.Directory.ServiceStatus.Active] = "Open", [Services.Directory.ServiceStatus.Inactive] = "Not running",
        [Services.Directory.ServiceStatus.Defunct] = "Closed for good", [Services.Directory.ServiceStatus.TemporarilyClosed] = "Closed for now",
        [Services.Directory.LocationType.Physical] = "In person", [Services.Directory.LocationType.Postal] = "Postal address",
        [Services.Directory.LocationType.Virtual] = "Online",

        // Published statistics
        [Reports.Disclosure.CellState.Shown] = "Shown", [Reports.Disclosure.CellState.Primary] = "Withheld: a count under the threshold",
        [Reports.Disclosure.CellState.Complementary] = "Withheld so that a small count cannot be worked out",
        [Reports.Disclosure.CellState.NotPublished] = "Not published",

        // Service referrals
        [Services.Referrals.NeedStatus.Open] = "Needed", [Services.Referrals.NeedStatus.Met] = "Met",
        [Services.Referrals.NeedStatus.NoLongerNeeded] = "No longer needed",
        [Services.Referrals.ServiceReferralStatus.Drafted] = "Draft, not sent", [Services.Referrals.ServiceReferralStatus.Sent] = "Sent, waiting for an answer",
        [Services.Referrals.ServiceReferralStatus.Accepted] = "Accepted", [Services.Referrals.ServiceReferralStatus.Declined] = "Declined",
        [Services.Referrals.ServiceReferralStatus.Withdrawn] = "Withdrawn", [Services.Referrals.ServiceReferralStatus.Engaged] = "Youth started",
        [Services.Referrals.ServiceReferralStatus.Completed] = "Completed", [Services.Referrals.ServiceReferralStatus.Ended] = "Ended early",
        [Services.Referrals.DeclineReason.NoCapacity] = "No room now", [Services.Referrals.DeclineReason.NotEligible] = "The youth is not eligible",
        [Services.Referrals.DeclineReason.CannotMeetNeeds] = "Cannot meet the youth's needs", [Services.Referrals.DeclineReason.YouthDeclined] = "The youth said no",
        [Services.Referrals.DeclineReason.CouldNotReachYouth] = "Could not reach the youth", [Services.Referrals.DeclineReason.SafetyConcern] = "A safety concern",
        [Services.Referrals.DeclineReason.Other] = "Another reason",
        [Services.Referrals.EndReason.YouthStopped] = "The youth stopped coming", [Services.Referrals.EndReason.YouthMoved] = "The youth moved away",
        [Services.Referrals.EndReason.NoContact] = "Lost contact with the youth", [Services.Referrals.EndReason.ServiceClosed] = "The service closed",
        [Services.Referrals.EndReason.NeedsChanged] = "The youth's needs changed", [Services.Referrals.EndReason.SafetyConcern] = "A safety concern",
        [Services.Referrals.EndReason.Other] = "Another reason",
        [Services.Referrals.ReferralResult.GoalsMet] = "Goals met", [Services.Referrals.ReferralResult.PartlyMet] = "Goals partly met",
        [Services.Referrals.ReferralResult.NotMet] = "Goals not met",
        [Services.Referrals.SharedField.FirstName] = "First name", [Services.Referrals.SharedField.LastName] = "Last name",
        [Services.Referrals.SharedField.DateOfBirth] = "Date of birth", [Services.Referrals.SharedField.Age] = "Age",
        [Services.Referrals.SharedField.Gender] = "Gender", [Services.Referrals.SharedField.Region] = "Region",
        [Services.Referrals.SharedField.Language] = "Language", [Services.Referrals.SharedField.Populations] = "Groups the youth belongs to",
        [Services.Referrals.SharedField.CaseWorker] = "Case worker to call", [Services.Referrals.SharedField.SafetyConcern] = "Safety concern",
        [Services.Referrals.ShareProfile.Enquiry] = "Enquiry (no name)", [Services.Referrals.ShareProfile.Minimum] = "Minimum",
        [Services.Referrals.ShareProfile.Placement] = "Placement",
        [Services.Referrals.ExclusionRule.Closed] = "Closed for now", [Services.Referrals.ExclusionRule.TooYoung] = "Too young",
        [Services.Referrals.ExclusionRule.TooOld] = "Too old", [Services.Referrals.ExclusionRule.Region] = "Another region",
        [Services.Referrals.ExclusionRule.Gender] = "Another gender", [Services.Referrals.ExclusionRule.Population] = "Meant for another group",
        [Services.Referrals.ExclusionRule.NoCapacity] = "No room", [Services.Referrals.ExclusionRule.StaleCapacity] = "Room not confirmed lately",
        [Services.Referrals.ExclusionRule.NoCapacityFigure] = "Room never recorded",

        // Lists and corrections
        [Shared.AgeGroup.Under12] = "Under 12", [Shared.AgeGroup.From12To14] = "12 to 14", [Shared.AgeGroup.From15To17] = "15 to 17",
        [Shared.AgeGroup.Adult] = "18 or older", [Shared.AgeGroup.NotRecorded] = "Date of birth not recorded",
        [Intake.Corrections.CorrectableField.GivenName] = "First name", [Intake.Corrections.CorrectableField.MiddleName] = "Middle name",
        [Intake.Corrections.CorrectableField.FamilyName] = "Family name", [Intake.Corrections.CorrectableField.DateOfBirth] = "Date of birth",
        [Intake.Corrections.CorrectableField.Source] = "Referral source", [Intake.Corrections.CorrectableField.ReportingAgency] = "Reporting agency",
        [Intake.Corrections.CorrectableField.Narrative] = "What was reported",
        [Intake.Corrections.CorrectableField.CarelineReportNumber] = "Hotline report number", // the service names it after the jurisdiction's hotline

        // Agencies and the audit log
        [AgencyKind.ChildWelfare] = "Child welfare", [AgencyKind.LawEnforcement] = "Law enforcement", [AgencyKind.Prosecution] = "Prosecution",
        [AgencyKind.ServiceProvider] = "Service provider", [AgencyKind.Medical] = "Medical", [AgencyKind.School] = "School",
        [AgencyKind.Coordination] = "Coordination", [AgencyKind.Other] = "Other",
        [AuditAction.Create] = "Created", [AuditAction.Update] = "Changed", [AuditAction.Read] = "Viewed", [AuditAction.Export] = "Exported",
        [AuditAction.Merge] = "Merged", [AuditAction.Unmerge] = "Merge or link undone", [AuditAction.SignIn] = "Signed in",
        [AuditAction.SignInFailed] = "Sign-in failed", [AuditAction.SignOut] = "Signed out", [AuditAction.Lockout] = "Locked out",
        [AuditAction.Denied] = "Refused",

        // Background jobs (exports)
        [Jobs.JobState.Queued] = "Waiting to start", [Jobs.JobState.Running] = "Running",
        [Jobs.JobState.Finished] = "Ready to download", [Jobs.JobState.Failed] = "Failed",
    };

    /// <summary>
    /// The enums that never reach a reader (internal outcomes, settings, query levels): the test that every enum
    /// is catalogued leaves these out, and a page that printed one would still be caught by the page walk.
    /// </summary>
    public static readonly IReadOnlySet<Type> Internal = new HashSet<Type>
    {
        typeof(ScopeLevel), typeof(ScopePurpose), typeof(Data.DatabaseProvider), typeof(OutcomeKind), typeof(TextInput.Kind),
        typeof(Account.SignInOutcome), typeof(SharingOutcome), typeof(NoteUse), typeof(ClassStatus),
        typeof(ReferralSort), typeof(Cases.CaseSort), // sort keys: the column headers that set them are written on the pages
        typeof(Data.NumberedRecord), // shown only inside a number ("R-2026-00042") and as "case number" or "referral number"
        typeof(Services.Referrals.ReferralMove), // the buttons name the steps ("Accept the referral")
        typeof(Services.Referrals.YouthShown),
        typeof(Reports.Disclosure.RelationKind), // how cells add up, for the disclosure check; never shown
        typeof(Security.Audit.Chain.AuditBreakKind), // the command line writes it as a lower-case word (edited, inserted, deleted)
        typeof(Security.Audit.Chain.ChainFault), // read into an AuditBreak, whose message says it in words
        typeof(Reports.Statistics.PeriodKind), // the period is shown in its own words ("2019Q3", "2019", "1 Mar – 15 Jun 2019")
        typeof(Reports.Documents.ChartKind), typeof(Reports.Documents.CellFormat), // how a table is drawn and its figures read
        typeof(Reports.Documents.Charts.LabelPlace), // where a chart puts a value label
    };

    public static bool Knows(Enum value) => Names.ContainsKey(value);

    /// <summary>The words for a coded value. One the catalogue lacks is spelled out from its name ("Linked to case"), never shown as it is.</summary>
    public static string Of(Enum value) => Names.TryGetValue(value, out var name) ? name : Spelled(value.ToString());

    /// <summary>The words for a value kept as its name (a stored or posted code); an unknown one is spelled out.</summary>
    public static string Of<T>(string code) where T : struct, Enum => Enum.TryParse<T>(code, out var value) ? Of(value) : Spelled(code);

    /// <summary>The same, for Razor: <c>@status.Label()</c>.</summary>
    public static string Label(this Enum value) => Of(value);

    /// <summary>The choices of a select list in words, the value being the member's name (which model binding reads).</summary>
    public static IEnumerable<SelectListItem> Options<T>(T? selected = null) where T : struct, Enum =>
        Enum.GetValues<T>().Select(v => new SelectListItem(Of(v), v.ToString(), selected is { } s && s.Equals(v)));

    /// <summary>A role as people say it (roles are strings in the identity store).</summary>
    public static string Role(string role) => role switch
    {
        Roles.Administrator => "Administrator",
        Roles.Coordinator => "HART coordinator",
        Roles.Investigator => "Investigator",
        Roles.LawEnforcement => "Law-enforcement liaison",
        Roles.Provider => "Service provider",
        Roles.MdtMember => "MDT member",
        Roles.Trainer => "Trainer",
        Roles.Analyst => "Analyst",
        _ => Spelled(role),
    };

    /// <summary>The kinds of record the audit trail names, keyed by the name it stores (the entity's type name).</summary>
    public static readonly IReadOnlyDictionary<string, string> RecordKinds = new Dictionary<string, string>
    {
        ["Person"] = "Youth (registry record)",
        ["Referral"] = "Referral",
        ["ReferralCorrection"] = "Correction of a referral",
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
        [Admin.AuditExport.EntityType] = "Audit log",
        [Jobs.JobQueue.AuditEntity] = "Export (background job)",
    };

    /// <summary>The kind of record an audit event is about, named by its type in the audit trail ("CaseAccessGrant").</summary>
    public static string RecordKind(string entityType) => RecordKinds.GetValueOrDefault(entityType) ?? Spelled(entityType);

    /// <summary>What a share is for, as the end of "shared … for": "for the multidisciplinary team".</summary>
    public static string SharePurpose(GrantKind kind) => kind switch
    {
        GrantKind.ServiceReferral => "a service referral",
        GrantKind.Mdt => "the multidisciplinary team",
        GrantKind.LawEnforcement => "law enforcement",
        _ => Of(kind).ToLowerInvariant(),
    };

    /// <summary>"LinkedToCase" → "Linked to case", "MDTSession" → "MDT session": the last resort for a value nobody catalogued.</summary>
    public static string Spelled(string name)
    {
        var words = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            // a capital starts a word after a small letter, or when it begins a word after an acronym ("MDTSession")
            if (i > 0 && char.IsUpper(c) && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1])
                    || (i + 1 < name.Length && char.IsLower(name[i + 1]) && char.IsUpper(name[i - 1]))))
                words.Append(' ').Append(char.ToLowerInvariant(c));
            else
                words.Append(i == 0 ? char.ToUpperInvariant(c) : c);
        }
        return words.ToString();
    }
}
