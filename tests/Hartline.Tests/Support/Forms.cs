using AngleSharp.Html.Parser;

namespace Hartline.Tests.Support;

/// <summary>Posts a Razor Page form the way a browser would: with the antiforgery token from the GET.</summary>
public static class Forms
{
    /// <param name="tokenFrom">The page to take the token from when <paramref name="url"/> shows this user no form
    /// (the token is the user's, not the page's): how a forged or stale post is tried.</param>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string url, IEnumerable<KeyValuePair<string, string>> fields,
        string? tokenFrom = null)
    {
        var page = await client.GetStringAsync(tokenFrom ?? url);
        var doc = new HtmlParser().ParseDocument(page);
        var token = doc.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
                    ?? throw new InvalidOperationException($"{url} has no antiforgery token");
        return await client.PostAsync(url, new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token))));
    }

    public static AngleSharp.Html.Dom.IHtmlDocument Html(string text) => new HtmlParser().ParseDocument(text);
}
