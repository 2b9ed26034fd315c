using Hartline.Data;
using Hartline.Features.Intake;
using Hartline.Jurisdictions;
using Hartline.Security;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Features.Cases.Legal;

/// <summary>
/// Records protections (Update on the case) and the justice side (RecordJustice: also law-enforcement
/// grantees). Every write comes through <see cref="CaseAccess"/>, so a case the user may not change
/// answers not-found, and nothing is half-saved: all checks pass before one SaveChanges.
/// </summary>
public sealed class LegalRecords(HartlineDb db, CaseAccess access, Jurisdiction j, TimeProvider clock)
{
    private JusticeRules Rules => j.Justice;

    public async Task<Outcome<Guid>> AddProtectionAsync(Guid caseId, ProtectionInput input, Actor actor, CancellationToken ct = default)
    {
        if (await OpenAsync(caseId, input, actor, CaseOperations.Update, ct) is not var (@case, checks)) return Outcome<Guid>.NotFound();
        var offered = Rules.Protections.Select(p => p.Kind).ToList();
        var kind = checks.Choice(input.Kind, nameof(input.Kind), $"a protection offered in {j.Name}", offered, k => Rules.Protection(k)!.Name);
        checks.PastDate(input.On, nameof(input.On), "the date it was raised, requested or applied for");
        if (input.On is { } on && await BornOnAsync(@case, ct) is { } born && on < born)
            checks.Errors.Add(nameof(input.On), "The date cannot be before the youth's date of birth.");
        var where = checks.Text(input.CourtOrAgency, LegalLimits.Name, nameof(input.CourtOrAgency), "the court or agency");
        var note = checks.Text(input.Note, LegalLimits.Note, nameof(input.Note), "the note");
        if (checks.Errors.Count > 0) return Outcome<Guid>.Invalid(checks.Errors);

        var opening = ProtectionWorkflow.Opening(kind!.Value);
        var protection = new LegalProtection
        {
            CaseId = caseId, Kind = kind.Value, Status = opening, OpenedOn = input.On!.Value, CourtOrAgency = where, Note = note,
            RecordedById = UserId(actor), RecordedAt = Now,
        };
        protection.Steps.Add(new LegalProtectionStep { Step = opening, On = input.On.Value, Note = note, RecordedById = protection.RecordedById, RecordedAt = Now });
        db.Add(protection);
        await db.SaveChangesAsync(ct);
        return Outcome<Guid>.Done(protection.Id);
    }

    /// <summary>Records the outcome of an open protection. A decided protection takes no further step: asking again is a new protection.</summary>
    public async Task<Outcome<Guid>> AddProtectionStepAsync(Guid caseId, Guid protectionId, ProtectionStepInput input, Actor actor, CancellationToken ct = default)
    {
        if (await OpenAsync(caseId, input, actor, CaseOperations.Update, ct) is not var (_, checks)) return Outcome<Guid>.NotFound();
        var protection = await db.Set<LegalProtection>().FirstOrDefaultAsync(p => p.Id == protectionId && p.CaseId == caseId, ct);
        if (protection is null) return Outcome<Guid>.NotFound();
        var rule = Rules.Protection(protection.Kind);
        var name = rule?.Name ?? protection.Kind.ToString();
        var allowed = rule is null ? [] : ProtectionWorkflow.AllowedOutcomes(rule);
        if (ProtectionWorkflow.IsOutcome(protection.Status))
            checks.Errors.Add(nameof(input.Step), $"This protection was already decided ({ProtectionWorkflow.Label(protection.Status).ToLowerInvariant()} on {protection.DecidedOn:yyyy-MM-dd}). To ask again, record a new protection.");
        var step = checks.Choice(input.Step, nameof(input.Step), $"an outcome of '{name}' in {j.Name}", allowed, ProtectionWorkflow.Label);
        checks.PastDate(input.On, nameof(input.On), "the date of the outcome");
        if (input.On is { } on && on < protection.OpenedOn)
            checks.Errors.Add(nameof(input.On), $"The outcome cannot be dated before the protection was {ProtectionWorkflow.Label(ProtectionWorkflow.Opening(protection.Kind)).ToLowerInvariant()} ({protection.OpenedOn:yyyy-MM-dd}).");
        if (input.Amount is { } amount)
        {
            if (step is not null && step != ProtectionStep.Awarded) checks.Errors.Add(nameof(input.Amount), "An amount can only be given with an award.");
            else if (amount < 0 || amount > LegalLimits.MaxAmount || decimal.Round(amount, 2) != amount)
                checks.Errors.Add(nameof(input.Amount), $"The amount must be between 0 and {LegalLimits.MaxAmount:N0}, in dollars and cents.");
        }
        var note = checks.Text(input.Note, LegalLimits.Note, nameof(input.Note), "the note");
        if (checks.Errors.Count > 0) return Outcome<Guid>.Invalid(checks.Errors);

        var recorded = new LegalProtectionStep
        {
            ProtectionId = protection.Id, Step = step!.Value, On = input.On!.Value, Amount = input.Amount, Note = note,
            RecordedById = UserId(actor), RecordedAt = Now,
        };
        db.Add(recorded);
        protection.Status = recorded.Step;
        protection.DecidedOn = recorded.On;
        await db.SaveChangesAsync(ct);
        return Outcome<Guid>.Done(recorded.Id);
    }

    public async Task<Outcome<Guid>> AddOffenderAsync(Guid caseId, OffenderInput input, Actor actor, CancellationToken ct = default)
    {
        if (await OpenAsync(caseId, input, actor, LegalOperations.RecordJustice, ct) is not var (_, checks)) return Outcome<Guid>.NotFound();
        var role = checks.Choice(input.Role, nameof(input.Role), "a role", Enum.GetValues<OffenderRole>(), LegalLabels.Of);
        var relationship = checks.Choice(input.Relationship, nameof(input.Relationship), "a relationship", Enum.GetValues<OffenderRelationship>(), LegalLabels.Of, required: false);
        var name = checks.Text(input.NameOrAlias, LegalLimits.Name, nameof(input.NameOrAlias), "the name or alias");
        var note = checks.Text(input.Note, LegalLimits.Note, nameof(input.Note), "the note");
        if (checks.Errors.Count > 0) return Outcome<Guid>.Invalid(checks.Errors);

        var offender = new Offender
        {
            CaseId = caseId, Role = role!.Value, NameOrAlias = name, Relationship = relationship, Note = note,
            RecordedById = UserId(actor), RecordedAt = Now,
        };
        db.Add(offender);
        await db.SaveChangesAsync(ct);
        return Outcome<Guid>.Done(offender.Id);
    }

    public async Task<Outcome<Guid>> AddArrestAsync(Guid caseId, ArrestInput input, Actor actor, CancellationToken ct = default)
    {
        if (await OpenAsync(caseId, input, actor, LegalOperations.RecordJustice, ct) is not var (_, checks)) return Outcome<Guid>.NotFound();
        await RequireOffenderAsync(caseId, input.OffenderId, nameof(input.OffenderId), checks, ct);
        checks.PastDate(input.ArrestedOn, nameof(input.ArrestedOn), "the arrest date");
        var agency = checks.Text(input.Agency, LegalLimits.Name, nameof(input.Agency), "the arresting agency", required: true);
        var note = checks.Text(input.Note, LegalLimits.Note, nameof(input.Note), "the note");
        if (checks.Errors.Count > 0) return Outcome<Guid>.Invalid(checks.Errors);

        var arrest = new Arrest
        {
            CaseId = caseId, OffenderId = input.OffenderId!.Value, ArrestedOn = input.ArrestedOn!.Value, Agency = agency!, Note = note,
            RecordedById = UserId(actor), RecordedAt = Now,
        };
        db.Add(arrest);
        await db.SaveChangesAsync(ct);
        return Outcome<Guid>.Done(arrest.Id);
    }

    public async Task<Outcome<Guid>> AddChargeAsync(Guid caseId, ChargeInput input, Actor actor, CancellationToken ct = default)
    {
        if (await OpenAsync(caseId, input, actor, LegalOperations.RecordJustice, ct) is not var (@case, checks)) return Outcome<Guid>.NotFound();
        await RequireOffenderAsync(caseId, input.OffenderId, nameof(input.OffenderId), checks, ct);
        if (input.ArrestId is { } arrestId && !await db.Set<Arrest>().AnyAsync(a => a.Id == arrestId && a.CaseId == caseId && a.OffenderId == input.OffenderId, ct))
            checks.Errors.Add(nameof(input.ArrestId), "Choose an arrest of this offender recorded on this case, or none.");
        var offense = input.Offense?.Trim();
        if (string.IsNullOrEmpty(offense)) checks.Errors.Add(nameof(input.Offense), "Choose the offense.");
        else if (Rules.Offense(offense) is null)
            checks.Errors.Add(nameof(input.Offense), $"'{(offense.Length > 40 ? offense[..40] + "…" : offense)}' is not an offense on {j.Name}'s list.");
        checks.PastDate(input.OffenseDate, nameof(input.OffenseDate), "the offense date", required: false);
        if (input.OffenseDate is { } committed && await BornOnAsync(@case, ct) is { } born && committed < born)
            checks.Errors.Add(nameof(input.OffenseDate), "The offense date cannot be before the youth's date of birth.");
        checks.PastDate(input.ChargedOn, nameof(input.ChargedOn), "the date charged");
        if (input.ChargedOn < input.OffenseDate) checks.Errors.Add(nameof(input.ChargedOn), "The charge cannot be dated before the offense.");
        var note = checks.Text(input.Note, LegalLimits.Note, nameof(input.Note), "the note");
        if (checks.Errors.Count > 0) return Outcome<Guid>.Invalid(checks.Errors);

        var charge = new Charge
        {
            CaseId = caseId, OffenderId = input.OffenderId!.Value, ArrestId = input.ArrestId, OffenseCode = offense!,
            OffenseDate = input.OffenseDate, ChargedOn = input.ChargedOn!.Value, Note = note, RecordedById = UserId(actor), RecordedAt = Now,
        };
        db.Add(charge);
        await db.SaveChangesAsync(ct);
        return Outcome<Guid>.Done(charge.Id);
    }

    public async Task<Outcome<Guid>> AddDispositionAsync(Guid caseId, Guid chargeId, DispositionInput input, Actor actor, CancellationToken ct = default)
    {
        if (await OpenAsync(caseId, input, actor, LegalOperations.RecordJustice, ct) is not var (_, checks)) return Outcome<Guid>.NotFound();
        var charge = await db.Set<Charge>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == chargeId && c.CaseId == caseId, ct);
        if (charge is null) return Outcome<Guid>.NotFound();
        var outcome = checks.Choice(input.Outcome, nameof(input.Outcome), "a disposition", Enum.GetValues<DispositionOutcome>(), LegalLabels.Of);
        checks.PastDate(input.On, nameof(input.On), "the disposition date");
        if (input.On is { } on && on < charge.ChargedOn)
            checks.Errors.Add(nameof(input.On), $"The disposition cannot be dated before the charge ({charge.ChargedOn:yyyy-MM-dd}).");
        var note = checks.Text(input.Note, LegalLimits.Note, nameof(input.Note), "the note");
        if (checks.Errors.Count > 0) return Outcome<Guid>.Invalid(checks.Errors);

        var disposition = new ChargeDisposition
        {
            ChargeId = chargeId, Outcome = outcome!.Value, On = input.On!.Value, Note = note, RecordedById = UserId(actor), RecordedAt = Now,
        };
        db.Add(disposition);
        await db.SaveChangesAsync(ct);
        return Outcome<Guid>.Done(disposition.Id);
    }

    /// <summary>Hearings may lie ahead; this far ahead is a typing slip.</summary>
    public const int MaxYearsAhead = 3;

    public async Task<Outcome<Guid>> AddCourtDateAsync(Guid caseId, CourtDateInput input, Actor actor, CancellationToken ct = default)
    {
        if (await OpenAsync(caseId, input, actor, LegalOperations.RecordJustice, ct) is not var (_, checks)) return Outcome<Guid>.NotFound();
        var at = input.At is { } t ? j.ToUtc(t) : (DateTime?)null;
        if (at is null) checks.Errors.Add(nameof(input.At), "Enter the date and time of the hearing.");
        else if (at.Value.Year < LegalChecks.Earliest.Year) checks.Errors.Add(nameof(input.At), $"The hearing date must be in {LegalChecks.Earliest.Year} or later.");
        else if (at.Value > Now.AddYears(MaxYearsAhead)) checks.Errors.Add(nameof(input.At), $"The hearing cannot be more than {MaxYearsAhead} years ahead.");
        var court = checks.Text(input.Court, LegalLimits.Name, nameof(input.Court), "the court", required: true);
        var purpose = checks.Choice(input.Purpose, nameof(input.Purpose), "a purpose", Enum.GetValues<CourtPurpose>(), LegalLabels.Of);
        if (input.OffenderId is not null) await RequireOffenderAsync(caseId, input.OffenderId, nameof(input.OffenderId), checks, ct);
        if (input.ProtectionId is { } pid && !await db.Set<LegalProtection>().AnyAsync(p => p.Id == pid && p.CaseId == caseId, ct))
            checks.Errors.Add(nameof(input.ProtectionId), "Choose a protection recorded on this case, or none.");
        var outcome = checks.Text(input.Outcome, LegalLimits.Outcome, nameof(input.Outcome), "the outcome");
        if (outcome is not null && at > Now) checks.Errors.Add(nameof(input.Outcome), "An outcome can be recorded once the hearing has taken place.");
        var note = checks.Text(input.Note, LegalLimits.Note, nameof(input.Note), "the note");
        if (checks.Errors.Count > 0) return Outcome<Guid>.Invalid(checks.Errors);

        var hearing = new CourtDate
        {
            CaseId = caseId, At = at!.Value, Court = court!, Purpose = purpose!.Value, OffenderId = input.OffenderId,
            ProtectionId = input.ProtectionId, Outcome = outcome, Note = note, RecordedById = UserId(actor), RecordedAt = Now,
        };
        db.Add(hearing);
        await db.SaveChangesAsync(ct);
        return Outcome<Guid>.Done(hearing.Id);
    }

    /// <summary>Writes what happened at a past hearing, once: a recorded outcome is not overwritten.</summary>
    public async Task<Outcome<Guid>> RecordCourtOutcomeAsync(Guid caseId, Guid courtDateId, CourtOutcomeInput input, Actor actor, CancellationToken ct = default)
    {
        if (await OpenAsync(caseId, input, actor, LegalOperations.RecordJustice, ct) is not var (_, checks)) return Outcome<Guid>.NotFound();
        var hearing = await db.Set<CourtDate>().FirstOrDefaultAsync(d => d.Id == courtDateId && d.CaseId == caseId, ct);
        if (hearing is null) return Outcome<Guid>.NotFound();
        var outcome = checks.Text(input.Outcome, LegalLimits.Outcome, nameof(input.Outcome), "the outcome", required: true);
        if (hearing.Outcome is not null) checks.Errors.Add(nameof(input.Outcome), "An outcome is already recorded for this hearing.");
        else if (hearing.At > Now) checks.Errors.Add(nameof(input.Outcome), "An outcome can be recorded once the hearing has taken place.");
        if (checks.Errors.Count > 0) return Outcome<Guid>.Invalid(checks.Errors);
        hearing.Outcome = outcome;
        await db.SaveChangesAsync(ct);
        return Outcome<Guid>.Done(hearing.Id);
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>The case when the user may do <paramref name="operation"/>, with the checks started by the shared text rule over <paramref name="input"/>.</summary>
    private async Task<(Case, LegalChecks)?> OpenAsync(Guid caseId, object input, Actor actor, OperationAuthorizationRequirement operation, CancellationToken ct)
    {
        if (await access.FindAsync(caseId, actor, operation, ct) is not { } found) return null;
        var checks = new LegalChecks(j.LocalDate(Now));
        TextInput.CheckAll(input, checks.Errors);
        return (found, checks);
    }

    private Task<DateOnly?> BornOnAsync(Case @case, CancellationToken ct) =>
        db.People.Where(p => p.Id == @case.PersonId).Select(p => p.DateOfBirth).FirstOrDefaultAsync(ct);

    private async Task RequireOffenderAsync(Guid caseId, Guid? offenderId, string field, LegalChecks checks, CancellationToken ct)
    {
        if (offenderId is not { } id) checks.Errors.Add(field, "Choose the offender.");
        else if (!await db.Set<Offender>().AnyAsync(o => o.Id == id && o.CaseId == caseId, ct))
            checks.Errors.Add(field, "Choose an offender recorded on this case.");
    }

    private static Guid UserId(Actor actor) => actor.UserId ?? Guid.Empty;
}
