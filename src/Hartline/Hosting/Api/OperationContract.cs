using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.OpenApi;

namespace Hartline.Hosting.Api;

/// <summary>
/// What every operation says without its endpoint having to: an operationId, the session it needs, and
/// the refusals the pipeline gives it (so an endpoint declares only its own answers: Ok, Created,
/// NotFound, ValidationProblem, Conflict…).
/// </summary>
internal sealed class OperationContract : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        var description = context.Description;
        var metadata = description.ActionDescriptor.EndpointMetadata;
        operation.OperationId ??= OperationIds.From(description.HttpMethod ?? "GET", description.RelativePath ?? "");

        // Every endpoint needs a signed-in user (the fallback policy) unless it says AllowAnonymous.
        var anonymous = metadata.OfType<IAllowAnonymous>().Any();
        var requirement = new OpenApiSecurityRequirement();
        if (!anonymous) requirement[new OpenApiSecuritySchemeReference(DocumentContract.SessionScheme, context.Document)] = [];
        operation.Security = [requirement]; // [{}] on an anonymous operation: no credentials needed

        operation.Responses ??= new OpenApiResponses();
        var reads = operation.RequestBody is not null || operation.Parameters?.Any(p => p.In != ParameterLocation.Path) == true;
        if (reads) Refusal(operation, context, 400);
        if (!anonymous)
        {
            Refusal(operation, context, 401);
            Refusal(operation, context, 403);
        }
        // A policy's refusal answers 404 (as a missing record does), and so does an id that names nothing.
        var guarded = metadata.OfType<IAuthorizeData>().Any(a => !string.IsNullOrEmpty(a.Policy) || !string.IsNullOrEmpty(a.Roles));
        if (guarded || operation.Parameters?.Any(p => p.In == ParameterLocation.Path) == true) Refusal(operation, context, 404);
        if (metadata.OfType<EnableRateLimitingAttribute>().Any()) Refusal(operation, context, 429);

        // What the endpoint declared itself (NotFound, Conflict…) gets the body the pipeline writes with it.
        foreach (var (status, response) in operation.Responses)
            if (status.StartsWith('4') && response is OpenApiResponse r)
            {
                if (Descriptions.TryGetValue(status, out var text) && IsReasonPhrase(r.Description, status)) r.Description = text;
                r.Content ??= new Dictionary<string, OpenApiMediaType>();
                if (r.Content.Count == 0) r.Content["application/problem+json"] = ProblemBody(context, status);
            }
        return Task.CompletedTask;
    }

    private static readonly Dictionary<string, string> Descriptions = new()
    {
        ["400"] = "The request could not be read, or a field is invalid: the problem's errors name each field.",
        ["401"] = "Not signed in, or the session has ended: sign in with POST /api/v1/session.",
        ["403"] = "The account has a one-time password: change it on the sign-in page first.",
        ["404"] = "Not found, or not yours to see: the two answer alike, so a guessed id reveals nothing.",
        ["409"] = "Someone else changed the record first: read it again, then retry.",
        ["429"] = "Too many attempts from this address: wait a minute (Retry-After) and try again.",
    };

    private static void Refusal(OpenApiOperation operation, OpenApiOperationTransformerContext context, int status)
    {
        var key = status.ToString();
        if (operation.Responses!.ContainsKey(key)) return;
        operation.Responses[key] = new OpenApiResponse
        {
            Description = Descriptions[key],
            Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = ProblemBody(context, key) },
        };
    }

    private static OpenApiMediaType ProblemBody(OpenApiOperationTransformerContext context, string status) => new()
    {
        Schema = new OpenApiSchemaReference(status == "400" ? DocumentContract.ValidationProblem : DocumentContract.Problem, context.Document),
    };

    private static bool IsReasonPhrase(string? text, string status) =>
        string.IsNullOrEmpty(text) || text == Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(int.Parse(status));
}
