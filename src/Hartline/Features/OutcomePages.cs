using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Hartline.Features;

/// <summary>How a page shows a refused change: each message beside its field, as the form names it.</summary>
public static class OutcomePages
{
    /// <summary>
    /// Adds the messages of an <see cref="Outcome{T}"/> (or any field → messages map) to the page's model
    /// state. <paramref name="key"/> turns a service's field name into the form's (Input.Name, meeting-StartsAt);
    /// by default the field under <paramref name="prefix"/>. A field the form's own reading already refused
    /// keeps that message alone: two messages for one mistake read as two mistakes.
    /// </summary>
    public static void AddOutcomeErrors(this ModelStateDictionary state, IReadOnlyDictionary<string, string[]> errors,
        string? prefix = null, Func<string, string>? key = null)
    {
        key ??= field => string.IsNullOrEmpty(prefix) ? field : $"{prefix}.{field}";
        foreach (var (field, messages) in errors)
        {
            var name = key(field);
            if (state[name]?.Errors.Count > 0) continue;
            foreach (var message in messages) state.AddModelError(name, message);
        }
    }
}
