using Hartline.Features.Cases.Lifecycle;
using Hartline.Features.Cases.Missing;
using Hartline.Features.Cases.Profile;
using Hartline.Features.Cases.Sharing;
using Hartline.Features.Cases.Team;
using Hartline.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hartline.Features.Cases;

/// <summary>The API of one case file's parts: profile, status, missing episodes, care team, consent and sharing.</summary>
public static class CaseFileEndpoints
{
    // The codes are the same for every case, but the route is a case's: like every case route it answers
    // 404 for a case the user may not read, so it cannot be used to probe which case ids exist.
    private static async Task<Results<Ok<Vocabulary>, NotFound>> VocabularyFor(Guid id, CaseAccess access, HttpContext http, CancellationToken ct) =>
        await access.FindAsync(id, Actor.FromPrincipal(http.User), CaseOperations.Read, ct, tracking: false) is null ? TypedResults.NotFound() : TypedResults.Ok(Vocabulary.Current);

    public static RouteGroupBuilder MapCaseFile(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/cases/{id:guid}").WithTags("Cases").RequireAuthorization(Policies.CaseRecords);
        g.MapPut("/profile", async (Guid id, ProfileInput body, CaseProfiles profiles, HttpContext http, CancellationToken ct) =>
            (await profiles.UpdateAsync(id, body, Actor.FromPrincipal(http.User), ct)).ToHttp())
            .WithSummary("Replace the exploitation profile (HTCDS victim fields; lists of vocabulary codes).");
        g.MapGet("/vocabulary", VocabularyFor).WithSummary("The codes the profile, closure and care-team fields accept (404 when the case is not yours to see).");
        g.MapPost("/status", async (Guid id, StatusChangeInput body, CaseLifecycle lifecycle, HttpContext http, CancellationToken ct) =>
            (await lifecycle.ChangeAsync(id, body, Actor.FromPrincipal(http.User), ct)).ToHttp())
            .WithSummary("Move the case: open → active → follow-up → closed (with a reason) → reopened (with a note).");
        g.MapPost("/missing-episodes", async (Guid id, MissingEpisodeInput body, MissingEpisodes episodes, HttpContext http, CancellationToken ct) =>
            (await episodes.AddAsync(id, body, Actor.FromPrincipal(http.User), ct)).ToHttp())
            .WithSummary("Record that the youth went missing from care or home (local times).");
        g.MapPut("/missing-episodes/{episodeId:guid}", async (Guid id, Guid episodeId, MissingEpisodeInput body, MissingEpisodes episodes, HttpContext http, CancellationToken ct) =>
            (await episodes.UpdateAsync(id, episodeId, body, Actor.FromPrincipal(http.User), ct)).ToHttp())
            .WithSummary("Correct an episode (the case's own workers).");
        g.MapPost("/missing-episodes/{episodeId:guid}/found", async (Guid id, Guid episodeId, FoundInput body, MissingEpisodes episodes, HttpContext http, CancellationToken ct) =>
            (await episodes.FoundAsync(id, episodeId, body.EndedAt, body.WhereFound, Actor.FromPrincipal(http.User), ct)).ToHttp())
            .WithSummary("The youth was found: closes the open episode (anyone working with the youth).");
        g.MapGet("/team", Team).WithSummary("The care team now and before, and the continuity measure.");
        g.MapPost("/team", async (Guid id, AssignmentInput body, CareTeam team, HttpContext http, CancellationToken ct) =>
            (await team.AssignAsync(id, body, Actor.FromPrincipal(http.User), ct)).ToHttp())
            .WithSummary("Put someone on the care team; a new primary worker takes over from the last.");
        g.MapPost("/team/{assignmentId:guid}/end", async (Guid id, Guid assignmentId, EndAssignmentInput body, CareTeam team, HttpContext http, CancellationToken ct) =>
            (await team.EndAsync(id, assignmentId, body, Actor.FromPrincipal(http.User), ct)).ToHttp())
            .WithSummary("End someone's time on the care team (kept in the history).");
        g.MapGet("/consents", Consents).WithSummary("The youth's consents to share and the agencies the case is shared with.");
        g.MapPost("/consents", async (Guid id, ConsentInput body, ConsentRecords consents, HttpContext http, CancellationToken ct) =>
            (await consents.RecordAsync(id, body, Actor.FromPrincipal(http.User), ct)).ToHttp())
            .WithSummary("Record what the youth (or guardian) consented to share, with whom and for what.");
        g.MapPost("/consents/{consentId:guid}/withdraw", async (Guid id, Guid consentId, WithdrawInput body, ConsentRecords consents, HttpContext http, CancellationToken ct) =>
            (await consents.WithdrawAsync(id, consentId, body, Actor.FromPrincipal(http.User), ct)).ToHttp())
            .WithSummary("Withdraw a consent: sharing no other consent covers stops at once.");
        g.MapPost("/shares", Share).WithSummary("Share the case with an agency; refused (400, naming agencyId) without the youth's consent.");
        return api;
    }

    private static async Task<Results<Ok<CareTeamView>, NotFound>> Team(Guid id, CaseAccess access, CareTeam team, Security.Audit.AuditLog audit,
        HttpContext http, CancellationToken ct)
    {
        if (await access.FindAsync(id, Actor.FromPrincipal(http.User), CaseOperations.Read, ct, tracking: false) is not { } found) return TypedResults.NotFound();
        await audit.ReadAsync(nameof(Case), id, "care team", ct);
        return TypedResults.Ok(await team.OfAsync(found, ct));
    }

    private static async Task<Results<Ok<SharingView>, NotFound>> Consents(Guid id, CaseAccess access, ConsentRecords consents,
        Security.Audit.AuditLog audit, HttpContext http, CancellationToken ct)
    {
        if (await access.FindAsync(id, Actor.FromPrincipal(http.User), CaseOperations.Read, ct, tracking: false) is not { } found) return TypedResults.NotFound();
        await audit.ReadAsync(nameof(Case), id, "consent and sharing", ct);
        return TypedResults.Ok(await consents.OfAsync(found, ct));
    }

    public sealed class FoundInput
    {
        public DateTime? EndedAt { get; set; }
        public string? WhereFound { get; set; }
    }

    public sealed class ShareInput
    {
        public Guid? AgencyId { get; set; }
        public GrantKind? Kind { get; set; }
    }

    private static async Task<Results<Ok<SharingResult>, NotFound, ValidationProblem>> Share(
        Guid id, ShareInput body, CaseSharing sharing, CaseAccess access, HttpContext http, CancellationToken ct)
    {
        // Who may not share the case is refused (as if it did not exist) before being told what the request lacks.
        if (await access.FindAsync(id, Actor.FromPrincipal(http.User), CaseOperations.Share, ct, tracking: false) is null) return TypedResults.NotFound();
        var errors = new Errors();
        if (body.AgencyId is null) errors.Add(nameof(body.AgencyId), "Choose the agency.");
        if (body.Kind is not { } kind || !Enum.IsDefined(kind)) errors.Add(nameof(body.Kind), "Choose the kind of sharing.");
        if (errors.Count > 0) return Outcome<SharingResult>.Invalid(errors).ToHttp();
        return (await sharing.ShareAsync(id, body.AgencyId!.Value, body.Kind!.Value, Actor.FromPrincipal(http.User), ct)).ToHttp();
    }
}
