using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Hartline.Tests.Security.Matrix;

/// <summary>One way in: a method and a route, and for a page's form its handler ("" for the page's default).</summary>
public sealed record Route(string Method, string Pattern, string? Handler, bool IsPage, string? Accepts = null)
{
    /// <summary>How many record ids the route takes.</summary>
    public int Ids => System.Text.RegularExpressions.Regex.Count(Pattern, ":guid}");

    public override string ToString() => Handler is { Length: > 0 } h ? $"{Method} {Pattern}?handler={h}" : $"{Method} {Pattern}";
}

/// <summary>
/// Every page and endpoint the running app answers, read from its own route table (not a hand-kept list): minimal API
/// endpoints with their methods, and each Razor page with GET and one POST per form handler it declares.
/// </summary>
public static class RouteTable
{
    public static async Task<List<Route>> ReadAsync(IServiceProvider services)
    {
        var routes = new List<Route>();
        var loader = services.GetRequiredService<PageLoader>();
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var pattern = "/" + (endpoint.RoutePattern.RawText ?? "").TrimStart('/');
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } descriptor)
            {
                var page = await loader.LoadAsync(descriptor, endpoint.Metadata);
                foreach (var handler in page.HandlerMethods)
                    routes.Add(new Route(handler.HttpMethod.ToUpperInvariant(), pattern, handler.Name ?? "", IsPage: true));
                if (page.HandlerMethods.Count == 0) routes.Add(new Route("GET", pattern, "", IsPage: true));
                continue;
            }
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            var accepts = endpoint.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes.FirstOrDefault();
            foreach (var method in methods) routes.Add(new Route(method, pattern, null, IsPage: false, accepts));
        }
        // A page answers at "/Cases/Index" and "/Cases" alike: one of the two is enough.
        return routes.Where(r => !(r.IsPage && r.Pattern.EndsWith("/Index", StringComparison.Ordinal)
                && routes.Any(o => o.IsPage && o.Pattern == (r.Pattern == "/Index" ? "/" : r.Pattern[..^"/Index".Length]) && o.Method == r.Method)))
            .Distinct().OrderBy(r => r.Pattern, StringComparer.Ordinal).ThenBy(r => r.Method).ThenBy(r => r.Handler).ToList();
    }
}
