using static Hartline.Security.Roles;

namespace Hartline.Tests.Security.Matrix;

/// <summary>How the record a route names stands to the signed-in user's agency.</summary>
public enum Relation
{
    /// <summary>Owned (a case) or received (a referral) by the user's agency.</summary>
    Own,
    /// <summary>Another agency's, shared with the user's agency for its regional MDT.</summary>
    Shared,
    /// <summary>Another agency's, not shared.</summary>
    Other,
    /// <summary>No such record: the id is made up.</summary>
    Missing,
}

/// <summary>The kind of record the first id in a route names; None for a route that names none (or one only made up here).</summary>
public enum RecordKind { None, Case, Referral, User }

/// <summary>Who may reach a route: a record kind and, per role and relation, whether the route answers them.</summary>
public sealed record AccessRule(string Name, RecordKind Record, Func<string, Relation, bool> Reaches, bool Anonymous = false, bool EndsSession = false)
{
    /// <summary>
    /// What the route acts on is named in the form or needs a state the matrix's records are not in (an open missing
    /// episode, a consent, an automatic link): a permitted user may be told "not found" too. A refusal is still checked.
    /// </summary>
    public bool NeedsMore { get; init; }

    public AccessRule WhenThereIs(string what) => this with { Name = $"{Name}, when there is {what}", NeedsMore = true };

    public override string ToString() => Name;
}

/// <summary>
/// The authorization matrix: every page and endpoint (as "METHOD pattern", a page's form as "?handler=Name") with who may
/// reach it. Written from the roles of design.md, not read from the app: the test compares the app's answers with it, and
/// fails for a route the app has and this table does not (a new endpoint must be given a rule here).
/// </summary>
public static class AccessRules
{
    // Who opens which case file (design.md's roles): a coordinator every case; an investigator their agency's and those
    // shared with it; law enforcement, providers and MDT members only what was shared with their agency (here for its MDT).
    private static bool SeesCase(string role, Relation r) => role switch
    {
        Coordinator => r != Relation.Missing,
        Investigator => r is Relation.Own or Relation.Shared,
        LawEnforcement or Provider or MdtMember => r == Relation.Shared,
        _ => false,
    };

    // Changing the file itself and sharing it: the owner agency's investigators, or a coordinator.
    private static bool ChangesCase(string role, Relation r) => role switch
    {
        Coordinator => r != Relation.Missing,
        Investigator => r == Relation.Own,
        _ => false,
    };

    // A referral: read by whoever sees its case, and by the agency that received it; worked (screened, determined,
    // corrected, linked, withdrawn) only by the receiving agency's investigators or a coordinator.
    private static bool SeesReferral(string role, Relation r) => SeesCase(role, r);
    private static bool WorksReferral(string role, Relation r) => ChangesCase(role, r);

    public static readonly AccessRule Open = new("anyone, signed in or not", RecordKind.None, (_, _) => true, Anonymous: true);
    public static readonly AccessRule EndsSession = new("ends the session (tried last, by SessionTests)", RecordKind.None, (_, _) => true, EndsSession: true);
    public static readonly AccessRule AnyUser = new("any signed-in user", RecordKind.None, (_, _) => true);
    public static readonly AccessRule CaseRead = new("reads the case file", RecordKind.Case, SeesCase);
    public static readonly AccessRule CaseContribute = new("adds to the case file", RecordKind.Case, SeesCase);
    public static readonly AccessRule CaseUpdate = new("changes the case file", RecordKind.Case, ChangesCase);
    public static readonly AccessRule CaseShare = new("shares the case file", RecordKind.Case, ChangesCase);
    public static readonly AccessRule ReferralRead = new("reads the referral", RecordKind.Referral, SeesReferral);
    public static readonly AccessRule ReferralWork = new("works the referral", RecordKind.Referral, WorksReferral);
    /// <summary>Every role that may open case files (the Administrator, the Trainer and the Analyst may not).</summary>
    public static readonly AccessRule RecordRoles = Only(Coordinator, Investigator, LawEnforcement, Provider, MdtMember);
    /// <summary>Intake: investigators and coordinators receive, screen and determine referrals.</summary>
    public static readonly AccessRule IntakeRoles = Only(Investigator, Coordinator);
    /// <summary>Statistics within each role's own reach, and the Analyst's across the whole jurisdiction.</summary>
    public static readonly AccessRule StatisticsRoles = Only(Coordinator, Investigator, LawEnforcement, Provider, MdtMember, Analyst);
    /// <summary>What counts every case in the jurisdiction (the de-identified case export, publications kept).</summary>
    public static readonly AccessRule WholeJurisdiction = Only(Coordinator, Analyst);
    /// <summary>MDT meetings: the agencies that sit on a team see them; coordinators run them.</summary>
    public static readonly AccessRule MdtViewers = Only(Coordinator, MdtMember, Investigator, LawEnforcement, Provider);
    public static readonly AccessRule Coordinators = Only(Coordinator);
    public static readonly AccessRule Administrators = Only(Administrator);
    /// <summary>The provider directory: read by every role that works with youth; imported by coordinators and administrators.</summary>
    public static readonly AccessRule DirectoryReaders = Only(Coordinator, Investigator, LawEnforcement, Provider, MdtMember, Administrator);
    public static readonly AccessRule DirectoryKeepers = Only(Coordinator, Administrator);

    public static AccessRule Only(params string[] roles) =>
        new($"only {string.Join(", ", roles)}", RecordKind.None, (role, _) => roles.Contains(role));

    public static readonly IReadOnlyDictionary<string, AccessRule> Table = new Dictionary<string, AccessRule>
    {
        ["GET /"] = AnyUser,
        ["GET /Account"] = AnyUser,
        ["GET /Account/ChangePassword"] = AnyUser,
        ["POST /Account/ChangePassword"] = AnyUser,
        ["GET /Account/RecoveryCodes"] = AnyUser,
        ["POST /Account/RecoveryCodes"] = AnyUser,
        ["GET /Account/SignIn"] = Open,
        ["POST /Account/SignIn"] = Open,
        ["POST /Account/SignOut"] = EndsSession,
        ["GET /Account/TwoFactor"] = AnyUser,
        ["POST /Account/TwoFactor"] = AnyUser,
        ["GET /Admin/Agencies/New"] = Administrators,
        ["POST /Admin/Agencies/New"] = Administrators,
        ["GET /Admin/Audit"] = Administrators,
        ["GET /Admin/Legal"] = Administrators,
        ["GET /Admin/Users"] = Administrators,
        ["GET /Admin/Users/New"] = Administrators,
        ["POST /Admin/Users/New"] = Administrators,
        ["GET /Admin/Users/{id:guid}"] = Administrators,
        ["POST /Admin/Users/{id:guid}?handler=Enable"] = Administrators,
        ["POST /Admin/Users/{id:guid}?handler=Role"] = Administrators,
        ["GET /Admin/Users/{id:guid}/Disable"] = Administrators,
        ["POST /Admin/Users/{id:guid}/Disable"] = Administrators,
        ["GET /Admin/Users/{id:guid}/ResetTwoFactor"] = Administrators,
        ["POST /Admin/Users/{id:guid}/ResetTwoFactor"] = Administrators,
        ["GET /Cases"] = RecordRoles,
        ["GET /Cases/{id:guid}"] = CaseRead,
        ["POST /Cases/{id:guid}?handler=Found"] = CaseContribute.WhenThereIs("an open missing episode"),
        ["POST /Cases/{id:guid}?handler=Missing"] = CaseContribute,
        ["POST /Cases/{id:guid}?handler=Status"] = CaseUpdate,
        ["GET /Cases/{id:guid}/Close"] = CaseUpdate,
        ["GET /Cases/{id:guid}/Consent"] = CaseRead,
        ["POST /Cases/{id:guid}/Consent?handler=Record"] = CaseShare,
        ["POST /Cases/{id:guid}/Consent?handler=Share"] = CaseShare,
        ["POST /Cases/{id:guid}/Consent?handler=Withdraw"] = CaseShare.WhenThereIs("a consent to withdraw"),
        ["GET /Cases/{id:guid}/Consent/{consentId:guid}/Withdraw"] = CaseRead,
        ["GET /Cases/{id:guid}/Legal"] = CaseRead,
        ["POST /Cases/{id:guid}/Legal?handler=Arrest"] = CaseUpdate,
        ["POST /Cases/{id:guid}/Legal?handler=Charge"] = CaseUpdate,
        ["POST /Cases/{id:guid}/Legal?handler=CourtDate"] = CaseUpdate,
        ["POST /Cases/{id:guid}/Legal?handler=Disposition"] = CaseUpdate,
        ["POST /Cases/{id:guid}/Legal?handler=HearingOutcome"] = CaseUpdate,
        ["POST /Cases/{id:guid}/Legal?handler=Offender"] = CaseUpdate,
        ["POST /Cases/{id:guid}/Legal?handler=Outcome"] = CaseUpdate.WhenThereIs("a protection"),
        ["POST /Cases/{id:guid}/Legal?handler=Protection"] = CaseUpdate,
        ["GET /Cases/{id:guid}/Notes"] = CaseRead,
        ["POST /Cases/{id:guid}/Notes"] = CaseContribute,
        ["GET /Cases/{id:guid}/Plan"] = CaseRead,
        ["POST /Cases/{id:guid}/Plan?handler=Agreement"] = CaseUpdate.WhenThereIs("a goal"),
        ["POST /Cases/{id:guid}/Plan?handler=Feedback"] = CaseContribute,
        ["POST /Cases/{id:guid}/Plan?handler=Item"] = CaseUpdate,
        ["POST /Cases/{id:guid}/Plan?handler=Preferences"] = CaseUpdate,
        ["POST /Cases/{id:guid}/Plan?handler=Status"] = CaseUpdate.WhenThereIs("a goal"),
        ["GET /Cases/{id:guid}/Profile"] = CaseUpdate,
        ["POST /Cases/{id:guid}/Profile"] = CaseUpdate,
        ["GET /Cases/{id:guid}/Services"] = CaseRead,
        ["POST /Cases/{id:guid}/Services?handler=CloseNeed"] = CaseUpdate.WhenThereIs("a need"),
        ["POST /Cases/{id:guid}/Services?handler=Facts"] = CaseUpdate,
        ["POST /Cases/{id:guid}/Services?handler=Need"] = CaseUpdate,
        ["GET /Cases/{id:guid}/Services/Needs/{needId:guid}/Close"] = CaseRead,
        ["GET /Cases/{id:guid}/Services/Refer"] = CaseShare.WhenThereIs("a need to refer the youth for"),
        ["POST /Cases/{id:guid}/Services/Refer"] = CaseShare.WhenThereIs("a need to refer the youth for"),
        ["GET /Cases/{id:guid}/Team"] = CaseRead,
        ["POST /Cases/{id:guid}/Team?handler=Assign"] = CaseUpdate,
        ["POST /Cases/{id:guid}/Team?handler=End"] = CaseUpdate.WhenThereIs("a worker on the team"),
        ["GET /Cases/{id:guid}/Team/{assignmentId:guid}/End"] = CaseRead,
        ["GET /Guide"] = AnyUser,
        ["GET /Intake/Referrals"] = RecordRoles,
        ["GET /Intake/Referrals/New"] = IntakeRoles,
        ["POST /Intake/Referrals/New"] = IntakeRoles,
        ["GET /Intake/Referrals/{id:guid}"] = ReferralRead,
        ["POST /Intake/Referrals/{id:guid}?handler=Link"] = ReferralWork,
        ["GET /Intake/Referrals/{id:guid}/Correct"] = ReferralWork,
        ["POST /Intake/Referrals/{id:guid}/Correct"] = ReferralWork,
        ["GET /Intake/Referrals/{id:guid}/Determine"] = ReferralWork,
        ["POST /Intake/Referrals/{id:guid}/Determine"] = ReferralWork,
        ["POST /Intake/Referrals/{id:guid}/Determine?handler=Check"] = ReferralWork,
        ["POST /Intake/Referrals/{id:guid}/Determine?handler=Reading"] = ReferralWork,
        ["GET /Intake/Referrals/{id:guid}/Screen"] = ReferralWork,
        ["POST /Intake/Referrals/{id:guid}/Screen"] = ReferralWork,
        ["GET /Intake/Referrals/{id:guid}/UndoLink"] = ReferralWork.WhenThereIs("an automatic link to undo"),
        ["POST /Intake/Referrals/{id:guid}/UndoLink"] = ReferralWork.WhenThereIs("an automatic link to undo"),
        ["GET /Intake/Referrals/{id:guid}/Withdraw"] = ReferralWork,
        ["POST /Intake/Referrals/{id:guid}/Withdraw"] = ReferralWork,
        ["GET /Mdt"] = MdtViewers,
        ["POST /Mdt"] = Coordinators,
        ["GET /Mdt/Meetings"] = MdtViewers,
        ["GET /Mdt/Meetings/{id:guid}"] = MdtViewers,
        ["POST /Mdt/Meetings/{id:guid}?handler=Action"] = MdtViewers,
        ["POST /Mdt/Meetings/{id:guid}?handler=ActionStatus"] = MdtViewers,
        ["POST /Mdt/Meetings/{id:guid}?handler=Agenda"] = MdtViewers,
        ["POST /Mdt/Meetings/{id:guid}?handler=Attendance"] = MdtViewers,
        ["POST /Mdt/Meetings/{id:guid}?handler=Guest"] = MdtViewers,
        ["POST /Mdt/Meetings/{id:guid}?handler=Note"] = MdtViewers,
        ["POST /Mdt/Meetings/{id:guid}?handler=Share"] = MdtViewers,
        ["POST /Mdt/Meetings/{id:guid}?handler=Status"] = MdtViewers,
        ["GET /Mdt/Meetings/{id:guid}/Minutes"] = MdtViewers,
        ["GET /Mdt/Teams/{id:guid}"] = MdtViewers,
        ["POST /Mdt/Teams/{id:guid}?handler=Leave"] = MdtViewers,
        ["POST /Mdt/Teams/{id:guid}?handler=Meeting"] = MdtViewers,
        ["POST /Mdt/Teams/{id:guid}?handler=Member"] = MdtViewers,
        ["POST /Mdt/Teams/{id:guid}?handler=Update"] = MdtViewers,
        ["GET /Mdt/Teams/{id:guid}/Members/{memberId:guid}/Leave"] = MdtViewers,
        ["GET /People/Duplicates"] = Coordinators,
        ["GET /People/Duplicates/{id:guid}"] = Coordinators,
        ["POST /People/Duplicates/{id:guid}?handler=Merge"] = Coordinators,
        ["POST /People/Duplicates/{id:guid}?handler=NotDuplicates"] = Coordinators,
        ["POST /People/Duplicates/{id:guid}?handler=Undo"] = Coordinators,
        ["GET /People/Duplicates/{id:guid}/Different"] = Coordinators,
        ["GET /People/Duplicates/{id:guid}/Merge"] = Coordinators,
        ["GET /People/Merges"] = Coordinators,
        ["POST /People/Merges?handler=Undo"] = Coordinators.WhenThereIs("a merge"),
        ["GET /People/Merges/{mergeId:guid}/Undo"] = Coordinators,
        ["GET /Reports"] = StatisticsRoles,
        ["GET /Reports?handler=Download"] = StatisticsRoles.WhenThereIs("a table asked for"),
        ["POST /Reports?handler=Save"] = WholeJurisdiction,
        ["GET /Reports/CaseExport"] = WholeJurisdiction,
        ["GET /Reports/CaseExport?handler=File"] = WholeJurisdiction.WhenThereIs("an export made"),
        ["POST /Reports/CaseExport"] = WholeJurisdiction,
        ["GET /Reports/Publications"] = WholeJurisdiction,
        ["GET /Reports/Publications/{id:guid}"] = WholeJurisdiction,
        ["GET /Search"] = RecordRoles,
        ["GET /Services"] = AnyUser,
        ["GET /Services/Exchange"] = DirectoryReaders,
        ["POST /Services/Exchange?handler=Check"] = DirectoryKeepers,
        ["POST /Services/Exchange?handler=Import"] = DirectoryKeepers,
        ["GET /Services/Referrals"] = RecordRoles,
        ["GET /Services/Referrals/{referralId:guid}"] = RecordRoles,
        ["POST /Services/Referrals/{referralId:guid}?handler=Deliver"] = RecordRoles,
        ["POST /Services/Referrals/{referralId:guid}?handler=Move"] = RecordRoles,
        ["POST /Services/Referrals/{referralId:guid}?handler=Send"] = RecordRoles,
        ["GET /Services/Referrals/{referralId:guid}/{move:alpha}"] = RecordRoles,
        ["GET /Services/Room"] = Only(Provider, Coordinator),
        ["POST /Services/Room"] = Only(Provider, Coordinator).WhenThereIs("a service of theirs"),
        ["GET /Status"] = Open,
        ["POST /Status"] = Open,
        ["GET /api/v1/audit"] = Administrators,
        ["GET /api/v1/audit.csv"] = Administrators,
        ["GET /api/v1/cases/"] = RecordRoles,
        ["GET /api/v1/cases/{id:guid}"] = CaseRead,
        ["GET /api/v1/cases/{id:guid}/consents"] = CaseRead,
        ["POST /api/v1/cases/{id:guid}/consents"] = CaseShare,
        ["POST /api/v1/cases/{id:guid}/consents/{consentId:guid}/withdraw"] = CaseShare,
        ["GET /api/v1/cases/{id:guid}/legal/"] = CaseRead,
        ["POST /api/v1/cases/{id:guid}/legal/arrests"] = CaseUpdate,
        ["POST /api/v1/cases/{id:guid}/legal/charges"] = CaseUpdate,
        ["POST /api/v1/cases/{id:guid}/legal/charges/{chargeId:guid}/dispositions"] = CaseUpdate,
        ["POST /api/v1/cases/{id:guid}/legal/court-dates"] = CaseUpdate,
        ["POST /api/v1/cases/{id:guid}/legal/court-dates/{courtDateId:guid}/outcome"] = CaseUpdate,
        ["POST /api/v1/cases/{id:guid}/legal/offenders"] = CaseUpdate,
        ["POST /api/v1/cases/{id:guid}/legal/protections"] = CaseUpdate,
        ["POST /api/v1/cases/{id:guid}/legal/protections/{protectionId:guid}/steps"] = CaseUpdate,
        ["POST /api/v1/cases/{id:guid}/missing-episodes"] = CaseContribute,
        ["PUT /api/v1/cases/{id:guid}/missing-episodes/{episodeId:guid}"] = CaseUpdate,
        ["POST /api/v1/cases/{id:guid}/missing-episodes/{episodeId:guid}/found"] = CaseUpdate,
        ["GET /api/v1/cases/{id:guid}/notes"] = CaseRead,
        ["POST /api/v1/cases/{id:guid}/notes"] = CaseContribute,
        ["GET /api/v1/cases/{id:guid}/notes.csv"] = CaseRead,
        ["GET /api/v1/cases/{id:guid}/plan/"] = CaseRead,
        ["POST /api/v1/cases/{id:guid}/plan/feedback"] = CaseContribute,
        ["POST /api/v1/cases/{id:guid}/plan/items"] = CaseUpdate,
        ["POST /api/v1/cases/{id:guid}/plan/items/{itemId:guid}/agreement"] = CaseUpdate,
        ["POST /api/v1/cases/{id:guid}/plan/items/{itemId:guid}/status"] = CaseUpdate,
        ["PUT /api/v1/cases/{id:guid}/plan/preferences"] = CaseUpdate,
        ["PUT /api/v1/cases/{id:guid}/profile"] = CaseUpdate,
        ["GET /api/v1/cases/{id:guid}/services/"] = CaseRead,
        ["PUT /api/v1/cases/{id:guid}/services/facts"] = CaseUpdate,
        ["POST /api/v1/cases/{id:guid}/services/needs"] = CaseUpdate,
        ["POST /api/v1/cases/{id:guid}/services/needs/{needId:guid}/status"] = CaseUpdate,
        ["POST /api/v1/cases/{id:guid}/services/referrals"] = CaseUpdate,
        ["POST /api/v1/cases/{id:guid}/shares"] = CaseShare,
        ["POST /api/v1/cases/{id:guid}/status"] = CaseUpdate,
        ["GET /api/v1/cases/{id:guid}/team"] = CaseRead,
        ["POST /api/v1/cases/{id:guid}/team"] = CaseUpdate,
        ["POST /api/v1/cases/{id:guid}/team/{assignmentId:guid}/end"] = CaseUpdate,
        ["GET /api/v1/cases/{id:guid}/vocabulary"] = CaseRead,
        ["GET /api/v1/directory/export"] = DirectoryReaders,
        ["POST /api/v1/directory/import"] = DirectoryKeepers,
        ["GET /api/v1/directory/services"] = AnyUser,
        ["POST /api/v1/directory/services/{id:guid}/availability"] = AnyUser,
        ["GET /api/v1/exports/"] = WholeJurisdiction,
        ["POST /api/v1/exports/cases"] = WholeJurisdiction,
        ["GET /api/v1/exports/{id:guid}"] = WholeJurisdiction,
        ["GET /api/v1/exports/{id:guid}/file"] = WholeJurisdiction,
        ["GET /api/v1/mdt/action-items/overdue"] = MdtViewers,
        ["POST /api/v1/mdt/action-items/{id:guid}/status"] = MdtViewers,
        ["GET /api/v1/mdt/meetings"] = MdtViewers,
        ["POST /api/v1/mdt/meetings"] = Coordinators,
        ["GET /api/v1/mdt/meetings/{id:guid}"] = MdtViewers,
        ["POST /api/v1/mdt/meetings/{id:guid}/agenda"] = Coordinators,
        ["POST /api/v1/mdt/meetings/{id:guid}/agenda/{itemId:guid}/action-items"] = Coordinators,
        ["POST /api/v1/mdt/meetings/{id:guid}/agenda/{itemId:guid}/notes"] = Coordinators,
        ["POST /api/v1/mdt/meetings/{id:guid}/agenda/{itemId:guid}/share"] = Coordinators,
        ["PUT /api/v1/mdt/meetings/{id:guid}/attendance"] = Coordinators,
        ["POST /api/v1/mdt/meetings/{id:guid}/guests"] = Coordinators,
        ["GET /api/v1/mdt/meetings/{id:guid}/minutes.pdf"] = MdtViewers,
        ["POST /api/v1/mdt/meetings/{id:guid}/status"] = Coordinators,
        ["GET /api/v1/mdt/teams"] = MdtViewers,
        ["POST /api/v1/mdt/teams"] = Coordinators,
        ["GET /api/v1/mdt/teams/{id:guid}"] = MdtViewers,
        ["PUT /api/v1/mdt/teams/{id:guid}"] = Coordinators,
        ["POST /api/v1/mdt/teams/{id:guid}/members"] = Coordinators,
        ["POST /api/v1/mdt/teams/{id:guid}/members/{memberId:guid}/leave"] = Coordinators,
        ["GET /api/v1/notes"] = RecordRoles,
        ["GET /api/v1/people/duplicate-candidates"] = IntakeRoles,
        ["GET /api/v1/people/merges"] = Coordinators,
        ["POST /api/v1/people/merges/{id:guid}/undo"] = Coordinators,
        ["GET /api/v1/people/possible-duplicates"] = Coordinators,
        ["GET /api/v1/people/possible-duplicates/{id:guid}"] = Coordinators,
        ["POST /api/v1/people/possible-duplicates/{id:guid}/merge"] = Coordinators,
        ["POST /api/v1/people/possible-duplicates/{id:guid}/not-duplicates"] = Coordinators,
        ["GET /api/v1/referrals/"] = RecordRoles,
        ["POST /api/v1/referrals/"] = IntakeRoles,
        ["GET /api/v1/referrals/{id:guid}"] = ReferralRead,
        ["POST /api/v1/referrals/{id:guid}/case"] = ReferralWork,
        ["GET /api/v1/referrals/{id:guid}/corrections"] = ReferralWork,
        ["POST /api/v1/referrals/{id:guid}/corrections"] = ReferralWork,
        ["POST /api/v1/referrals/{id:guid}/determinations"] = ReferralWork,
        ["POST /api/v1/referrals/{id:guid}/screenings"] = ReferralWork,
        ["POST /api/v1/referrals/{id:guid}/undo-automatic-link"] = ReferralWork,
        ["POST /api/v1/referrals/{id:guid}/withdrawal"] = ReferralWork,
        ["GET /api/v1/reports/continuity/{quarter}"] = RecordRoles,
        ["GET /api/v1/reports/intake-funnel/{quarter}"] = RecordRoles,
        ["GET /api/v1/reports/legal/{quarter}"] = RecordRoles,
        ["GET /api/v1/reports/quarterly/{quarter}"] = StatisticsRoles,
        ["GET /api/v1/reports/service-referrals/{quarter}"] = RecordRoles,
        ["GET /api/v1/reports/youth-voice/{quarter}"] = RecordRoles,
        ["GET /api/v1/screening-instruments"] = IntakeRoles,
        ["GET /api/v1/search"] = RecordRoles,
        ["GET /api/v1/service-referrals/"] = RecordRoles,
        ["GET /api/v1/service-referrals/{referralId:guid}"] = RecordRoles,
        ["POST /api/v1/service-referrals/{referralId:guid}/send"] = RecordRoles,
        ["POST /api/v1/service-referrals/{referralId:guid}/services"] = RecordRoles,
        ["POST /api/v1/service-referrals/{referralId:guid}/{move}"] = RecordRoles,
        ["DELETE /api/v1/session/"] = EndsSession,
        ["POST /api/v1/session/"] = Open,
        ["GET /api/v1/session/token"] = AnyUser,
        ["GET /api/v1/statistics"] = StatisticsRoles,
        ["GET /api/v1/statistics/publications/"] = WholeJurisdiction,
        ["POST /api/v1/statistics/publications/"] = WholeJurisdiction,
        ["GET /api/v1/statistics/publications/{id:guid}"] = WholeJurisdiction,
        ["GET /health"] = Open,
        ["GET /health/live"] = Open,
        ["GET /openapi/{documentName}.json"] = Open,
    };
}
