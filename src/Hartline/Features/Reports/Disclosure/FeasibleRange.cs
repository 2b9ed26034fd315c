namespace Hartline.Features.Reports.Disclosure;

/// <summary>The smallest and largest value a withheld cell can take given everything published.</summary>
public readonly record struct FeasibleRange(double Low, double High)
{
    public double Width => High - Low;

    public override string ToString() => $"[{Low:0.###}, {(double.IsPositiveInfinity(High) ? "∞" : High.ToString("0.###"))}]";
}
