namespace Hartline.Features.Shared;

/// <summary>A list page's query string from its filters, leaving out the empty ones so links stay short.</summary>
public static class QueryLink
{
    public static string Of(params (string Key, object? Value)[] parts) =>
        "?" + string.Join("&", parts.Where(p => p.Value is not null && $"{p.Value}" != "")
            .Select(p => $"{p.Key}={Uri.EscapeDataString($"{p.Value}")}"));

    /// <summary>The direction a column's header link asks for: the other one when it is the current sort.</summary>
    public static string? NextDirection(bool isCurrent, bool descending) => isCurrent ? (descending ? "asc" : "desc") : null;
}
