using Hartline.Data;
using Hartline.Features.People.Deduplication;
using Hartline.Jurisdictions;
using Hartline.Security;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Features.Intake.Corrections;

/// <summary>
/// The correctable fields of a referral as they should now read (the whole set, as the form shows it),
/// the reason, and the version the worker started from.
/// </summary>
public sealed class CorrectionInput
{
    public string? GivenName { get; set; }
    public string? MiddleName { get; set; }
    public string? FamilyName { get; set; }
    public DateOnly? DateOfBirth { get; set; }
    public string? Source { get; set; }
    public string? ReportingAgency { get; set; }
    /// <summary>Ignored for a worker who may not read the narrative (it is kept as it is).</summary>
    public string? Narrative { get; set; }
    public string? CarelineReportNumber { get; set; }
    public string? Reason { get; set; }
    public int Version { get; set; }
}

public sealed record CorrectionView(string Field, string? Before, string? After, string Reason, DateTime CorrectedAt, string By);

/// <summary>What the correction form starts from: the current values, their version, and what was corrected before.</summary>
public sealed record CorrectionSheet(Guid ReferralId, CorrectionInput Current, bool MayCorrectNarrative, bool MayWithdraw,
    IReadOnlyList<CorrectionView> History);

/// <summary>
/// Corrects a saved referral (and its youth's registry record: names and date of birth live there, so the
/// registry and the duplicate index follow), keeping each change with its reason; withdraws a referral
/// entered by mistake. Only those who may work the referral may do either; to anyone else it is missing.
/// </summary>
public sealed class ReferralCorrections(HartlineDb db, ReferralAccessor access, Jurisdiction j, TimeProvider clock, RegistryIndex registry)
{
    public const int MaxReason = 500;

    public async Task<CorrectionSheet?> SheetAsync(Guid referralId, Actor actor, CancellationToken ct = default)
    {
        if (await access.FindAccessAsync(referralId, actor, ReferralOperations.Work, ct) is not { } found) return null;
        var referral = found.Referral;
        var mayReadNarrative = await access.MayAsync(found, actor, ReferralOperations.ReadNarrative);
        var person = await access.YouthForWorkAsync(referral, "correction", ct);
        var current = new CorrectionInput
        {
            GivenName = person.GivenName, MiddleName = person.MiddleName, FamilyName = person.FamilyName, DateOfBirth = person.DateOfBirth,
            Source = referral.SourceCode, ReportingAgency = referral.ReportingAgencyName,
            Narrative = mayReadNarrative ? referral.Narrative : null, CarelineReportNumber = referral.CarelineReportNumber,
            Version = referral.Version,
        };
        return new CorrectionSheet(referralId, current, mayReadNarrative, referral.CaseId is null, await HistoryAsync(referralId, mayReadNarrative, ct));
    }

    /// <summary>The corrections of a referral the caller may read, newest first. Narrative values only for those who may read it.</summary>
    public async Task<IReadOnlyList<CorrectionView>> HistoryAsync(Guid referralId, bool mayReadNarrative, CancellationToken ct = default)
    {
        var rows = await db.Set<ReferralCorrection>().AsNoTracking().Where(c => c.ReferralId == referralId)
            .OrderByDescending(c => c.CorrectedAt).ThenByDescending(c => c.Id)
            .GroupJoin(db.Users, c => c.CorrectedById, u => u.Id, (c, u) => new { c, u })
            .SelectMany(x => x.u.DefaultIfEmpty(), (x, u) => new { x.c, By = u == null ? "someone no longer in Hartline" : u.DisplayName })
            .ToListAsync(ct);
        return rows.Select(r =>
        {
            var field = Enum.TryParse<CorrectableField>(r.c.Field, out var f) ? f : (CorrectableField?)null;
            var hidden = field == CorrectableField.Narrative && !mayReadNarrative;
            return new CorrectionView(field is { } known ? Label(known) : r.c.Field,
                hidden ? "(withheld)" : Shown(field, r.c.Before), hidden ? "(withheld)" : Shown(field, r.c.After),
                r.c.Reason, j.ToLocal(r.c.CorrectedAt), r.By);
        }).ToList();
    }

    public async Task<Outcome<int>> CorrectAsync(Guid referralId, CorrectionInput input, Actor actor, CancellationToken ct = default)
    {
        if (await access.FindAccessAsync(referralId, actor, ReferralOperations.Work, ct) is not { } found) return Outcome<int>.NotFound();
        var referral = found.Referral;
        var mayReadNarrative = await access.MayAsync(found, actor, ReferralOperations.ReadNarrative);
        var person = await db.People.SingleAsync(p => p.Id == referral.PersonId, ct);
        if (input.Version != referral.Version) return Stale();

        var errors = Check(input, referral, person);
        if (errors.Count > 0) return Outcome<int>.Invalid(errors);

        var now = clock.GetUtcNow().UtcDateTime;
        var reason = input.Reason!.Trim();
        var changes = new List<ReferralCorrection>();
        void Change(CorrectableField field, string? before, string? after, Action apply)
        {
            if (before == after) return;
            apply();
            changes.Add(new ReferralCorrection
            {
                ReferralId = referralId, Field = field.ToString(), Before = before, After = after, Reason = reason,
                CorrectedAt = now, CorrectedById = actor.UserId ?? Guid.Empty,
            });
        }
        var given = input.GivenName!.Trim();
        var middle = Blank(input.MiddleName);
        var family = input.FamilyName!.Trim();
        Change(CorrectableField.GivenName, person.GivenName, given, () => person.GivenName = given);
        Change(CorrectableField.MiddleName, person.MiddleName, middle, () => person.MiddleName = middle);
        Change(CorrectableField.FamilyName, person.FamilyName, family, () => person.FamilyName = family);
        Change(CorrectableField.DateOfBirth, Date(person.DateOfBirth), Date(input.DateOfBirth), () => person.DateOfBirth = input.DateOfBirth);
        Change(CorrectableField.Source, referral.SourceCode, input.Source, () => referral.SourceCode = input.Source!);
        var reporter = input.ReportingAgency!.Trim();
        Change(CorrectableField.ReportingAgency, referral.ReportingAgencyName, reporter, () => referral.ReportingAgencyName = reporter);
        if (mayReadNarrative)
        {
            var narrative = Blank(input.Narrative);
            Change(CorrectableField.Narrative, referral.Narrative, narrative, () => referral.Narrative = narrative);
        }
        var number = Blank(input.CarelineReportNumber);
        Change(CorrectableField.CarelineReportNumber, referral.CarelineReportNumber, number, () => referral.CarelineReportNumber = number);
        if (changes.Count == 0) return Outcome<int>.Invalid(nameof(input.GivenName), "Nothing was changed: correct a field, or go back to the referral.");

        db.AddRange(changes);
        // A correction of the youth's name alone still changes the referral's version: the next form sent with the old
        // one was filled in before this correction and is refused above.
        db.MarkChanged(referral);
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException) { return Stale(); }
        registry.Add(person); // the duplicate index and the search box find the youth under the corrected name
        return Outcome<int>.Done(changes.Count);
    }

    public async Task<Outcome<Guid>> WithdrawAsync(Guid referralId, string? reason, Actor actor, CancellationToken ct = default)
    {
        if (await access.FindAsync(referralId, actor, ReferralOperations.Work, ct) is not { } referral) return Outcome<Guid>.NotFound();
        if (string.IsNullOrWhiteSpace(reason)) return Outcome<Guid>.Invalid("Reason", "Say why the referral is withdrawn (for example: entered twice, wrong youth).");
        if (reason.Trim().Length > MaxReason) return Outcome<Guid>.Invalid("Reason", $"The reason must be at most {MaxReason} characters.");
        if (referral.CaseId is not null)
            return Outcome<Guid>.Invalid("Reason", "This referral opened a case, so it cannot be withdrawn: close the case with a reason instead.");
        referral.WithdrawnAt = clock.GetUtcNow().UtcDateTime;
        referral.WithdrawnById = actor.UserId;
        referral.WithdrawalReason = reason.Trim();
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException) { return Outcome<Guid>.Invalid("Reason", "Someone changed this referral a moment ago: open it again."); }
        return Outcome<Guid>.Done(referralId);
    }

    private static Outcome<int> Stale() => Outcome<int>.Invalid(nameof(CorrectionInput.Version),
        "Someone else corrected this referral after you opened it. The form now shows what they saved: make your correction again if it is still needed.");

    // The referral's own rules decide what a valid value is, so a correction cannot save what intake would refuse.
    private Dictionary<string, string[]> Check(CorrectionInput input, Referral referral, People.Person person)
    {
        var whole = new ReferralInput
        {
            ReceivedAt = j.ToLocal(referral.ReceivedAt), Source = input.Source, ReportingAgency = input.ReportingAgency,
            Region = referral.RegionCode, GivenName = input.GivenName, MiddleName = input.MiddleName, FamilyName = input.FamilyName,
            DateOfBirth = input.DateOfBirth, ExploitationDate = referral.ExploitationDate, Narrative = input.Narrative,
            CarelineReportNumber = input.CarelineReportNumber, Gender = person.GenderCode,
        };
        var fields = Enum.GetNames<CorrectableField>().ToHashSet();
        var errors = ReferralRules.Validate(whole, j, clock.GetUtcNow().UtcDateTime)
            .Where(e => fields.Contains(e.Key)).ToDictionary(e => e.Key, e => e.Value);
        if (string.IsNullOrWhiteSpace(input.Reason)) errors[nameof(input.Reason)] = ["Say why the referral is corrected (for example: name misspelled at intake)."];
        else if (input.Reason.Trim().Length > MaxReason) errors[nameof(input.Reason)] = [$"The reason must be at most {MaxReason} characters."];
        return errors;
    }

    /// <summary>The field in words; the report number is named after this jurisdiction's hotline ("Careline report number").</summary>
    public string Label(CorrectableField field) =>
        field == CorrectableField.CarelineReportNumber ? $"{j.Careline.Name} report number" : DisplayNames.Of(field);

    private string? Shown(CorrectableField? field, string? value) =>
        value is null ? "(blank)" : field == CorrectableField.Source ? Jurisdiction.NameOf(j.ReferralSources, value) ?? value : value;

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd");
}
