using System.Net.Mime;
using Microsoft.AspNetCore.Diagnostics;

namespace Hartline.Hosting;

/// <summary>
/// The database out of reach (PostgreSQL restarting, a network cut, SQLite's file locked past its wait): the request is
/// answered 503 with a Retry-After and a plain sentence — never a 500 or a stack trace — and the next requests succeed by
/// themselves once it is back (the connection pool opens new connections; nothing here is stuck).
/// </summary>
internal sealed class DatabaseUnavailableHandler(ILogger<DatabaseUnavailableHandler> log) : IExceptionHandler
{
    public const string RetryAfterSeconds = "5";

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        if (!IsUnreachable(exception) || context.Response.HasStarted) return false;
        log.LogWarning("The database could not be reached ({Kind}); answered 503.", exception.GetBaseException().GetType().Name);
        context.Response.Clear();
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = RetryAfterSeconds;
        if (WebServices.IsApi(context.Request))
        {
            context.Response.ContentType = "application/problem+json";
            await context.Response.WriteAsync(
                """{"title":"Hartline cannot reach its database just now. Nothing was changed; try again in a few seconds.","status":503}""", ct);
        }
        else
        {
            context.Response.ContentType = MediaTypeNames.Text.Html + "; charset=utf-8";
            await context.Response.WriteAsync(Page, ct);
        }
        return true;
    }

    /// <summary>An exception (or one inside it) that says the database is away, not that the request was wrong.</summary>
    public static bool IsUnreachable(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
            switch (e)
            {
                // Connection refused or reset, a server shutting down (57P01–57P03), a timeout opening: Npgsql marks these transient.
                case Npgsql.PostgresException pg when pg.SqlState.StartsWith("57P", StringComparison.Ordinal) || pg.SqlState.StartsWith("08", StringComparison.Ordinal):
                    return true;
                case Npgsql.NpgsqlException npgsql when npgsql.IsTransient:
                    return true;
                // SQLite: the file busy or locked past the wait, or gone (SQLITE_BUSY 5, LOCKED 6, IOERR 10, CANTOPEN 14).
                case Microsoft.Data.Sqlite.SqliteException sqlite when sqlite.SqliteErrorCode is 5 or 6 or 10 or 14:
                    return true;
                case TimeoutException:
                    return true;
            }
        return false;
    }

    private static readonly string Page = DatabaseReadiness.Page("Hartline cannot reach its database", "Hartline cannot reach its database just now",
        int.Parse(RetryAfterSeconds), "Nothing you sent was saved. This page tries again by itself in a few seconds; if it keeps showing, tell your administrator.");
}
