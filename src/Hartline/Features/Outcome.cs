using Microsoft.AspNetCore.Http.HttpResults;

namespace Hartline.Features;

public enum OutcomeKind { Done, NotFound, Invalid }

/// <summary>
/// What a change made by a service came to: done (with its value, often the new record's id), not found
/// (answered 404, also when the user may not make it, so nothing tells them the record exists), or
/// invalid (messages by field). The pages show the errors beside the fields; the API answers with
/// <see cref="ToHttp"/> or <see cref="ToCreated{TBody}(Func{T, string}, Func{T, TBody})"/>.
/// </summary>
public sealed record Outcome<T>(OutcomeKind Kind, Dictionary<string, string[]> Errors, T? Value)
{
    public bool Succeeded => Kind == OutcomeKind.Done;

    public static Outcome<T> Done(T value) => new(OutcomeKind.Done, [], value);
    public static Outcome<T> NotFound() => new(OutcomeKind.NotFound, [], default);
    public static Outcome<T> Invalid(Dictionary<string, string[]> errors) => new(OutcomeKind.Invalid, errors, default);
    public static Outcome<T> Invalid(Errors errors) => Invalid(errors.ToDictionary());
    public static Outcome<T> Invalid(string field, string message) => Invalid(Features.Errors.One(field, message));

    /// <summary>The API answer: 200 with the value, 404, or a validation problem whose field names are camelCase like the JSON.</summary>
    public Results<Ok<T>, NotFound, ValidationProblem> ToHttp() => Kind switch
    {
        OutcomeKind.Done => TypedResults.Ok(Value!),
        OutcomeKind.NotFound => TypedResults.NotFound(),
        _ => TypedResults.ValidationProblem(Features.Errors.CamelCase(Errors)),
    };

    /// <summary>The API answer to a POST that made a record: 201 at <paramref name="location"/> with <paramref name="body"/>, else as <see cref="ToHttp"/>.</summary>
    public Results<Created<TBody>, NotFound, ValidationProblem> ToCreated<TBody>(Func<T, string> location, Func<T, TBody> body) => Kind switch
    {
        OutcomeKind.Done => TypedResults.Created(location(Value!), body(Value!)),
        OutcomeKind.NotFound => TypedResults.NotFound(),
        _ => TypedResults.ValidationProblem(Features.Errors.CamelCase(Errors)),
    };

    public Results<Created<TBody>, NotFound, ValidationProblem> ToCreated<TBody>(string location, Func<T, TBody> body) => ToCreated(_ => location, body);
}
