using Hartline.Features.Reports;
using Hartline.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hartline.Features.Cases.Plan;

public static class PlanEndpoints
{
    public static RouteGroupBuilder MapYouthVoice(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/cases/{id:guid}/plan").WithTags("Plan and youth voice").RequireAuthorization(Policies.CaseRecords);
        g.MapGet("/", Get).WithSummary("The youth's plan goals (in their words, with their answers), preferences with history, and feedback. Audited; 404 when not yours to see.");
        g.MapPost("/items", AddItem).WithSummary("Add a plan goal in the youth's own words (case worker: Update).");
        g.MapPost("/items/{itemId:guid}/agreement", Agree).WithSummary("Record whether the youth agreed to a goal, when and how they were asked. Earlier answers are kept.");
        g.MapPost("/items/{itemId:guid}/status", Status).WithSummary("Set a goal's status: Proposed, Active, Achieved or Dropped (never deleted).");
        g.MapPut("/preferences", Preferences).WithSummary("Record the youth's current preferences; the earlier ones are kept as history. No phone numbers: use the contact on file.");
        g.MapPost("/feedback", Feedback).WithSummary("Record the youth's feedback: ratings 1–5 (optional) and their words (Contribute).");
        api.MapGet("/reports/youth-voice/{quarter}", Figures).WithTags("Reports").RequireAuthorization(Policies.Statistics)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("Per quarter (e.g. 2019Q3): plan items the youth answered and the share agreed; feedback and mean 'had a say'. Exact "
                + "counts, for roles that may open case files (403 for others: GET /api/v1/statistics publishes them with small numbers withheld).");
        return api;
    }

    private static async Task<Results<Ok<PlanView>, NotFound>> Get(Guid id, YouthVoice voice, HttpContext http, CancellationToken ct) =>
        await voice.GetAsync(id, Actor.FromPrincipal(http.User), ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound();

    private static async Task<Results<Created<PlanChange>, NotFound, ValidationProblem>> AddItem(Guid id, PlanItemInput body, YouthVoice voice, HttpContext http, CancellationToken ct) =>
        Answer(id, await voice.AddItemAsync(id, body, Actor.FromPrincipal(http.User), ct));

    private static async Task<Results<Created<PlanChange>, NotFound, ValidationProblem>> Agree(Guid id, Guid itemId, AgreementInput body, YouthVoice voice, HttpContext http, CancellationToken ct) =>
        Answer(id, await voice.RecordAgreementAsync(id, itemId, body, Actor.FromPrincipal(http.User), ct));

    private static async Task<Results<Created<PlanChange>, NotFound, ValidationProblem>> Status(Guid id, Guid itemId, StatusInput body, YouthVoice voice, HttpContext http, CancellationToken ct) =>
        Answer(id, await voice.SetStatusAsync(id, itemId, body, Actor.FromPrincipal(http.User), ct));

    private static async Task<Results<Created<PlanChange>, NotFound, ValidationProblem>> Preferences(Guid id, PreferencesInput body, YouthVoice voice, HttpContext http, CancellationToken ct) =>
        Answer(id, await voice.SavePreferencesAsync(id, body, Actor.FromPrincipal(http.User), ct));

    private static async Task<Results<Created<PlanChange>, NotFound, ValidationProblem>> Feedback(Guid id, FeedbackInput body, YouthVoice voice, HttpContext http, CancellationToken ct) =>
        Answer(id, await voice.AddFeedbackAsync(id, body, Actor.FromPrincipal(http.User), ct));

    private static Results<Created<PlanChange>, NotFound, ValidationProblem> Answer(Guid caseId, Outcome<Guid> saved) =>
        saved.ToCreated($"/api/v1/cases/{caseId}/plan", id => new PlanChange(id));

    private static async Task<Results<Ok<YouthVoiceResult>, ValidationProblem, ProblemHttpResult>> Figures(string quarter, YouthVoiceFigures figures,
        CurrentActor actor, Jurisdictions.Jurisdiction j, TimeProvider clock, CancellationToken ct)
    {
        if (ReportEndpoints.ExactFiguresOnly(actor.Value) is { } refused) return refused;
        return ReportQuarter.Check(quarter, j, clock, out var q) is { } problem ? problem : TypedResults.Ok(await figures.ComputeAsync(q, actor.Value, ct));
    }
}

public sealed record PlanChange(Guid Id);
