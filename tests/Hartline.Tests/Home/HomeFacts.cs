using AngleSharp.Dom;
using Hartline.Tests.Support;

namespace Hartline.Tests.Home;

/// <summary>Reading the home page as a person does: a panel by its heading, a figure by its label.</summary>
internal static class HomeFacts
{
    public static async Task<AngleSharp.Html.Dom.IHtmlDocument> HomeAsync(this World world, TestUser user) =>
        Forms.Html(await (await world.SignedIn(user)).GetStringAsync("/"));

    public static IElement? Panel(this AngleSharp.Html.Dom.IHtmlDocument page, string headingId) =>
        page.QuerySelector($"section[aria-labelledby={headingId}]");

    /// <summary>The value beside a term of a panel's list of facts.</summary>
    public static string Fact(this IElement panel, string term) =>
        panel.QuerySelectorAll("dt").Single(d => d.TextContent.Trim() == term).NextElementSibling!.TextContent.Trim();
}
