using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;

namespace Hartline.Hosting;

/// <summary>
/// Turns an unreadable API request body (bad JSON, a date that is not a date) into a 400
/// ValidationProblem that names the field, instead of an empty 400 or a 500.
/// </summary>
internal sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        if (exception is not BadHttpRequestException bad) return false;
        var json = bad.InnerException as JsonException ?? bad.InnerException?.InnerException as JsonException;
        var field = FieldName(json?.Path);
        var errors = new Dictionary<string, string[]>
        {
            [field] = [json is null ? bad.Message : $"The value at '{json.Path ?? "$"}' could not be read: check its type and format (dates as yyyy-MM-dd)."],
        };
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new Microsoft.AspNetCore.Http.HttpValidationProblemDetails(errors)
            {
                Status = 400,
                Title = "The request could not be read.",
            },
        });
    }

    // "$.dateOfBirth" → "dateOfBirth"; "$.raceEthnicity[2]" → "raceEthnicity"; whole-body problems → "body".
    private static string FieldName(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$") return "body";
        var name = path.TrimStart('$', '.');
        var bracket = name.IndexOf('[');
        return bracket > 0 ? name[..bracket] : name.Length == 0 ? "body" : name;
    }
}
