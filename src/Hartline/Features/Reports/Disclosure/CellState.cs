namespace Hartline.Features.Reports.Disclosure;

/// <summary>What a published table shows for one cell once disclosure control has run.</summary>
public enum CellState
{
    /// <summary>The count is published.</summary>
    Shown,

    /// <summary>Withheld because the count itself is small enough to identify a child (1 to N−1).</summary>
    Primary,

    /// <summary>Withheld only so that a primary cell cannot be worked out from the totals and other tables.</summary>
    Complementary,

    /// <summary>
    /// Never printed: a remainder the tables imply (referrals received but not screened) that a reader can work out
    /// by subtraction. It takes part in the attacker's reasoning, and when small it is protected like a primary cell.
    /// </summary>
    NotPublished,
}

public static class CellStates
{
    /// <summary>
    /// The word the CSV <c>suppressed</c> column and the JSON <c>"suppressed"</c> field carry: "primary",
    /// "complementary", or null for a shown cell (whose count is written instead).
    /// </summary>
    public static string? SuppressedLabel(this CellState state) => state switch
    {
        CellState.Shown => null,
        CellState.Primary => "primary",
        CellState.Complementary => "complementary",
        CellState.NotPublished => "not published",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "Unknown cell state."),
    };
}
