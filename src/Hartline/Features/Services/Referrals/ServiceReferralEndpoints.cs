using Hartline.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hartline.Features.Services.Referrals;

/// <summary>
/// The API of needs, matching and service referrals, with the pages' rules: a case's side through the case's
/// access, a referral through its handler (404 for anyone else, audited), lists through the scope function.
/// </summary>
public static class ServiceReferralEndpoints
{
    public static RouteGroupBuilder MapServiceReferrals(this RouteGroupBuilder api)
    {
        var c = api.MapGroup("/cases/{id:guid}/services").WithTags("Service referrals").RequireAuthorization(Policies.CaseRecords);
        c.MapGet("/", CaseView).WithSummary(
            "A case's needs, what matching knows of the youth, the services that fit each open need (with reasons) and the near misses (with the rules that excluded them), and its referrals. Audited.");
        c.MapPost("/needs", AddNeed).WithSummary("Add a need (a service type code) to the case (case worker or coordinator).");
        c.MapPost("/needs/{needId:guid}/status", NeedStatus).WithSummary("Close a need: Met or NoLongerNeeded (never deleted).");
        c.MapPut("/facts", Facts).WithSummary("Set the youth's language (ISO 639-1) and populations for matching.");
        c.MapPost("/referrals", Create).WithSummary(
            "Refer the youth to a service: serviceId, needId or typeCode, shareProfile (Enquiry, Minimum, Placement), message; send=false keeps a draft. "
            + "Refused without the youth's (or guardian's) consent; a youth the service's rules do not fit needs eligibilityNote.");

        var r = api.MapGroup("/service-referrals").WithTags("Service referrals").RequireAuthorization(Policies.CaseRecords);
        r.MapGet("/", List).WithSummary("Referrals you may see: a provider's are those sent to its agency (never drafts). openOnly=true leaves out closed ones. Audited.");
        r.MapGet("/{referralId:guid}", One).WithSummary("One referral. A provider sees only the fields the sender shared, and only while it is open. Audited; 404 when not yours.");
        r.MapPost("/{referralId:guid}/send", Send).WithSummary("Send a draft (checks consent and eligibility again).");
        r.MapPost("/{referralId:guid}/{move}", Move).WithSummary(
            "Move a referral: accept, decline (declineReason), withdraw, engage, complete (result) or end (endReason), with an optional note.");
        r.MapPost("/{referralId:guid}/services", Deliver).WithSummary("Record a service given: typeCode, deliveredOn, minutes or units, note (the provider, or a coordinator).");
        api.MapGet("/reports/service-referrals/{quarter}", Figures).WithTags("Reports").RequireAuthorization(Policies.Statistics)
            .ProducesProblem(StatusCodes.Status403Forbidden).WithSummary(
            "Service referrals in a quarter (e.g. 2026Q4): sent by type, acceptance rate and median days to acceptance per provider, completion rate, "
            + "services delivered by type, unmet needs, over the cases you may count. Exact counts, for roles that may open case files (403 for "
            + "others: GET /api/v1/statistics publishes them with small numbers withheld).");
        return api;
    }

    private static async Task<Results<Ok<ServiceReferralFiguresResult>, ValidationProblem, ProblemHttpResult>> Figures(string quarter,
        ServiceReferralFigures figures, CurrentActor actor, Jurisdictions.Jurisdiction j, TimeProvider clock, CancellationToken ct)
    {
        if (Reports.ReportEndpoints.ExactFiguresOnly(actor.Value) is { } refused) return refused;
        return Reports.ReportQuarter.Check(quarter, j, clock, out var q) is { } problem ? problem : TypedResults.Ok(await figures.ComputeAsync(q, actor.Value, ct));
    }

    private static async Task<Results<Ok<CaseServicesView>, NotFound>> CaseView(Guid id, CaseServicePlanning planning, CurrentActor actor, CancellationToken ct) =>
        await planning.GetAsync(id, actor.Value, ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound();

    private static async Task<Results<Created<Changed>, NotFound, ValidationProblem>> AddNeed(Guid id, NeedInput input, CaseServicePlanning planning,
        CurrentActor actor, CancellationToken ct) =>
        (await planning.AddNeedAsync(id, input, actor.Value, ct)).ToCreated($"/api/v1/cases/{id}/services", v => new Changed(v));

    private static async Task<Results<Ok<Changed>, NotFound, ValidationProblem>> NeedStatus(Guid id, Guid needId, NeedStatusInput input,
        CaseServicePlanning planning, CurrentActor actor, CancellationToken ct) =>
        Ok(await planning.SetNeedStatusAsync(id, needId, input, actor.Value, ct));

    private static async Task<Results<Ok<Changed>, NotFound, ValidationProblem>> Facts(Guid id, ServiceFactsInput input, CaseServicePlanning planning,
        CurrentActor actor, CancellationToken ct) =>
        Ok(await planning.SetFactsAsync(id, input, actor.Value, ct));

    private static async Task<Results<Created<Changed>, NotFound, ValidationProblem>> Create(Guid id, ServiceReferralInput input, ServiceReferrals referrals,
        CurrentActor actor, CancellationToken ct) =>
        (await referrals.CreateAsync(id, input, actor.Value, ct)).ToCreated(v => $"/api/v1/service-referrals/{v}", v => new Changed(v));

    private static async Task<IReadOnlyList<ServiceReferralSummary>> List(ServiceReferralViews views, CurrentActor actor, bool? openOnly, CancellationToken ct) =>
        await views.ListAsync(actor.Value, openOnly == true, ct);

    private static async Task<Results<Ok<ServiceReferralView>, NotFound>> One(Guid referralId, ServiceReferralViews views, CurrentActor actor, CancellationToken ct) =>
        await views.OneAsync(referralId, actor.Value, ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound();

    private static async Task<Results<Ok<Changed>, NotFound, ValidationProblem>> Send(Guid referralId, SendInput input, ServiceReferrals referrals,
        CurrentActor actor, CancellationToken ct) =>
        Ok(await referrals.SendAsync(referralId, input, actor.Value, ct));

    private static async Task<Results<Ok<Changed>, NotFound, ValidationProblem>> Move(Guid referralId, string move, ReferralStepInput input,
        ServiceReferrals referrals, CurrentActor actor, CancellationToken ct)
    {
        // An unknown step is a path that does not exist: 404, like any other.
        if (!Enum.TryParse<ReferralMove>(move, ignoreCase: true, out var m) || !Enum.IsDefined(m) || int.TryParse(move, out _)) return TypedResults.NotFound();
        return Ok(await referrals.MoveAsync(referralId, m, input, actor.Value, ct));
    }

    private static async Task<Results<Created<Changed>, NotFound, ValidationProblem>> Deliver(Guid referralId, DeliveryInput input, ServiceReferrals referrals,
        CurrentActor actor, CancellationToken ct) =>
        (await referrals.RecordDeliveryAsync(referralId, input, actor.Value, ct)).ToCreated($"/api/v1/service-referrals/{referralId}", v => new Changed(v));

    private static Results<Ok<Changed>, NotFound, ValidationProblem> Ok(Outcome<Guid> outcome) => outcome.Kind switch
    {
        OutcomeKind.Done => TypedResults.Ok(new Changed(outcome.Value)),
        OutcomeKind.NotFound => TypedResults.NotFound(),
        _ => TypedResults.ValidationProblem(Errors.CamelCase(outcome.Errors)),
    };

    /// <summary>The id of the record made or changed.</summary>
    public sealed record Changed(Guid Id);
}
