using Hartline.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hartline.Features.Intake.Corrections;

/// <summary>Corrections and withdrawal of a referral through the API (the same service as the pages).</summary>
public static class CorrectionEndpoints
{
    public sealed record WithdrawalInput(string? Reason);

    public static RouteGroupBuilder MapReferralCorrections(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/referrals/{id:guid}").WithTags("Intake").RequireAuthorization(Policies.TakeReferrals);
        g.MapGet("/corrections", Sheet).WithName("getReferralCorrections")
            .WithSummary("The referral's correctable fields as they stand, their version, and the corrections made so far. 404 when not yours to correct.");
        g.MapPost("/corrections", Correct).WithName("correctReferral")
            .WithSummary("Corrects fields (send them all, with the version read and a reason). A stale version is refused (someone saved first).");
        g.MapPost("/withdrawal", Withdraw).WithName("withdrawReferral")
            .WithSummary("Withdraws a referral entered by mistake (kept, no longer listed or counted). Not for a referral that opened a case.");
        return api;
    }

    private static async Task<Results<Ok<CorrectionSheet>, NotFound>> Sheet(Guid id, ReferralCorrections corrections, CurrentActor actor, CancellationToken ct) =>
        await corrections.SheetAsync(id, actor.Value, ct) is { } sheet ? TypedResults.Ok(sheet) : TypedResults.NotFound();

    private static async Task<Results<Ok<int>, NotFound, ValidationProblem>> Correct(Guid id, CorrectionInput input, ReferralCorrections corrections,
        CurrentActor actor, CancellationToken ct) => (await corrections.CorrectAsync(id, input, actor.Value, ct)).ToHttp();

    private static async Task<Results<Ok<Guid>, NotFound, ValidationProblem>> Withdraw(Guid id, WithdrawalInput input, ReferralCorrections corrections,
        CurrentActor actor, CancellationToken ct) => (await corrections.WithdrawAsync(id, input.Reason, actor.Value, ct)).ToHttp();
}
