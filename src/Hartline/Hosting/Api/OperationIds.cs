namespace Hartline.Hosting.Api;

/// <summary>
/// An operation's id when its endpoint gives none (<c>.WithName("…")</c> gives one): the HTTP method, then
/// each fixed segment of the path after /api/v1 in PascalCase, then "By" and the last parameter when the
/// path ends with one. <c>GET /api/v1/cases/{id}</c> is getCasesById, <c>POST /api/v1/cases/{id}/notes</c>
/// postCasesNotes, <c>GET /api/v1/cases/{id}/notes.csv</c> getCasesNotesCsv. Derived from the route, it
/// needs no care from whoever adds an endpoint, stays the same while the route does, and is unique while
/// routes differ in their fixed words (a test fails on a clash; rename with WithName then).
/// </summary>
public static class OperationIds
{
    public static string From(string method, string relativePath)
    {
        var segments = relativePath.Split('/', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (segments.Count >= 2 && segments[0] == "api") segments.RemoveRange(0, 2);
        var id = new System.Text.StringBuilder(method.ToLowerInvariant());
        foreach (var segment in segments.Where(s => !s.StartsWith('{'))) id.Append(Pascal(segment));
        if (segments.Count > 0 && segments[^1].StartsWith('{')) id.Append("By").Append(Pascal(segments[^1].Trim('{', '}').Split(':')[0]));
        return id.ToString();
    }

    private static string Pascal(string words) => string.Concat(words.Split(['-', '.', '_'], StringSplitOptions.RemoveEmptyEntries)
        .Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
}
