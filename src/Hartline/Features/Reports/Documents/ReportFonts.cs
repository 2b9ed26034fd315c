namespace Hartline.Features.Reports.Documents;

/// <summary>
/// The typeface of every chart and PDF: DejaVu Sans, shipped inside the assembly (Fonts/, with its licence)
/// because a fresh server may have no fonts at all, and a chart or PDF must look the same on every machine.
/// </summary>
public static class ReportFonts
{
    public const string Family = "DejaVu Sans";

    private static readonly Lazy<byte[]> RegularBytes = new(() => Load("DejaVuSans.ttf"));
    private static readonly Lazy<byte[]> BoldBytes = new(() => Load("DejaVuSans-Bold.ttf"));

    public static byte[] Regular => RegularBytes.Value;
    public static byte[] Bold => BoldBytes.Value;

    private static byte[] Load(string file)
    {
        var name = $"Hartline.Features.Reports.Documents.Fonts.{file}";
        using var stream = typeof(ReportFonts).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The font {file} is not embedded in the application.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
