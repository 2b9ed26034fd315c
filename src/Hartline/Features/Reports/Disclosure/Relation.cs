namespace Hartline.Features.Reports.Disclosure;

/// <summary>How a total relates to the cells it is broken down into.</summary>
public enum RelationKind
{
    /// <summary>Every child counts in exactly one part (gender, age group): total = sum of parts.</summary>
    Sum,

    /// <summary>
    /// A child can count in several parts (a youth seen in two regions), so the parts add up to the total or more.
    /// Each part is still a subset of the total: max(parts) ≤ total ≤ sum of parts. Both bounds are public
    /// knowledge, so the engine and any attacker must use both.
    /// </summary>
    Overlapping,
}

/// <summary>A linear relation between cells that anyone reading the tables knows: a total and its parts.</summary>
public sealed record Relation(string Total, IReadOnlyList<string> Parts, RelationKind Kind)
{
    /// <summary>Every cell the relation mentions: the total first, then the parts.</summary>
    public IEnumerable<string> Cells => Parts.Prepend(Total);
}
