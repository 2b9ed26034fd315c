using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hartline.Features.Cases;

public enum CaseOutcome { Done, NotFound, Invalid }

/// <summary>What a change to a case file came to: done (with its result), not found (404, also when not allowed), or invalid (field messages).</summary>
public sealed record CaseResult<T>(CaseOutcome Outcome, Dictionary<string, string[]> Errors, T? Value)
{
    public static CaseResult<T> NotFound() => new(CaseOutcome.NotFound, [], default);
    public static CaseResult<T> Invalid(Dictionary<string, string[]> errors) => new(CaseOutcome.Invalid, errors, default);
    public static CaseResult<T> Invalid(Errors errors) => new(CaseOutcome.Invalid, errors.ToDictionary(), default);
    public static CaseResult<T> Done(T value) => new(CaseOutcome.Done, [], value);

    /// <summary>The API answer: 200 with the value, 404, or a validation problem whose field names are camelCase like the JSON.</summary>
    public Results<Ok<T>, NotFound, ValidationProblem> ToHttp() => Outcome switch
    {
        CaseOutcome.Done => TypedResults.Ok(Value!),
        CaseOutcome.NotFound => TypedResults.NotFound(),
        _ => TypedResults.ValidationProblem(Errors.ToDictionary(e => JsonNamingPolicy.CamelCase.ConvertName(e.Key), e => e.Value)),
    };
}
