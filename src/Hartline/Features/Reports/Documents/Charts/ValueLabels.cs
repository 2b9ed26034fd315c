using ScottPlot;

namespace Hartline.Features.Reports.Documents.Charts;

/// <summary>Where a point's figure goes, relative to the point.</summary>
internal enum LabelPlace { Above, Below, UpperRight, UpperLeft, LowerRight, LowerLeft, Right, Left }

/// <summary>A point's figure and its place.</summary>
internal readonly record struct ValueLabel(string Text, double X, double Y, LabelPlace Place)
{
    /// <summary>The ScottPlot anchor and pixel offset that put the text at its place, <paramref name="gap"/> from the point.</summary>
    public (Alignment Alignment, float X, float Y) Anchor(float gap) => Place switch
    {
        LabelPlace.Above => (Alignment.LowerCenter, 0, -gap),
        LabelPlace.Below => (Alignment.UpperCenter, 0, gap),
        LabelPlace.UpperRight => (Alignment.LowerLeft, gap / 2, -gap / 2),
        LabelPlace.UpperLeft => (Alignment.LowerRight, -gap / 2, -gap / 2),
        LabelPlace.LowerRight => (Alignment.UpperLeft, gap / 2, gap / 2),
        LabelPlace.LowerLeft => (Alignment.UpperRight, -gap / 2, gap / 2),
        LabelPlace.Right => (Alignment.MiddleLeft, gap, 0),
        _ => (Alignment.MiddleRight, -gap, 0),
    };
}

/// <summary>
/// Where the figures of a line chart go. A figure sits where its own line is not: above a peak, below a valley,
/// to the upper right of a point on a falling line, to the upper left on a rising one. Where that place is taken
/// (another line's point or figure at the same time), the next free place is used, beside the point last. When
/// a figure goes under the lowest point, the value axis starts further below zero to make room (negative ticks
/// are blank).
/// </summary>
internal static class ValueLabels
{
    /// <summary>
    /// The labels, and where the value axis starts so that zero sits <paramref name="floor"/> pixels above the
    /// foot of the data area (a marker at zero is drawn whole), lower still when a figure needs the room.
    /// </summary>
    public static List<ValueLabel> Place(ChartData data, SkiaSharp.SKFont font, float dataHeight, float gap, float floor,
        double max, out double min)
    {
        min = Start(max, floor, dataHeight);
        var labels = Place(data, font, dataHeight, gap, max, min, out float lowest);
        if (lowest <= dataHeight) return labels;
        min = Start(max, floor + lowest - dataHeight + 2, dataHeight);
        return Place(data, font, dataHeight, gap, max, min, out _);
    }

    /// <summary>The axis start that puts zero <paramref name="room"/> pixels above the foot.</summary>
    private static double Start(double max, float room, float dataHeight) => -max * room / (dataHeight - room);

    private static List<ValueLabel> Place(ChartData data, SkiaSharp.SKFont font, float dataHeight, float gap,
        double max, double min, out float lowest)
    {
        float Pixel(double v) => (float)(dataHeight * (max - v) / (max - min));
        float height = font.Spacing, marker = ChartStyle.MarkerSize / 2 + 1;
        var labels = new List<ValueLabel>();
        lowest = 0;
        for (int i = 0; i < data.Categories.Count; i++)
        {
            // The points at this time, highest first (ties in column order), with their pixel heights.
            var points = data.Series.Where(s => s.Points[i].Value is not null)
                .Select(s => (Series: s, Value: s.Points[i].Value!.Value)).OrderByDescending(p => p.Value)
                .Select(p => (p.Series, p.Value, Y: Pixel(p.Value))).ToList();
            // Boxes in pixels, x relative to this time: every marker here, then each figure as it is placed.
            var markers = points.Select(p => new Box(-marker, marker, p.Y - marker, p.Y + marker)).ToList();
            var taken = new List<Box>();
            for (int k = 0; k < points.Count; k++)
            {
                var (series, v, y) = points[k];
                var text = ChartStyle.Value(v, data.Format);
                float width = font.MeasureText(text);
                // Figures of points close together keep the points' order: the upper point's above, the lower's below.
                bool closeAbove = points.Take(k).Any(p => y - p.Y < height + gap);
                bool closeBelow = points.Skip(k + 1).Any(p => p.Y - y < height + gap);
                var places = Preferences(series.Points, i).ToList();
                if (closeBelow && !closeAbove) places = [.. places.Where(IsUpper), .. places.Where(p => !IsUpper(p))];
                if (closeAbove && !closeBelow) places = [.. places.Where(p => !IsUpper(p)), .. places.Where(IsUpper)];
                // The first place that covers nothing, or failing that the one that covers least.
                int Covered(LabelPlace p)
                {
                    var box = BoxAt(p, y, width, height, gap);
                    return taken.Count(box.Overlaps) + markers.Where((_, m) => m != k).Count(box.Overlaps);
                }
                var place = places.MinBy(Covered);
                var placed = BoxAt(place, y, width, height, gap);
                taken.Add(placed);
                lowest = Math.Max(lowest, placed.Bottom);
                labels.Add(new ValueLabel(text, i, v, place));
            }
        }
        return labels;
    }

    private static bool IsUpper(LabelPlace place) => place is LabelPlace.Above or LabelPlace.UpperRight or LabelPlace.UpperLeft;

    /// <summary>The places to try, the one away from the point's own line first.</summary>
    private static IEnumerable<LabelPlace> Preferences(IReadOnlyList<ChartPoint> points, int i)
    {
        double v = points[i].Value!.Value;
        int? left = i > 0 && points[i - 1].Value is { } l ? Math.Sign(v - l) : null;
        int? right = i + 1 < points.Count && points[i + 1].Value is { } r ? Math.Sign(r - v) : null;
        LabelPlace first =
            (left ?? 0) >= 0 && (right ?? 0) <= 0 ? LabelPlace.Above   // a peak, a flat stretch or a lone point
            : (left ?? 0) <= 0 && (right ?? 0) >= 0 ? LabelPlace.Below // a valley
            : left < 0 ? LabelPlace.UpperRight                          // falling: the line runs upper left to lower right
            : LabelPlace.UpperLeft;                                     // rising
        yield return first;
        foreach (var place in Enum.GetValues<LabelPlace>()) if (place != first) yield return place;
    }

    private static Box BoxAt(LabelPlace place, float y, float width, float height, float gap) => place switch
    {
        LabelPlace.Above => new(-width / 2, width / 2, y - gap - height, y - gap),
        LabelPlace.Below => new(-width / 2, width / 2, y + gap, y + gap + height),
        LabelPlace.UpperRight => new(gap / 2, gap / 2 + width, y - gap / 2 - height, y - gap / 2),
        LabelPlace.UpperLeft => new(-gap / 2 - width, -gap / 2, y - gap / 2 - height, y - gap / 2),
        LabelPlace.LowerRight => new(gap / 2, gap / 2 + width, y + gap / 2, y + gap / 2 + height),
        LabelPlace.LowerLeft => new(-gap / 2 - width, -gap / 2, y + gap / 2, y + gap / 2 + height),
        LabelPlace.Right => new(gap, gap + width, y - height / 2, y + height / 2),
        _ => new(-gap - width, -gap, y - height / 2, y + height / 2),
    };

    private readonly record struct Box(float Left, float Right, float Top, float Bottom)
    {
        public bool Overlaps(Box other) => Left < other.Right && other.Left < Right && Top < other.Bottom && other.Top < Bottom;
    }
}
