using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Hartline.Hosting.Api;

/// <summary>
/// What the whole document says: the session cookie as its security scheme, the problem shapes every
/// refusal uses, a description of each tag, and a server address a client can append paths to.
/// </summary>
internal sealed class DocumentContract : IOpenApiDocumentTransformer
{
    public const string SessionScheme = "sessionCookie";
    public const string Problem = nameof(ProblemDetails);
    public const string ValidationProblem = nameof(HttpValidationProblemDetails);

    // A tag added by a new feature gets its line here (the linter warns about a tag without a description).
    private static readonly Dictionary<string, string> TagDescriptions = new()
    {
        ["Session"] = "Sign in and out. Signing in sets the session cookie every other operation needs.",
        ["Intake"] = "Referrals: receive, screen, determine and link to a case; correct or withdraw one; the duplicate check while typing.",
        ["Search"] = "Find a youth you may see by name, date of birth, case or referral id, or Careline report number (audited).",
        ["Duplicates"] = "Coordinators' review of registry records that may be the same youth: merge, dismiss, undo.",
        ["Cases"] = "Case files and their parts: profile, status, missing episodes, care team, consent and sharing.",
        ["Case notes"] = "Notes on a case at team, restricted and privileged level; search and CSV export.",
        ["Plan and youth voice"] = "The youth's plan goals in their own words, their preferences and their feedback.",
        ["Legal"] = "Protections, offenders, arrests, charges, dispositions and court dates of a case.",
        ["Reports"] = "Statistics (counts only, never a name) and the de-identified case-level export, made in the background.",
        ["Admin"] = "Administrators: the audit trail.",
        ["MDT"] = "Regional multidisciplinary teams: members, meetings, agendas, decisions and action items.",
    };

    public async Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken ct)
    {
        document.Info.Title = "Hartline API";
        document.Info.Description = "Case coordination for anti-trafficking response teams. Sign in with POST /api/v1/session; "
            + "the answer sets the session cookie. Every instant carries its UTC offset. A record you may not see answers 404, "
            + "exactly like one that does not exist. Refusals are problem details (RFC 9457); a validation problem names each field.";

        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[SessionScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Cookie,
            Name = "hartline",
            Description = "The session cookie set by POST /api/v1/session (HttpOnly, SameSite=Strict, 8 hours, renewed while in use). "
                + "Signing out, a password or role change, or a disabled account ends it.",
        };
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        document.Components.Schemas.TryAdd(Problem, await context.GetOrCreateSchemaAsync(typeof(ProblemDetails), null, ct));
        document.Components.Schemas.TryAdd(ValidationProblem, await context.GetOrCreateSchemaAsync(typeof(HttpValidationProblemDetails), null, ct));

        foreach (var tag in document.Tags ?? new HashSet<OpenApiTag>())
            if (tag.Name is { } name && TagDescriptions.TryGetValue(name, out var description)) tag.Description ??= description;

        // The request's own address, which ends in "/": paths start with "/", so the two would double it.
        foreach (var server in document.Servers ?? [])
            server.Url = server.Url?.TrimEnd('/');
    }
}
