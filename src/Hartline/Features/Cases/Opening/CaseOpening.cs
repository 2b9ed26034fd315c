using Hartline.Data;
using Hartline.Features.Cases.Lifecycle;
using Hartline.Features.Cases.Team;
using Hartline.Jurisdictions;
using Hartline.Security;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Features.Cases.Opening;

/// <summary>What a case is opened for: the youth, the agency that will own the file, and where it stands.</summary>
public sealed record CaseOpeningRequest(Guid PersonId, Guid OwnerAgencyId, string RegionCode, string? ResidenceCode);

/// <summary>
/// The one place a case file comes into being. An agency keeps one open file per youth, so a new referral
/// joins the agency's open case; otherwise a case is opened with its first status step and the opener as
/// its first primary worker. The caller saves (with its own change, e.g. the referral's link) in one go.
/// </summary>
public sealed class CaseOpening(HartlineDb db, Jurisdiction jurisdiction, TimeProvider clock, RecordNumbers numbers)
{
    public async Task<Case> OpenOrJoinAsync(CaseOpeningRequest request, Actor opener, CancellationToken ct = default)
    {
        var userId = opener.UserId ?? throw new InvalidOperationException("A case is opened by a signed-in user.");
        var open = await db.Cases.FirstOrDefaultAsync(c => c.PersonId == request.PersonId
            && c.OwnerAgencyId == request.OwnerAgencyId && c.Status != CaseStatus.Closed, ct);
        if (open is not null) return open;

        var now = clock.GetUtcNow().UtcDateTime;
        var @case = new Case
        {
            PersonId = request.PersonId,
            OwnerAgencyId = request.OwnerAgencyId,
            RegionCode = request.RegionCode,
            ResidenceCode = request.ResidenceCode,
            OpenedOn = jurisdiction.LocalDate(now),
            AssignedUserId = userId,
            CreatedById = userId,
            CreatedAt = now,
        };
        @case.Number = await numbers.NextAsync(NumberedRecord.Case, @case.OpenedOn.Year, ct);
        db.Cases.Add(@case);
        // The case's life starts with its opening, so the history shows who opened it and when.
        db.Add(new CaseStatusChange { CaseId = @case.Id, From = null, To = CaseStatus.Open, ChangedById = userId, ChangedAt = now });
        // The worker who opens the case is its first primary worker: the continuity measure starts here.
        db.Add(CareTeamStart.FirstPrimaryWorker(@case, userId, opener.DisplayName, now));
        return @case;
    }
}
