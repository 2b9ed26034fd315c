using Hartline.Data;
using Hartline.Features.Cases.Profile;
using Hartline.Jurisdictions;
using Hartline.Security;

namespace Hartline.Features.Cases.Lifecycle;

public sealed class StatusChangeInput
{
    public CaseStatus? To { get; set; }
    /// <summary>Closure reason code, required when closing.</summary>
    public string? Reason { get; set; }
    /// <summary>Required when reopening: why the team is back.</summary>
    [MultiLine] public string? Note { get; set; }
}

/// <summary>
/// Moves a case through its life. A case is never deleted; closing needs a reason, reopening a note, and
/// every step is kept as a <see cref="CaseStatusChange"/>.
/// </summary>
public sealed class CaseLifecycle(HartlineDb db, CaseAccess access, Jurisdiction jurisdiction, TimeProvider clock)
{
    private static readonly Dictionary<CaseStatus, CaseStatus[]> Next = new()
    {
        [CaseStatus.Open] = [CaseStatus.Active, CaseStatus.Closed],
        [CaseStatus.Active] = [CaseStatus.FollowUp, CaseStatus.Closed],
        [CaseStatus.FollowUp] = [CaseStatus.Active, CaseStatus.Closed],
        [CaseStatus.Closed] = [CaseStatus.Reopened],
        [CaseStatus.Reopened] = [CaseStatus.Active, CaseStatus.FollowUp, CaseStatus.Closed],
    };

    public static IReadOnlyList<CaseStatus> NextFrom(CaseStatus status) => Next[status];

    public async Task<Outcome<CaseStatusChange>> ChangeAsync(Guid caseId, StatusChangeInput input, Actor actor, CancellationToken ct = default)
    {
        var @case = await access.FindAsync(caseId, actor, CaseOperations.Update, ct);
        if (@case is null) return Outcome<CaseStatusChange>.NotFound();

        var errors = Errors.For(input);
        if (input.To is not { } to || !Enum.IsDefined(to)) errors.Add(nameof(input.To), "Choose the new status.");
        else if (!Next[@case.Status].Contains(to))
            errors.Add(nameof(input.To), $"A case that is {Label(@case.Status)} can become: {string.Join(", ", Next[@case.Status].Select(Label))}.");
        if (input.To == CaseStatus.Closed && ExploitationVocabulary.ClosureReasons.All(r => r.Code != input.Reason))
            errors.Add(nameof(input.Reason), "Say why the case is closed.");
        if (input.To != CaseStatus.Closed && input.Reason is not null)
            errors.Add(nameof(input.Reason), "A reason is given only when closing.");
        if (input.To == CaseStatus.Reopened && string.IsNullOrWhiteSpace(input.Note))
            errors.Add(nameof(input.Note), "Say why the case is reopened.");
        if (input.Note?.Length > 2000) errors.Add(nameof(input.Note), "The note is longer than 2,000 characters.");
        if (errors.Count > 0) return Outcome<CaseStatusChange>.Invalid(errors);

        var now = clock.GetUtcNow().UtcDateTime;
        var change = new CaseStatusChange
        {
            CaseId = caseId, From = @case.Status, To = input.To!.Value, ReasonCode = input.Reason,
            Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim(),
            ChangedById = actor.UserId ?? Guid.Empty, ChangedAt = now,
        };
        db.Add(change);
        @case.Status = change.To;
        if (change.To == CaseStatus.Closed)
        {
            @case.ClosedOn = jurisdiction.LocalDate(now);
            @case.ClosureReasonCode = input.Reason;
        }
        // Reopened: the case counts as active again from today; the closing stays in the history.
        if (change.To == CaseStatus.Reopened) @case.ClosedOn = null;
        await db.SaveChangesAsync(ct);
        return Outcome<CaseStatusChange>.Done(change);
    }

    /// <summary>The status inside a sentence ("a case that is follow-up can become: active, closed").</summary>
    public static string Label(CaseStatus s) => DisplayNames.Of(s).ToLowerInvariant();
}
