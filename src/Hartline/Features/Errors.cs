using System.Text.Json;

namespace Hartline.Features;

/// <summary>Field errors collected by a rule: field name → messages, ready for ProblemDetails or ModelState.</summary>
public sealed class Errors
{
    private readonly Dictionary<string, List<string>> _byField = [];

    public int Count => _byField.Count;

    /// <summary>Errors for a typed <paramref name="input"/>, starting with the shared text rule over all its text fields (<see cref="TextInput.CheckAll"/>).</summary>
    public static Errors For(object input)
    {
        var errors = new Errors();
        TextInput.CheckAll(input, errors);
        return errors;
    }

    public void Add(string field, string message)
    {
        if (!_byField.TryGetValue(field, out var list)) _byField[field] = list = [];
        list.Add(message);
    }

    public Dictionary<string, string[]> ToDictionary() => _byField.ToDictionary(e => e.Key, e => e.Value.ToArray());

    public static Dictionary<string, string[]> One(string field, string message) => new() { [field] = [message] };

    /// <summary>The errors as the API's ValidationProblem gives them: field names camelCase, like the JSON the client sent.</summary>
    public static Dictionary<string, string[]> CamelCase(Dictionary<string, string[]> errors) =>
        errors.ToDictionary(e => JsonNamingPolicy.CamelCase.ConvertName(e.Key), e => e.Value);
}
