namespace Hartline.Features;

/// <summary>
/// Cells of a CSV that a spreadsheet will open (the dedupe clusters, the notes export). Ids and text come
/// from people, so an id or a note such as =HYPERLINK("http://…") would otherwise reach Excel or
/// LibreOffice as a live formula.
/// </summary>
public static class SpreadsheetCell
{
    /// <summary>A cell starting with =, +, -, @ or | (or a tab or return) is prefixed with ' so it is read as text.</summary>
    public static string Guard(string value) =>
        value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '|' or '\t' or '\r' ? "'" + value : value;
}
