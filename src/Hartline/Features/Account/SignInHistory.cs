using Hartline.Data;
using Hartline.Jurisdictions;
using Hartline.Security.Audit;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Features.Account;

/// <summary>One sign-in attempt on the account, on the jurisdiction's clock.</summary>
public sealed record SignInEntry(DateTime At, bool Succeeded, string What);

/// <summary>
/// A user's own recent sign-ins, read from the audit trail's sign-in events (the trail is the record; nothing
/// is kept twice). Only ever for the signed-in user's own id: the caller passes <see cref="Security.Actor.UserId"/>,
/// never an id from the request. Attempts with an unknown e-mail belong to no account and are not shown.
/// </summary>
public sealed class SignInHistory(HartlineDb db, Jurisdiction j)
{
    public const int Shown = 20;

    private static readonly AuditAction[] Attempts = [AuditAction.SignIn, AuditAction.SignInFailed, AuditAction.Lockout];

    public async Task<IReadOnlyList<SignInEntry>> RecentAsync(Guid userId, CancellationToken ct = default)
    {
        var id = userId.ToString();
        var events = await db.AuditEvents.AsNoTracking()
            .Where(e => e.EntityType == "User" && e.EntityId == id && Attempts.Contains(e.Action))
            .OrderByDescending(e => e.At).ThenByDescending(e => e.Id).Take(Shown)
            .Select(e => new { e.At, e.Action }).ToListAsync(ct);
        return events.Select(e => new SignInEntry(j.ToLocal(e.At), e.Action == AuditAction.SignIn, e.Action switch
        {
            AuditAction.SignIn => "Signed in",
            AuditAction.SignInFailed => "Refused: wrong password or code",
            _ => "Refused: the account was locked after too many failed attempts",
        })).ToList();
    }
}
