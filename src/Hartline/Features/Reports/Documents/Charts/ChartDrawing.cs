using ScottPlot;

namespace Hartline.Features.Reports.Documents.Charts;

/// <summary>A plot ready to render, and the height its content needs at the width it was laid out for.</summary>
internal sealed class ChartDrawing(Plot plot, int height) : IDisposable
{
    public Plot Plot { get; } = plot;
    public int Height { get; } = height;

    public void Dispose() => Plot.Dispose();
}
