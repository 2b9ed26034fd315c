using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Hartline.Features.Shared;

/// <summary>
/// Gives every text field, list, text area and field label the U.S. Web Design System's class (usa-input,
/// usa-select, usa-textarea, usa-label), so a page is written with plain <c>&lt;input asp-for&gt;</c> and
/// still looks and sizes like the rest (full width on a phone). A control that already names a usa-
/// class keeps its own. Check boxes and radio buttons are left native: they sit inside their label.
/// </summary>
[HtmlTargetElement("input")]
[HtmlTargetElement("select")]
[HtmlTargetElement("textarea")]
[HtmlTargetElement("label", Attributes = "for")]
[HtmlTargetElement("label", Attributes = "asp-for")]
public sealed class FormControlClassTagHelper : TagHelper
{
    private static readonly HashSet<string> TextTypes =
        ["text", "email", "password", "date", "datetime-local", "time", "month", "number", "search", "tel", "url"];

    /// <summary>After the framework's helpers, which set an input's type from its model property.</summary>
    public override int Order => 1000;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (ClassFor(output) is not { } usa) return;
        if (output.Attributes.TryGetAttribute("class", out var existing) && existing.Value?.ToString()?.Contains("usa-", StringComparison.Ordinal) == true)
            return;
        output.AddClass(usa, HtmlEncoder.Default);
    }

    private static string? ClassFor(TagHelperOutput output) => output.TagName switch
    {
        "select" => "usa-select",
        "textarea" => "usa-textarea",
        "label" => "usa-label",
        "input" => TextTypes.Contains(output.Attributes.TryGetAttribute("type", out var type) ? type.Value?.ToString() ?? "text" : "text") ? "usa-input" : null,
        _ => null,
    };
}
