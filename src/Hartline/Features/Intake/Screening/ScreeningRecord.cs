using Hartline.Security.Audit;
namespace Hartline.Features.Intake.Screening;

/// <summary>
/// One administration of a screening instrument for a youth. The worker's responses are stored apart
/// from the derived band, so a band can be recomputed or audited against the instrument version used.
/// A youth can be screened again over time; every screening is kept.
/// </summary>
public sealed class ScreeningRecord : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid PersonId { get; set; }
    public Guid? ReferralId { get; set; }
    [Hartline.Security.Audit.ShownInAudit]
    public required string InstrumentCode { get; set; }
    public int InstrumentVersion { get; set; }
    public DateTime ScreenedAt { get; set; }
    public Guid ScreenedById { get; set; }
    /// <summary>Derived by the instrument's scoring rule at the time; kept with the total it came from.</summary>
    [Hartline.Security.Audit.ShownInAudit]
    public required string BandCode { get; set; }
    public int BandLevel { get; set; }
    public int Total { get; set; }
    public List<ScreeningResponse> Responses { get; set; } = [];
}

/// <summary>The rating given to one item; null when the worker could not say.</summary>
public sealed class ScreeningResponse
{
    public Guid ScreeningId { get; set; }
    public required string ItemCode { get; set; }
    public int? Value { get; set; }
}
