namespace Hartline.Features.Cases.Header;

/// <summary>
/// What the top of every tab of a case file says about the youth and the case (Features/Cases/_CaseHeader.cshtml),
/// and on which tab the reader is (<see cref="Tab"/>, a key of <see cref="CaseNav.Tabs"/>).
/// </summary>
public sealed record CaseHeader(Guid CaseId, string Tab, string YouthName, DateOnly? DateOfBirth, int? AgeToday, string? Gender,
    CaseStatus Status, bool SafetyConcern, MissingNow? Missing, string? PrimaryWorker, string OwnerAgency, string Sharing,
    IReadOnlyList<Profile.CaseDeterminationView> Determinations, string? Number = null)
{
    /// <summary>The case's trafficking status: its latest determination (the list is newest first).</summary>
    public Profile.CaseDeterminationView? Determination => Determinations.FirstOrDefault();

    /// <summary>The same header on another tab (the profile form belongs to the overview).</summary>
    public CaseHeader On(string tab) => this with { Tab = tab };
}

/// <summary>An open missing-from-care episode: since when (the jurisdiction's wall clock), and for how many days.</summary>
public sealed record MissingNow(DateTime Since, double Days);

/// <summary>What the reader may do with a case, as the authorization handlers decide it.</summary>
public sealed record CaseAllowances(bool AddNotes, bool Change, bool Share, bool ReadJustice, bool RecordJustice);

/// <summary>
/// Tells the reader in one sentence how they come to see the case and what that lets them do, e.g. "Shared
/// with your agency for the MDT: you can read it and add notes; you cannot change the case file, share it,
/// see offenders and charges or record arrests and charges." The "how" comes from the case's live grants to
/// the reader's agency; the "what" from the handlers' answers (<see cref="CaseAllowances"/>), never a second
/// copy of the rules.
/// </summary>
public static class SharingSentence
{
    public static string For(bool ownAgency, bool coordinator, bool assignedToReader, IEnumerable<GrantKind> kindsToReader, CaseAllowances may)
    {
        var kinds = kindsToReader.Distinct().Order().ToList();
        // A coordinator reads every case whatever was shared with their agency: that is the reason to give.
        var how = ownAgency ? "Your agency owns this case"
            : coordinator ? "You see every case as a HART coordinator"
            : kinds.Count > 0 ? $"Shared with your agency for {Words.List(kinds.Select(Purpose))}"
            : assignedToReader ? "The case is assigned to you"
            : "You may read this case";

        var can = new List<string> { "read it" };
        var cannot = new List<string>();
        (may.AddNotes ? can : cannot).Add("add notes");
        if (may.Change) can.Add("change the case file");
        else cannot.Add(may.RecordJustice ? "change the rest of the case file" : "change the case file");
        (may.Share ? can : cannot).Add("share it");
        (may.ReadJustice ? can : cannot).Add("see offenders and charges");
        (may.RecordJustice ? can : cannot).Add("record arrests and charges");
        return cannot.Count == 0
            ? $"{how}: you can {Words.List(can)}."
            : $"{how}: you can {Words.List(can)}; you cannot {Words.List(cannot, "or")}.";
    }

    private static string Purpose(GrantKind kind) => kind switch
    {
        GrantKind.ServiceReferral => "a service referral",
        GrantKind.Mdt => "the MDT",
        GrantKind.LawEnforcement => "law enforcement",
        _ => "another purpose",
    };
}

/// <summary>Lists in words: "a", "a and b", "a, b and c".</summary>
public static class Words
{
    public static string List(IEnumerable<string> items, string last = "and")
    {
        var all = items.ToList();
        return all.Count <= 1 ? string.Concat(all) : $"{string.Join(", ", all.SkipLast(1))} {last} {all[^1]}";
    }
}
