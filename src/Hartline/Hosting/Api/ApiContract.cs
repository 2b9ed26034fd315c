using System.Text.Json.Serialization;
using Hartline.Jurisdictions;

namespace Hartline.Hosting.Api;

/// <summary>
/// The API's contract in one place, so that an endpoint gets it by being mapped under /api/v1: how instants
/// and numbers travel (JSON options), and what /openapi/v1.json says about every operation (transformers).
/// </summary>
public static class ApiContract
{
    public const string DocumentName = "v1";

    public static IServiceCollection AddHartlineApiContract(this IServiceCollection services)
    {
        services.AddOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>().Configure<Jurisdiction>((o, j) =>
        {
            o.SerializerOptions.Converters.Add(new InstantJsonConverter(j));
            // A number is a number: "5" is refused naming its field, and the document says integer, not
            // "integer or string", which generated clients turn into a wrapper type.
            o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
        });
        services.AddOpenApi(DocumentName, o =>
        {
            o.CreateSchemaReferenceId = SchemaNames.For;
            o.AddDocumentTransformer<DocumentContract>();
            o.AddOperationTransformer<OperationContract>();
            o.AddSchemaTransformer<InstantSchema>();
        });
        return services;
    }
}
