using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Hartline.Features.Services.Directory.Exchange;

/// <summary>A file an export gives: its name in the package and its bytes.</summary>
public sealed record ExportFile(string Name, byte[] Content);

/// <summary>The byte-level conventions every exported file shares, so the same directory always gives the same bytes.</summary>
internal static class ExchangeWriting
{
    /// <summary>UTF-8 without a byte-order mark, as HSDS publishers and Frictionless tools read it.</summary>
    public static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Indented with "\n" whatever the server's platform. Text is written as it is (é, emoji) rather than as \u escapes:
    /// these are downloads read by people and tools, never pasted into a page, so HTML-sensitive characters need no escaping.
    /// </summary>
    public static readonly JsonWriterOptions Json = new() { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static ExportFile JsonFile(string name, Action<Utf8JsonWriter> write)
    {
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Json)) write(writer);
        buffer.WriteByte((byte)'\n');
        return new ExportFile(name, buffer.ToArray());
    }

    /// <summary>A cell's value in JSON: numbers as numbers, spelled as the CSV spells them; nothing as null.</summary>
    public static void Value(Utf8JsonWriter writer, HsdsColumn column, object entity)
    {
        var text = column.Text(entity);
        if (text.Length == 0) writer.WriteNullValue();
        else if (column.Kind.IsNumber) writer.WriteRawValue(text, skipInputValidation: true);
        else writer.WriteStringValue(text);
    }
}
