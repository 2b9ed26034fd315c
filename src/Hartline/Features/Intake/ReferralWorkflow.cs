using Hartline.Data;
using Hartline.Features.Cases;
using Hartline.Features.Intake.Determination;
using Hartline.Features.Cases.Opening;
using Hartline.Features.Intake.Screening;
using Hartline.Jurisdictions;
using Hartline.Security;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Features.Intake;

public sealed class ScreeningInput
{
    public string? Instrument { get; set; }
    /// <summary>Which version of the instrument; the latest when left out.</summary>
    public int? Version { get; set; }
    public Dictionary<string, int?> Responses { get; set; } = [];
}

public sealed class DeterminationInput
{
    public TraffickingStatus? Status { get; set; }
    public DecidingOrganisation? DecidedBy { get; set; }
    public List<AmpAction> Actions { get; set; } = [];
    public List<AmpMeans> Means { get; set; } = [];
    public List<AmpPurpose> Purposes { get; set; } = [];
    public ExploitationType? Exploitation { get; set; }
    public DateOnly? ExploitationDate { get; set; }
    [MultiLine] public string? Note { get; set; }
}

/// <summary>
/// The steps after intake: screen (any number of times), determine (possibly revised), link to a case.
/// The first screening and the first determination stamp the referral's clocks.
/// </summary>
public sealed class ReferralWorkflow(HartlineDb db, ReferralAccessor access, InstrumentLibrary instruments, Cases.Opening.CaseOpening opening,
    Jurisdiction jurisdiction, TimeProvider clock)
{
    public async Task<Outcome<ScreeningRecord>> ScreenAsync(
        Guid referralId, ScreeningInput input, Actor actor, CancellationToken ct = default) =>
        await access.FindAsync(referralId, actor, ReferralOperations.Work, ct) is { } referral
            ? await ScreenAsync(referral, input, actor, ct) : Outcome<ScreeningRecord>.NotFound();

    /// <summary>Screens a referral the caller has found (tracked) through <see cref="ReferralAccessor"/> for work.</summary>
    public async Task<Outcome<ScreeningRecord>> ScreenAsync(
        Referral referral, ScreeningInput input, Actor actor, CancellationToken ct = default)
    {
        input.Responses ??= [];
        var instrument = string.IsNullOrWhiteSpace(input.Instrument) ? null
            : input.Version is { } v ? instruments.Find(input.Instrument, v) : instruments.Latest(input.Instrument);
        if (instrument is null)
            return Outcome<ScreeningRecord>.Invalid(nameof(input.Instrument), $"Choose one of the screening instruments: {string.Join(", ", instruments.Current.Select(i => i.Code))}.");
        var errors = ScreeningScorer.ValidateResponses(instrument, input.Responses);
        if (errors.Count > 0) return Outcome<ScreeningRecord>.Invalid(errors.ToDictionary(e => $"Responses[{e.Key}]", e => e.Value));

        var result = ScreeningScorer.Score(instrument, input.Responses);
        var now = clock.GetUtcNow().UtcDateTime;
        var record = new ScreeningRecord
        {
            PersonId = referral.PersonId,
            ReferralId = referral.Id,
            InstrumentCode = instrument.Code,
            InstrumentVersion = instrument.Version,
            ScreenedAt = now,
            ScreenedById = actor.UserId!.Value,
            BandCode = result.BandCode,
            BandLevel = result.BandLevel,
            Total = result.Total,
            Responses = instrument.Items.Select(i => new ScreeningResponse { ItemCode = i.Code, Value = input.Responses.GetValueOrDefault(i.Code) }).ToList(),
        };
        db.Screenings.Add(record);
        if (referral.ScreenedAt is null) (referral.ScreenedAt, referral.ScreenedById) = (now, actor.UserId);
        await db.SaveChangesAsync(ct);
        return Outcome<ScreeningRecord>.Done(record);
    }

    public async Task<Outcome<TraffickingDetermination>> DetermineAsync(
        Guid referralId, DeterminationInput input, Actor actor, CancellationToken ct = default)
    {
        var referral = await access.FindAsync(referralId, actor, ReferralOperations.Work, ct);
        if (referral is null) return Outcome<TraffickingDetermination>.NotFound();
        return await DetermineAsync(referral, await db.People.SingleAsync(p => p.Id == referral.PersonId, ct), input, actor, ct);
    }

    /// <summary>Records a determination on a referral (tracked) and its youth that the caller has found for work.</summary>
    public async Task<Outcome<TraffickingDetermination>> DetermineAsync(
        Referral referral, People.Person person, DeterminationInput input, Actor actor, CancellationToken ct = default)
    {
        input.Actions = input.Actions?.Where(Enum.IsDefined).ToList() ?? [];
        input.Means = input.Means?.Where(Enum.IsDefined).ToList() ?? [];
        input.Purposes = input.Purposes?.Where(Enum.IsDefined).ToList() ?? [];
        // One exploitation type for both the reading and the record, so they cannot disagree.
        input.Exploitation ??= referral.ExploitationSuspected;
        var errors = Errors.For(input);
        if (input.Status is not { } status || !Enum.IsDefined(status)) errors.Add(nameof(input.Status), "Choose the determination.");
        if (input.DecidedBy is not { } by || !Enum.IsDefined(by)) errors.Add(nameof(input.DecidedBy), "Choose which kind of organisation made the determination.");
        if (!Enum.IsDefined(input.Exploitation.Value)) errors.Add(nameof(input.Exploitation), "Choose sex, labor, both or unknown.");
        var received = jurisdiction.LocalDate(referral.ReceivedAt);
        if (input.ExploitationDate is { } d && d > received) errors.Add(nameof(input.ExploitationDate), "The exploitation date cannot be after the referral was received.");
        if (input.ExploitationDate is { } e && person.DateOfBirth is { } born && e < born) errors.Add(nameof(input.ExploitationDate), "The exploitation date cannot be before the date of birth.");
        if (input.Note?.Length > 4000) errors.Add(nameof(input.Note), "The note must be at most 4,000 characters.");
        if (errors.Count > 0) return Outcome<TraffickingDetermination>.Invalid(errors);

        var exploitationDate = input.ExploitationDate ?? referral.ExploitationDate;
        var reading = Read(input, person.DateOfBirth, exploitationDate ?? received);
        // The rule never decides, but a decision against its reading must say why.
        var contradicts = (input.Status == TraffickingStatus.ConfirmedVictim && !reading.AnyPathwayMet)
                          || (input.Status == TraffickingStatus.NotAVictim && reading.AnyPathwayMet);
        if (contradicts && string.IsNullOrWhiteSpace(input.Note))
            return Outcome<TraffickingDetermination>.Invalid(nameof(input.Note), "This determination differs from what the recorded evidence meets: explain why in the note.");

        var now = clock.GetUtcNow().UtcDateTime;
        var determination = new TraffickingDetermination
        {
            ReferralId = referral.Id,
            Status = input.Status!.Value,
            DecidedBy = input.DecidedBy!.Value,
            Actions = string.Join(',', input.Actions.Distinct()),
            Means = string.Join(',', input.Means.Distinct()),
            Purposes = string.Join(',', input.Purposes.Distinct()),
            Exploitation = input.Exploitation.Value,
            AgeAtExploitation = AmpRule.AgeAt(person.DateOfBirth, exploitationDate ?? received),
            Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim(),
            DecidedAt = now,
            DecidedById = actor.UserId!.Value,
        };
        db.Determinations.Add(determination);
        if (input.ExploitationDate is not null) referral.ExploitationDate = input.ExploitationDate;
        if (referral.DeterminedAt is null) (referral.DeterminedAt, referral.DeterminedById) = (now, actor.UserId);
        await db.SaveChangesAsync(ct);
        return Outcome<TraffickingDetermination>.Done(determination);
    }

    /// <summary>The AMP reading of a determination input, for the page to show before and after saving.</summary>
    public static AmpReading Read(DeterminationInput input, DateOnly? dateOfBirth, DateOnly exploitationDate) =>
        AmpRule.Read(new AmpEvidence(
            (input.Actions ?? []).Where(Enum.IsDefined).ToHashSet(), (input.Means ?? []).Where(Enum.IsDefined).ToHashSet(),
            (input.Purposes ?? []).Where(Enum.IsDefined).ToHashSet(), AmpRule.AgeAt(dateOfBirth, exploitationDate),
            input.Exploitation is { } e && Enum.IsDefined(e) ? e : ExploitationType.Unknown));

    /// <summary>
    /// Opens a case for the youth (or joins the receiving agency's open case) once someone has determined
    /// the youth a possible or confirmed victim.
    /// </summary>
    public async Task<Outcome<Guid>> LinkToCaseAsync(Guid referralId, Actor actor, CancellationToken ct = default)
    {
        var referral = await access.FindAsync(referralId, actor, ReferralOperations.Work, ct);
        if (referral is null) return Outcome<Guid>.NotFound();
        if (referral.CaseId is { } existing) return Outcome<Guid>.Done(existing);
        var latest = await db.Determinations.Where(d => d.ReferralId == referralId)
            .OrderByDescending(d => d.DecidedAt).ThenByDescending(d => d.Id).FirstOrDefaultAsync(ct);
        if (latest is null || latest.Status == TraffickingStatus.NotAVictim)
            return Outcome<Guid>.Invalid("case", "A case is opened once the youth is determined a possible or confirmed victim.");

        var now = clock.GetUtcNow().UtcDateTime;
        var @case = await opening.OpenOrJoinAsync(
            new CaseOpeningRequest(referral.PersonId, referral.ReceivingAgencyId, referral.RegionCode, referral.ResidenceCode), actor, ct);
        (referral.CaseId, referral.LinkedAt, referral.LinkedById) = (@case.Id, now, actor.UserId);
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome<Guid>.Invalid("case", "Someone linked or changed this referral a moment ago. Open it again to see its case.");
        }
        return Outcome<Guid>.Done(@case.Id);
    }
}
