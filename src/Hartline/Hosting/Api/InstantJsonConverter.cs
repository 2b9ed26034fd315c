using System.Text.Json;
using System.Text.Json.Serialization;
using Hartline.Jurisdictions;

namespace Hartline.Hosting.Api;

/// <summary>
/// How the API writes and reads an instant (every <see cref="DateTime"/> in a request or answer).
/// <para>
/// Answers carry the jurisdiction's local time with its offset, e.g. <c>2026-12-02T12:38:00-05:00</c>. Not UTC
/// with Z: the digits are then the wall-clock time the workers typed and see on the pages (a hearing at 09:30
/// reads 09:30), and the offset still makes it one exact instant for any client, which needs no knowledge of
/// Connecticut's daylight-saving rules to show it as people mean it or to compare it with others.
/// </para>
/// <para>
/// A DTO may hold either kind of <see cref="DateTime"/>: <see cref="DateTimeKind.Utc"/> (as read from the
/// database) or <see cref="DateTimeKind.Unspecified"/> meaning the jurisdiction's wall clock (as
/// <see cref="Jurisdiction.ToLocal"/> gives it); both go out the same way. A wall-clock time in the autumn's
/// repeated hour is taken as its first occurrence (the rule of <see cref="Jurisdiction.ToUtc"/>): a DTO that
/// must be exact in that hour carries the UTC instant.
/// </para>
/// <para>
/// Requests: a time with Z or an offset is that instant (read as UTC); a time without one is the
/// jurisdiction's local time, as a form field is (services pass every input through <see cref="Jurisdiction.ToUtc"/>).
/// Anything that is not an ISO 8601 date and time is refused as unreadable, naming the field.
/// </para>
/// </summary>
public sealed class InstantJsonConverter(Jurisdiction jurisdiction) : JsonConverter<DateTime>
{
    public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String || !reader.TryGetDateTime(out var value))
            throw new JsonException("Expected a date and time such as 2019-08-14T10:30:00-04:00.");
        if (value.Kind == DateTimeKind.Unspecified) return value;
        // Z arrives as UTC; an offset as the server's own local time, which could lose the hour it repeats in autumn.
        return reader.TryGetDateTimeOffset(out var exact) ? exact.UtcDateTime : value.ToUniversalTime();
    }

    public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options) =>
        writer.WriteStringValue(InZone(value));

    /// <summary>The instant on the jurisdiction's clock, with its offset.</summary>
    public DateTimeOffset InZone(DateTime value)
    {
        // "Never" in a record that was not written yet: no zone's history reaches back to year 1 sensibly.
        if (value == DateTime.MinValue) return DateTimeOffset.MinValue;
        var utc = value.Kind == DateTimeKind.Unspecified ? jurisdiction.ToUtc(value) : value.ToUniversalTime();
        return TimeZoneInfo.ConvertTime(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)), jurisdiction.Zone);
    }
}
