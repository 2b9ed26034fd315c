using System.Text.Json;

namespace Hartline.Features.Services.Directory.Exchange;

/// <summary>Reads a JSON file of a package (datapackage.json, services.json), saying where it stops being JSON.</summary>
internal static class JsonFile
{
    public static JsonDocument? Parse(string file, byte[] bytes, ImportReport report)
    {
        var json = bytes.AsMemory();
        if (json.Span.StartsWith("\uFEFF"u8)) json = json[3..]; // a byte-order mark, as Windows editors save
        try
        {
            return JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            // The reader's own words, without the path and positions it appends (the line is given as the message's place).
            var reason = e.Message;
            foreach (var tail in new[] { " Path:", " LineNumber:", " |" })
                if (reason.IndexOf(tail, StringComparison.Ordinal) is > 0 and var cut) reason = reason[..cut];
            report.Error(file, e.LineNumber is { } line ? (int)line + 1 : null, null,
                $"this is not valid JSON{(e.BytePositionInLine is { } at ? $" (character {at + 1})" : "")}: {reason.TrimEnd('.')}");
            return null;
        }
    }
}
