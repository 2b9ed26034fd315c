namespace Hartline.Features;

/// <summary>What a typed optional text field is stored as: trimmed, and null when the user left it blank.</summary>
public static class TextInput
{
    public static string? Clean(string? typed) => string.IsNullOrWhiteSpace(typed) ? null : typed.Trim();
}
