using System.Text.Json.Nodes;
using Hartline.Jurisdictions;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Hartline.Hosting.Api;

/// <summary>
/// Every instant in the document says how it travels (<see cref="InstantJsonConverter"/>) and shows an
/// example with the jurisdiction's offset, so a client generator and a reader both see the offset.
/// </summary>
internal sealed class InstantSchema(Jurisdiction jurisdiction) : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type;
        if (type != typeof(DateTime) && type != typeof(DateTimeOffset)) return Task.CompletedTask;
        schema.Type = (schema.Type ?? JsonSchemaType.String) | JsonSchemaType.String;
        schema.Format = "date-time";
        schema.Description ??= $"An instant with its offset (RFC 3339). Answers give it in the jurisdiction's local time "
            + $"({jurisdiction.TimeZone}); a request time without an offset is read as that local time.";
        schema.Examples = [JsonValue.Create(Example(jurisdiction))];
        return Task.CompletedTask;
    }

    /// <summary>An August afternoon in the jurisdiction, as the API writes it (in Connecticut 2019-08-14T10:30:00-04:00).</summary>
    public static string Example(Jurisdiction jurisdiction) =>
        System.Text.Json.JsonSerializer.Serialize(new InstantJsonConverter(jurisdiction).InZone(new DateTime(2019, 8, 14, 14, 30, 0, DateTimeKind.Utc))).Trim('"');
}
