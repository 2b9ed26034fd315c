using Hartline.Features.Intake.Duplicates;
using Hartline.Features.Intake.Screening;
using Hartline.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hartline.Features.Intake;

public static class IntakeEndpoints
{
    public static RouteGroupBuilder MapIntake(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/referrals").WithTags("Intake");
        g.MapPost("/", Receive).RequireAuthorization(Policies.TakeReferrals)
            .WithSummary("Receive a referral: registers the youth (or links the person chosen) and starts the intake funnel.");
        g.MapGet("/", List).RequireAuthorization(Policies.CaseRecords).WithSummary("Referrals visible to you, 50 a page: filters combine (status, region, agency, safety, age, waiting = days), sort by a column (dir asc|desc).");
        g.MapGet("/{id:guid}", Get).RequireAuthorization(Policies.CaseRecords)
            .WithSummary("One referral with its funnel, clocks, screenings, determinations and legal notices (audited).");
        g.MapPost("/{id:guid}/screenings", Screen).RequireAuthorization(Policies.TakeReferrals)
            .WithSummary("Record a screening with an instrument; the band is derived by the instrument's scoring rule.");
        g.MapPost("/{id:guid}/determinations", Determine).RequireAuthorization(Policies.TakeReferrals)
            .WithSummary("Record a determination with its Action–Means–Purpose evidence.");
        g.MapPost("/{id:guid}/case", Link).RequireAuthorization(Policies.TakeReferrals)
            .WithSummary("Open a case for the youth (or join the agency's open case) after a possible/confirmed determination.");
        g.MapPost("/{id:guid}/undo-automatic-link", async (Guid id, AutomaticLinks links, HttpContext http, CancellationToken ct) =>
                (await links.UndoAsync(id, Actor.FromPrincipal(http.User), ct)).ToHttp()).RequireAuthorization(Policies.TakeReferrals)
            .WithSummary("The youth is not the one intake linked automatically (same name and date of birth): give the referral its own new person record. Answers the new person's id.");
        api.MapGet("/screening-instruments", (InstrumentLibrary library) => library.Current)
            .WithTags("Intake").RequireAuthorization(Policies.TakeReferrals).WithSummary("The current version of each screening instrument.");
        api.MapGet("/people/duplicate-candidates", Candidates).WithTags("Intake").RequireAuthorization(Policies.TakeReferrals)
            .WithSummary("People you may see who may be the youth being entered (name variants, misspellings, swapped dates).");
        return api;
    }

    // Not ToCreated: receiving is never "not found", and the OpenAPI document should not list a 404 for it.
    private static async Task<Results<Created<ReferralReceipt>, ValidationProblem>> Receive(
        ReferralInput body, IntakeService intake, CurrentActor current, CancellationToken ct)
    {
        var received = await intake.ReceiveAsync(body, current.Value, ct);
        return received.Succeeded
            ? TypedResults.Created($"/api/v1/referrals/{received.Value!.ReferralId}", received.Value)
            : TypedResults.ValidationProblem(Errors.CamelCase(received.Errors));
    }

    private static Task<ReferralPage> List(ReferralFiles files, CurrentActor actor, [AsParameters] ReferralListQuery query, CancellationToken ct) =>
        files.ListAsync(actor.Value, query, ct);

    private static async Task<Results<Ok<ReferralView>, NotFound>> Get(Guid id, ReferralFiles files, HttpContext http, CancellationToken ct) =>
        await files.OpenAsync(id, Actor.FromPrincipal(http.User), ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound();

    private static async Task<Results<Created<ScreeningOutcome>, NotFound, ValidationProblem>> Screen(
        Guid id, ScreeningInput body, ReferralWorkflow workflow, HttpContext http, CancellationToken ct) =>
        (await workflow.ScreenAsync(id, body, Actor.FromPrincipal(http.User), ct)).ToCreated($"/api/v1/referrals/{id}",
            record => new ScreeningOutcome(record.Id, record.BandCode, record.BandLevel, record.Total));

    private static async Task<Results<Created<DeterminationOutcome>, NotFound, ValidationProblem>> Determine(
        Guid id, DeterminationInput body, ReferralWorkflow workflow, HttpContext http, CancellationToken ct) =>
        (await workflow.DetermineAsync(id, body, Actor.FromPrincipal(http.User), ct)).ToCreated($"/api/v1/referrals/{id}",
            d => new DeterminationOutcome(d.Id, d.Status, d.AgeAtExploitation));

    private static async Task<Results<Ok<CaseLink>, NotFound, ValidationProblem>> Link(Guid id, ReferralWorkflow workflow, HttpContext http, CancellationToken ct)
    {
        var linked = await workflow.LinkToCaseAsync(id, Actor.FromPrincipal(http.User), ct);
        return linked.Kind switch
        {
            OutcomeKind.NotFound => TypedResults.NotFound(),
            OutcomeKind.Invalid => TypedResults.ValidationProblem(linked.Errors),
            _ => TypedResults.Ok(new CaseLink(linked.Value)),
        };
    }

    private static Task<IReadOnlyList<DuplicateCandidate>> Candidates(string? givenName, string? familyName, DateOnly? dateOfBirth,
        DuplicateCheck check, CurrentActor actor, CancellationToken ct) =>
        check.FindAsync(givenName, familyName, dateOfBirth, actor.Value, ct);
}

public sealed record ScreeningOutcome(Guid ScreeningId, string Band, int BandLevel, int Total);
public sealed record DeterminationOutcome(Guid DeterminationId, Determination.TraffickingStatus Status, int? AgeAtExploitation);
public sealed record CaseLink(Guid CaseId);
