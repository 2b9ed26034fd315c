namespace Hartline.Features.Reports.Documents;

/// <summary>
/// Text bound for a spreadsheet (CSV or XLSX) that a spreadsheet program would run as a formula — a leading
/// <c>=</c>, <c>+</c>, <c>-</c> or <c>@</c>, or a tab or carriage return before one — gets a leading apostrophe, which
/// spreadsheets show as text. A category name typed by a user can otherwise call out to a web address when opened.
/// </summary>
public static class SpreadsheetText
{
    public static string Neutralise(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
}
