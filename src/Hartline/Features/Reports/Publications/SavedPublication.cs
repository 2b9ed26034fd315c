using Hartline.Security.Audit;

namespace Hartline.Features.Reports.Publications;

/// <summary>
/// A statistics document kept exactly as it was published: what was asked for (period, threshold, cross-tab,
/// comparisons, trend), when the data was read, the software that read it, and every figure. Re-running the same
/// request later shows what has changed since (late entries, corrections, merges). Only published documents are
/// kept (small numbers withheld), so anyone who may read statistics may read one.
/// </summary>
public sealed class SavedPublication : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    [ShownInAudit] public required string Title { get; set; }
    /// <summary>The period's code: 2019Q3, 2019, or 2019-03-01..2019-06-15.</summary>
    [ShownInAudit] public required string Period { get; set; }
    [ShownInAudit] public int MinCell { get; set; }
    public string? CrossTabRows { get; set; }
    public string? CrossTabColumns { get; set; }
    public bool Compare { get; set; }
    public bool Trend { get; set; }
    /// <summary>Why it was published or to whom it went ("Quarterly report to DCF").</summary>
    [ShownInAudit] public string? Note { get; set; }
    public DateTime DataAsOf { get; set; }
    public required string SoftwareVersion { get; set; }
    /// <summary>The document as published, as JSON.</summary>
    public required string Figures { get; set; }
    public Guid SavedById { get; set; }
    [Hartline.Data.CreationStamp]
    public DateTime SavedAt { get; set; }
}
