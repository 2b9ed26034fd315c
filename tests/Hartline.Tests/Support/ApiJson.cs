using System.Text.Json;
using System.Text.Json.Serialization;

namespace Hartline.Tests.Support;

/// <summary>The API's JSON conventions (web casing, enums as names), for reading responses into typed records.</summary>
public static class ApiJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
}
