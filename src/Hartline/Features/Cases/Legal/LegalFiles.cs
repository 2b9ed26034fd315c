using Hartline.Data;
using Hartline.Features.Intake;
using Hartline.Jurisdictions;
using Hartline.Security;
using Hartline.Security.Audit;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Features.Cases.Legal;

/// <summary>Opens the legal tab of a case for reading: through <see cref="CaseAccess"/> (Read), every opening audited.</summary>
public sealed class LegalFiles(HartlineDb db, CaseAccess access, AuditLog audit, Jurisdiction j, TimeProvider clock)
{
    public const string ReadPurpose = "legal and justice";

    /// <summary>The legal file, or null when the case is missing or not the user's to read (the refusal is audited).</summary>
    public async Task<LegalFile?> OpenAsync(Guid caseId, Actor actor, CancellationToken ct = default)
    {
        var @case = await access.FindAsync(caseId, actor, CaseOperations.Read, ct, tracking: false);
        if (@case is null) return null;
        var youth = await db.People.AsNoTracking().Where(p => p.Id == @case.PersonId)
            .Select(p => new { p.GivenName, p.MiddleName, p.FamilyName, p.DateOfBirth }).FirstAsync(ct);
        var protections = await db.Set<LegalProtection>().AsNoTracking().Include(p => p.Steps)
            .Where(p => p.CaseId == caseId).OrderBy(p => p.OpenedOn).ThenBy(p => p.Id).ToListAsync(ct);
        var mayEdit = await access.MayAsync(@case, actor, CaseOperations.Update);
        var mayRecord = await access.MayAsync(@case, actor, LegalOperations.RecordJustice);
        var mayReadJustice = await access.MayAsync(@case, actor, LegalOperations.ReadJustice);
        await audit.ReadAsync(nameof(Case), caseId, ReadPurpose, ct);
        await audit.ReadAsync(nameof(People.Person), @case.PersonId, $"via case {caseId} ({ReadPurpose})", ct);

        var protectionViews = protections.Select(View).ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        var justice = mayReadJustice ? await JusticeAsync(caseId, youth.DateOfBirth, protectionViews, now, ct) : null;
        return new LegalFile(caseId, People.Person.FormatName(youth.GivenName, youth.MiddleName, youth.FamilyName), youth.DateOfBirth, j.Name,
            mayEdit, mayRecord, mayReadJustice,
            mayReadJustice ? protectionViews : protectionViews.Select(p => p.StatusOnly()).ToList(),
            justice?.Offenders, justice?.Arrests, justice?.Charges, justice?.CourtDates,
            Notices(j.Justice.ProtectionNotices), Notices(j.Justice.JusticeNotices),
            j.Justice.Protections.Select(p => new ProtectionOption(p.Kind, p.Name, ProtectionWorkflow.Opening(p.Kind), p.DecidedBy, LegalReview.Worded(p.Basis, p.Reviewed),
                p.Explain, ProtectionWorkflow.AllowedOutcomes(p))).ToList(),
            j.Justice.Offenses.Select(o => new OffenseOption(o.Code, o.Name, o.Statute, o.Verified, o.Note, o.ClassByVictimAge is { Count: > 0 })).ToList(),
            j.LocalDate(now));
    }

    private sealed record JusticeViews(IReadOnlyList<OffenderView> Offenders, IReadOnlyList<ArrestView> Arrests,
        IReadOnlyList<ChargeView> Charges, IReadOnlyList<CourtDateView> CourtDates);

    /// <summary>The justice side, read only for those who may see it: the rest never load offender names.</summary>
    private async Task<JusticeViews> JusticeAsync(Guid caseId, DateOnly? dateOfBirth, IReadOnlyList<ProtectionView> protectionViews, DateTime now, CancellationToken ct)
    {
        var offenders = await db.Set<Offender>().AsNoTracking().Where(o => o.CaseId == caseId).OrderBy(o => o.RecordedAt).ThenBy(o => o.Id).ToListAsync(ct);
        var arrests = await db.Set<Arrest>().AsNoTracking().Where(a => a.CaseId == caseId).OrderBy(a => a.ArrestedOn).ThenBy(a => a.Id).ToListAsync(ct);
        var charges = await db.Set<Charge>().AsNoTracking().Include(c => c.Dispositions)
            .Where(c => c.CaseId == caseId).OrderBy(c => c.ChargedOn).ThenBy(c => c.Id).ToListAsync(ct);
        var hearings = await db.Set<CourtDate>().AsNoTracking().Where(d => d.CaseId == caseId).OrderBy(d => d.At).ToListAsync(ct);
        var names = OffenderLabels(offenders);
        return new JusticeViews(
            offenders.Select(o => new OffenderView(o.Id, o.Role, o.NameOrAlias, o.Relationship, o.Note, names[o.Id])).ToList(),
            arrests.Select(a => new ArrestView(a.Id, a.OffenderId, names[a.OffenderId], a.ArrestedOn, a.Agency, a.Note)).ToList(),
            charges.Select(c => View(c, names[c.OffenderId], dateOfBirth)).ToList(),
            hearings.Select(d => new CourtDateView(d.Id, j.ToLocal(d.At), d.Court, d.Purpose, d.OffenderId,
                d.OffenderId is { } o ? names[o] : null, d.ProtectionId,
                protectionViews.FirstOrDefault(p => p.Id == d.ProtectionId)?.Name, d.Outcome, d.Note, d.At <= now)).ToList());
    }

    private ProtectionView View(LegalProtection p)
    {
        var rule = j.Justice.Protection(p.Kind);
        var steps = p.Steps.OrderBy(s => s.On).ThenBy(s => s.RecordedAt)
            .Select(s => new StepView(s.Id, s.Step, ProtectionWorkflow.Label(s.Step), s.On, s.Amount, s.Note, s.RecordedAt)).ToList();
        return new ProtectionView(p.Id, p.Kind, rule?.Name ?? p.Kind.ToString(), p.Status, ProtectionWorkflow.IsOutcome(p.Status),
            p.OpenedOn, p.DecidedOn, p.CourtOrAgency, LegalReview.Worded(rule?.Basis, rule?.Reviewed), p.Note, steps,
            rule is null ? [] : ProtectionWorkflow.AllowedOutcomes(rule));
    }

    private ChargeView View(Charge c, string offender, DateOnly? dateOfBirth)
    {
        var rule = j.Justice.Offense(c.OffenseCode);
        // A code dropped from the file later still shows, unclassed, rather than vanishing from the record.
        var felonyClass = rule is null
            ? new FelonyClassResult(ClassStatus.NotClassified, null, $"The offense '{c.OffenseCode}' is no longer on {j.Name}'s list.")
            : FelonyClassRule.For(rule, dateOfBirth, c.OffenseDate);
        var dispositions = c.Dispositions.OrderBy(d => d.On).ThenBy(d => d.RecordedAt).Select(d => new DispositionView(d.Id, d.Outcome, d.On, d.Note)).ToList();
        return new ChargeView(c.Id, c.OffenderId, offender, c.ArrestId, c.OffenseCode, rule?.Name ?? c.OffenseCode, rule?.Statute,
            rule?.Verified ?? false, c.OffenseDate, c.ChargedOn, felonyClass,
            dispositions.Count == 0 ? DispositionOutcome.Pending : dispositions[^1].Outcome, dispositions, c.Note);
    }

    /// <summary>"Buyer: J. Doe", or "Buyer 2 (no name recorded)" so unnamed offenders can still be told apart.</summary>
    private static Dictionary<Guid, string> OffenderLabels(IReadOnlyList<Offender> offenders)
    {
        var labels = new Dictionary<Guid, string>();
        foreach (var group in offenders.GroupBy(o => o.Role))
            foreach (var (o, i) in group.Select((o, i) => (o, i)))
                labels[o.Id] = o.NameOrAlias is { } name ? $"{LegalLabels.Of(o.Role)}: {name}"
                    : $"{LegalLabels.Of(o.Role)}{(group.Count() > 1 ? $" {i + 1}" : "")} (no name recorded)";
        return labels;
    }

    private IReadOnlyList<NoticeView> Notices(IReadOnlyList<string> codes) =>
        codes.Select(code => j.LegalNotices.First(n => n.Code == code)).Select(n => new NoticeView(n.Code, n.Title, LegalReview.Worded(n.Text, n.Reviewed)!, n.IsWarning)).ToList();
}
