using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.OpenApi;

namespace Hartline.Hosting.Api;

/// <summary>
/// Schema names in the document. By default a type is named by its own name, and two features' types of
/// the same name (the case notes' NoteView and the MDT's) silently became one schema, so a generated
/// client read MDT notes with the case notes' model. A name used by more than one Hartline type gets its
/// folder in front (NotesNoteView, MdtNoteView); every other name stays as it is.
/// </summary>
internal static class SchemaNames
{
    private static readonly HashSet<string> Shared = typeof(SchemaNames).Assembly.GetTypes()
        .Where(t => !t.Name.Contains('<') && !t.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute), false))
        .GroupBy(t => t.Name).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();

    public static string? For(JsonTypeInfo info)
    {
        var id = OpenApiOptions.CreateDefaultSchemaReferenceId(info);
        if (id is null) return null;
        var type = Nullable.GetUnderlyingType(info.Type) ?? info.Type;
        if (type == typeof(Stream)) return null; // a file's body: inline binary, not a component named "Stream"
        if (type.IsGenericType) type = type.GetGenericTypeDefinition();
        if (type.Assembly != typeof(SchemaNames).Assembly || !Shared.Contains(type.Name)) return id;
        var folder = type.Namespace?[(type.Namespace.LastIndexOf('.') + 1)..] ?? "";
        return folder + id;
    }
}
