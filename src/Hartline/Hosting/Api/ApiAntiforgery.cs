using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;

namespace Hartline.Hosting.Api;

/// <summary>
/// Cross-site request forgery on the API: a change made with the session cookie (POST, PUT, PATCH, DELETE) must carry
/// the request token in the <see cref="Header"/> header, as the pages' forms carry it in a hidden field. A page on another
/// site can make a browser send the cookie, never read the token. The token comes back with the API sign-in (the same
/// header on its answer) and from <c>GET /api/v1/session/token</c>. Anonymous endpoints (the sign-in) have no session to
/// forge and are left alone; reads change nothing.
/// </summary>
public sealed class ApiAntiforgery(IAntiforgery antiforgery) : IEndpointFilter
{
    public const string Header = "X-CSRF-TOKEN";

    public const string Missing = "A change through the API with the session cookie needs its request token in the " + Header +
        " header: it comes with the sign-in (the " + Header + " header of the answer to POST /api/v1/session) and from GET /api/v1/session/token.";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method) || HttpMethods.IsOptions(http.Request.Method)
            || http.User.Identity?.IsAuthenticated != true
            || http.GetEndpoint()?.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            return await next(context);
        return await antiforgery.IsRequestValidAsync(http)
            ? await next(context)
            : TypedResults.Problem(Missing, statusCode: StatusCodes.Status400BadRequest, title: "Request token missing or stale");
    }

    /// <summary>A fresh token for the signed-in user (and its cookie), written to the answer's <see cref="Header"/> header.</summary>
    public static string Issue(HttpContext http, IAntiforgery antiforgery)
    {
        var token = antiforgery.GetAndStoreTokens(http).RequestToken!;
        http.Response.Headers[Header] = token;
        return token;
    }
}
