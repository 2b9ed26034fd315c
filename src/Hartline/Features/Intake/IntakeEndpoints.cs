using System.Text.Json;
using Hartline.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hartline.Features.Intake;

public static class IntakeEndpoints
{
    public static RouteGroupBuilder MapIntake(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/referrals").WithTags("Intake");
        g.MapPost("/", Receive).RequireAuthorization(Policies.TakeReferrals)
            .WithSummary("Receive a referral: links or registers the youth and opens (or reuses) the agency's case.");
        return api;
    }

    private static async Task<Results<Created<ReferralReceipt>, ValidationProblem>> Receive(
        ReferralInput body, IntakeService intake, CurrentActor current, CancellationToken ct)
    {
        var actor = current.Value;
        var (receipt, errors) = await intake.ReceiveAsync(body, actor.AgencyId!.Value, actor.UserId!.Value, ct);
        if (receipt is null)
            return TypedResults.ValidationProblem(errors.ToDictionary(e => JsonNamingPolicy.CamelCase.ConvertName(e.Key), e => e.Value));
        return TypedResults.Created($"/api/v1/cases/{receipt.CaseId}", receipt);
    }
}
