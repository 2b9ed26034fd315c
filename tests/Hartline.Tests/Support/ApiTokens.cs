namespace Hartline.Tests.Support;

/// <summary>Adds the API's request token (from the sign-in's answer) to requests under /api, as an API client does.</summary>
public sealed class ApiTokens : DelegatingHandler
{
    public string? Token { get; set; }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (Token is not null && request.RequestUri!.AbsolutePath.StartsWith("/api/", StringComparison.Ordinal))
            request.Headers.TryAddWithoutValidation(Hartline.Hosting.Api.ApiAntiforgery.Header, Token);
        return base.SendAsync(request, cancellationToken);
    }
}
