namespace Hartline.Features.Intake.Screening;

/// <summary>
/// One test of a band (see <c>Instruments/README.md</c>). Exactly one of <see cref="TotalAtLeast"/> and
/// <see cref="RatedAtLeast"/> is set. The test looks at the items in scope: all items, or those of
/// <see cref="Domains"/> plus <see cref="Items"/>, narrowed to critical items when <see cref="Critical"/> is true.
/// </summary>
public sealed record BandCondition(
    int? TotalAtLeast = null,
    int? RatedAtLeast = null,
    int? ItemsAtLeast = null,
    IReadOnlyList<string>? Domains = null,
    IReadOnlyList<string>? Items = null,
    bool Critical = false)
{
    /// <summary>How many in-scope items must be rated at least <see cref="RatedAtLeast"/>; one unless stated.</summary>
    public int Count => ItemsAtLeast ?? 1;

    public IReadOnlyList<InstrumentItem> Scope(ScreeningInstrument instrument)
    {
        IEnumerable<InstrumentItem> items = instrument.Items;
        if (Domains is { Count: > 0 } || Items is { Count: > 0 })
        {
            var domains = Domains ?? [];
            var codes = Items ?? [];
            items = instrument.Domains.SelectMany(d => d.Items.Where(i => domains.Contains(d.Code) || codes.Contains(i.Code)));
        }
        if (Critical) items = items.Where(i => i.Critical);
        return [.. items];
    }
}
