using System.Net.Mime;

namespace Hartline.Hosting;

/// <summary>
/// Whether the database is ready for requests. <c>serve --demo</c> listens before it brings a new
/// database's schema up to date (seconds on a new file, on a slow machine many), so a newcomer's first
/// page answers at once and says what is happening instead of the browser waiting on a closed port.
/// Ready from the start everywhere else: a production server prepares its schema before it listens.
/// </summary>
public sealed class DatabaseReadiness
{
    private volatile bool _ready = true;

    public bool IsReady => _ready;

    public void Preparing() => _ready = false;

    public void Ready() => _ready = true;

    /// <summary>
    /// Answers every request that would need the database with 503, a Retry-After and a page that reloads
    /// itself, until the database is ready. Static files pass: the page uses the site's stylesheet.
    /// </summary>
    public static async Task GateAsync(HttpContext context, Func<Task> next)
    {
        var readiness = context.RequestServices.GetRequiredService<DatabaseReadiness>();
        if (readiness.IsReady)
        {
            await next();
            return;
        }
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = "1";
        if (WebServices.IsApi(context.Request))
        {
            context.Response.ContentType = "application/problem+json";
            await context.Response.WriteAsync("""{"title":"Hartline is preparing its database. Try again in a second.","status":503}""");
            return;
        }
        context.Response.ContentType = MediaTypeNames.Text.Html + "; charset=utf-8";
        await context.Response.WriteAsync(PreparingPage);
    }

    private static readonly string PreparingPage = Page("Preparing the database", "Hartline is preparing its database", 1,
        "This takes a few seconds the first time the demo starts. This page reloads by itself and shows the sign-in page when it is ready.");

    /// <summary>A page that says why there is nothing to show yet and reloads itself (no script: the content policy allows none).</summary>
    internal static string Page(string title, string heading, int reloadSeconds, string text) => $"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <meta http-equiv="refresh" content="{reloadSeconds}">
          <title>{title} – Hartline</title>
          <link rel="stylesheet" href="/css/site.css">
        </head>
        <body>
          <main id="main-content" class="grid-container">
            <h1>{heading}</h1>
            <p>{text}</p>
          </main>
        </body>
        </html>
        """;
}
