using System.Text.Json;
using System.Text.Json.Serialization;

namespace Hartline.Tests.Support;

/// <summary>The API's JSON conventions (web casing, enums as names), for reading responses into typed records.</summary>
public static class ApiJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(), new WallClock() },
    };

    /// <summary>
    /// The API writes every instant with the jurisdiction's offset (2019-08-14T10:30:00-04:00); the tests
    /// compare the wall-clock time people typed and read (10:30), which is the time before the offset.
    /// Without this, an offset would be turned into the test machine's own zone.
    /// </summary>
    private sealed class WallClock : JsonConverter<DateTime>
    {
        public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.GetDateTimeOffset().DateTime;

        public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value);
    }
}
