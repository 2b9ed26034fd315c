using System.Net;
using System.Text.Json;

namespace Hartline.Tests.Reports.Statistics;

/// <summary>The statistics document as the API gives it in JSON, and the refusal the older per-topic endpoints give those who may not see exact figures.</summary>
internal static class StatisticsJson
{
    /// <summary>The period's document: exact when asked and allowed, else published with small numbers withheld. No comparisons or trend.</summary>
    public static async Task<JsonElement> GetAsync(HttpClient client, string period, bool exact = false)
    {
        var response = await client.GetAsync($"/api/v1/statistics?period={period}&format=json&compare=false&trend=false{(exact ? "&exact=true" : "")}");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static JsonElement Table(JsonElement doc, string table) =>
        doc.GetProperty("tables").EnumerateArray().Single(t => t.GetProperty("key").GetString() == table);

    public static JsonElement Cell(JsonElement doc, string table, string row, string column = "count") =>
        Table(doc, table).GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("code").GetString() == row)
            .GetProperty("cells").EnumerateArray().Single(c => c.GetProperty("column").GetString() == column);

    /// <summary>The figure ("count" or "value"), null when withheld or not there.</summary>
    public static double? Value(JsonElement doc, string table, string row, string column = "count")
    {
        var cell = Cell(doc, table, row, column);
        var figure = cell.TryGetProperty("count", out var count) ? count : cell.GetProperty("value");
        return figure.ValueKind == JsonValueKind.Null ? null : figure.GetDouble();
    }

    /// <summary>Why the figure is withheld ("primary", "complementary"), or null when shown.</summary>
    public static string? Suppressed(JsonElement doc, string table, string row, string column = "count") =>
        Cell(doc, table, row, column).TryGetProperty("suppressed", out var s) ? s.GetString() : null;

    /// <summary>The 403 of an exact-figures endpoint, which points to the published statistics.</summary>
    public static async Task AssertExactOnlyAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{(int)response.StatusCode}: {body}");
        Assert.Contains("GET /api/v1/statistics", JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString());
    }
}
