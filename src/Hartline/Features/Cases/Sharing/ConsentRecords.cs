using Hartline.Data;
using Hartline.Jurisdictions;
using Hartline.Security;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Features.Cases.Sharing;

public sealed class ConsentInput
{
    public ConsentGiver? GivenBy { get; set; }
    [PersonName] public string? GiverName { get; set; }
    /// <summary>The agency; empty for the whole network of partner agencies.</summary>
    public Guid? RecipientAgencyId { get; set; }
    public List<GrantKind>? Purposes { get; set; }
    public DateOnly? GivenOn { get; set; }
    [MultiLine] public string? Limits { get; set; }
}

public sealed class WithdrawInput
{
    public DateOnly? WithdrawnOn { get; set; }
    [MultiLine] public string? Note { get; set; }
}

public sealed record ConsentView(Guid Id, ConsentGiver GivenBy, string? GiverName, string Recipient, IReadOnlyList<GrantKind> Purposes,
    DateOnly GivenOn, string? Limits, DateOnly? WithdrawnOn, string? WithdrawnNote);

public sealed record GrantView(Guid Id, string Agency, GrantKind Kind, DateTime GrantedAt, DateTime? RevokedAt);

public sealed record SharingView(IReadOnlyList<ConsentView> Consents, IReadOnlyList<GrantView> Grants);

/// <summary>Records the youth's consents to share, and their withdrawal, which stops the sharing it covered at once.</summary>
public sealed class ConsentRecords(HartlineDb db, CaseAccess access, CaseSharing sharing, Jurisdiction jurisdiction, TimeProvider clock)
{
    public async Task<SharingView> OfAsync(Case @case, CancellationToken ct = default)
    {
        var consents = await db.Set<SharingConsent>().AsNoTracking().Where(c => c.CaseId == @case.Id)
            .OrderByDescending(c => c.GivenOn).ThenByDescending(c => c.RecordedAt).ToListAsync(ct);
        var agencyIds = consents.Where(c => c.RecipientAgencyId != null).Select(c => c.RecipientAgencyId!.Value)
            .Concat(@case.Grants.Select(g => g.AgencyId)).Distinct().ToList();
        var names = await db.Agencies.Where(a => agencyIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, ct);
        return new SharingView(
            consents.Select(c => new ConsentView(c.Id, c.GivenBy, c.GiverName,
                c.RecipientAgencyId is { } a ? names.GetValueOrDefault(a, "?") : "All partner agencies",
                c.Purposes, c.GivenOn, c.Limits, c.WithdrawnOn, c.WithdrawnNote)).ToList(),
            @case.Grants.OrderByDescending(g => g.GrantedAt)
                .Select(g => new GrantView(g.Id, names.GetValueOrDefault(g.AgencyId, "?"), g.Kind, g.GrantedAt, g.RevokedAt)).ToList());
    }

    public async Task<Outcome<SharingConsent>> RecordAsync(Guid caseId, ConsentInput input, Actor actor, CancellationToken ct = default)
    {
        if (await access.FindAsync(caseId, actor, CaseOperations.Share, ct) is null) return Outcome<SharingConsent>.NotFound();
        var today = jurisdiction.Today(clock);
        var errors = Errors.For(input);
        if (input.GivenBy is not { } giver || !Enum.IsDefined(giver)) errors.Add(nameof(input.GivenBy), "Say who gave the consent.");
        if (input.GivenBy is ConsentGiver.Guardian or ConsentGiver.CourtOrder && string.IsNullOrWhiteSpace(input.GiverName))
            errors.Add(nameof(input.GiverName), "Name the guardian or the court.");
        var purposes = (input.Purposes ?? []).Distinct().ToList();
        if (purposes.Count == 0) errors.Add(nameof(input.Purposes), "Choose what the youth agreed to share for.");
        if (purposes.Any(p => !Enum.IsDefined(p))) errors.Add(nameof(input.Purposes), "Unknown kind of sharing.");
        if (input.RecipientAgencyId is { } agency && !await db.Agencies.AnyAsync(a => a.Id == agency, ct))
            errors.Add(nameof(input.RecipientAgencyId), "No such agency.");
        if (input.GivenOn is null) errors.Add(nameof(input.GivenOn), "When was the consent given?");
        else if (input.GivenOn > today) errors.Add(nameof(input.GivenOn), "The date is in the future.");
        if (input.GiverName?.Length > 200) errors.Add(nameof(input.GiverName), "At most 200 characters.");
        if (input.Limits?.Length > 2000) errors.Add(nameof(input.Limits), "At most 2,000 characters.");
        if (errors.Count > 0) return Outcome<SharingConsent>.Invalid(errors);

        var consent = new SharingConsent
        {
            CaseId = caseId, GivenBy = input.GivenBy!.Value, GiverName = TextInput.Clean(input.GiverName), RecipientAgencyId = input.RecipientAgencyId,
            Purposes = purposes, GivenOn = input.GivenOn!.Value, Limits = TextInput.Clean(input.Limits),
            RecordedById = actor.UserId ?? Guid.Empty, RecordedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(consent);
        await db.SaveChangesAsync(ct);
        return Outcome<SharingConsent>.Done(consent);
    }

    /// <summary>Withdraws a consent and revokes, in the same save, every grant no remaining consent covers.</summary>
    public async Task<Outcome<int>> WithdrawAsync(Guid caseId, Guid consentId, WithdrawInput input, Actor actor, CancellationToken ct = default)
    {
        var @case = await access.FindAsync(caseId, actor, CaseOperations.Share, ct);
        if (@case is null) return Outcome<int>.NotFound();
        var consent = await db.Set<SharingConsent>().FirstOrDefaultAsync(c => c.Id == consentId && c.CaseId == caseId, ct);
        if (consent is null) return Outcome<int>.NotFound();
        var today = jurisdiction.Today(clock);
        var errors = Errors.For(input);
        if (consent.WithdrawnOn is not null) errors.Add(nameof(input.WithdrawnOn), "This consent was already withdrawn.");
        var on = input.WithdrawnOn ?? today;
        if (on > today) errors.Add(nameof(input.WithdrawnOn), "The date is in the future.");
        if (on < consent.GivenOn) errors.Add(nameof(input.WithdrawnOn), "The consent cannot be withdrawn before it was given.");
        if (input.Note?.Length > 2000) errors.Add(nameof(input.Note), "At most 2,000 characters.");
        if (errors.Count > 0) return Outcome<int>.Invalid(errors);

        consent.WithdrawnOn = on;
        consent.WithdrawnNote = TextInput.Clean(input.Note);
        consent.WithdrawnById = actor.UserId;
        var revoked = await sharing.RevokeUncoveredAsync(@case, consent.Id, ct);
        await db.SaveChangesAsync(ct); // one save: the withdrawal and the revocations stand or fall together
        return Outcome<int>.Done(revoked);
    }

}
