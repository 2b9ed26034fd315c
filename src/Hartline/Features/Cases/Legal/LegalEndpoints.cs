using Hartline.Features.Reports;
using Hartline.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hartline.Features.Cases.Legal;

public static class LegalEndpoints
{
    /// <summary>The legal feature's services and its authorization handler (RecordJustice).</summary>
    public static IServiceCollection AddLegal(this IServiceCollection services) => services
        .AddSingleton<IAuthorizationHandler, RecordJusticeHandler>()
        .AddSingleton<IAuthorizationHandler, ReadJusticeHandler>()
        .AddScoped<LegalFiles>()
        .AddScoped<LegalRecords>()
        .AddScoped<LegalFigures>();

    public static RouteGroupBuilder MapLegal(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/cases/{id:guid}/legal").WithTags("Legal").RequireAuthorization(Policies.CaseRecords);
        g.MapGet("/", Get).WithSummary("The case's protections, offenders, arrests, charges (with computed class), court dates and notices (audited). "
            + "Readers outside the justice partners get the protections by status only, without the justice records.");
        g.MapPost("/protections", (Guid id, ProtectionInput body, LegalRecords r, HttpContext http, CancellationToken ct) =>
            Answer(r.AddProtectionAsync(id, body, Actor.FromPrincipal(http.User), ct), id)).WithSummary("Record a protection sought (needs Update on the case).");
        g.MapPost("/protections/{protectionId:guid}/steps", (Guid id, Guid protectionId, ProtectionStepInput body, LegalRecords r, HttpContext http, CancellationToken ct) =>
            Answer(r.AddProtectionStepAsync(id, protectionId, body, Actor.FromPrincipal(http.User), ct), id)).WithSummary("Record the outcome of a protection.");
        g.MapPost("/offenders", (Guid id, OffenderInput body, LegalRecords r, HttpContext http, CancellationToken ct) =>
            Answer(r.AddOffenderAsync(id, body, Actor.FromPrincipal(http.User), ct), id)).WithSummary("Link an offender (trafficker, buyer…); law-enforcement grantees may too.");
        g.MapPost("/arrests", (Guid id, ArrestInput body, LegalRecords r, HttpContext http, CancellationToken ct) =>
            Answer(r.AddArrestAsync(id, body, Actor.FromPrincipal(http.User), ct), id)).WithSummary("Record an arrest of an offender.");
        g.MapPost("/charges", (Guid id, ChargeInput body, LegalRecords r, HttpContext http, CancellationToken ct) =>
            Answer(r.AddChargeAsync(id, body, Actor.FromPrincipal(http.User), ct), id)).WithSummary("Record a charge; its class is computed when the file classes the offense by the child's age.");
        g.MapPost("/charges/{chargeId:guid}/dispositions", (Guid id, Guid chargeId, DispositionInput body, LegalRecords r, HttpContext http, CancellationToken ct) =>
            Answer(r.AddDispositionAsync(id, chargeId, body, Actor.FromPrincipal(http.User), ct), id)).WithSummary("Record a disposition of a charge (the latest is where it stands).");
        g.MapPost("/court-dates", (Guid id, CourtDateInput body, LegalRecords r, HttpContext http, CancellationToken ct) =>
            Answer(r.AddCourtDateAsync(id, body, Actor.FromPrincipal(http.User), ct), id)).WithSummary("Add a court date (local time without an offset).");
        g.MapPost("/court-dates/{courtDateId:guid}/outcome", (Guid id, Guid courtDateId, CourtOutcomeInput body, LegalRecords r, HttpContext http, CancellationToken ct) =>
            Answer(r.RecordCourtOutcomeAsync(id, courtDateId, body, Actor.FromPrincipal(http.User), ct), id)).WithSummary("Write what happened at a past hearing (once).");

        api.MapGet("/reports/legal/{quarter}", Figures).WithTags("Reports").RequireAuthorization(Policies.Statistics)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("Protections, arrests, charges by offense and class, dispositions in a quarter. Exact counts, for roles that may open "
                + "case files (403 for others: GET /api/v1/statistics publishes them with small numbers withheld).");
        return api;
    }

    private static async Task<Results<Ok<LegalFile>, NotFound>> Get(Guid id, LegalFiles files, HttpContext http, CancellationToken ct) =>
        await files.OpenAsync(id, Actor.FromPrincipal(http.User), ct) is { } file ? TypedResults.Ok(file) : TypedResults.NotFound();

    private static async Task<Results<Created<LegalCreated>, NotFound, ValidationProblem>> Answer(Task<Outcome<Guid>> recording, Guid caseId) =>
        (await recording).ToCreated($"/api/v1/cases/{caseId}/legal", id => new LegalCreated(id));

    private static async Task<Results<Ok<LegalFiguresResult>, ValidationProblem, ProblemHttpResult>> Figures(
        string quarter, LegalFigures figures, CurrentActor actor, Jurisdictions.Jurisdiction j, TimeProvider clock, CancellationToken ct)
    {
        if (ReportEndpoints.ExactFiguresOnly(actor.Value) is { } refused) return refused;
        return ReportQuarter.Check(quarter, j, clock, out var q) is { } problem ? problem : TypedResults.Ok(await figures.ComputeAsync(q, actor.Value, ct));
    }
}

public sealed record LegalCreated(Guid Id);
