namespace Hartline.Features.Cases.Sharing;

/// <summary>
/// What the youth (or guardian, or a court) agreed may be shared, with whom, for what, from when until
/// withdrawn (HTCDS con_Consent, kept as data as Primero does). A consent names one agency, or
/// <see cref="RecipientAgencyId"/> null for the whole network of partner agencies. Withdrawn consents are kept.
/// </summary>
public sealed class SharingConsent : Security.Audit.IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    public ConsentGiver GivenBy { get; set; }
    /// <summary>Name of the guardian or court when not the youth; optional.</summary>
    public string? GiverName { get; set; }
    /// <summary>The agency the youth agreed to share with; null = every partner agency (a network consent).</summary>
    public Guid? RecipientAgencyId { get; set; }
    /// <summary>Which kinds of sharing the consent covers.</summary>
    public List<Cases.GrantKind> Purposes { get; set; } = [];
    public DateOnly GivenOn { get; set; }
    /// <summary>What the youth does not want shared even so (e.g. "nothing about my family"); shown beside the consent.</summary>
    [Hartline.Security.Audit.ConfidentialText]
    public string? Limits { get; set; }
    public Guid RecordedById { get; set; }
    [Hartline.Data.CreationStamp]
    public DateTime RecordedAt { get; set; }
    public DateOnly? WithdrawnOn { get; set; }
    [Hartline.Security.Audit.ConfidentialText]
    public string? WithdrawnNote { get; set; }
    public Guid? WithdrawnById { get; set; }

    public bool IsActive => WithdrawnOn is null;

    public bool Covers(Guid agencyId, Cases.GrantKind kind) =>
        IsActive && Purposes.Contains(kind) && (RecipientAgencyId is null || RecipientAgencyId == agencyId);
}

public enum ConsentGiver
{
    Youth,
    Guardian,
    YouthAndGuardian,
    CourtOrder,
}
