namespace Hartline.Features.Cases.Legal;

// What the page, the API and tests submit. Choices travel as their names ("AffirmativeDefense", "Buyer")
// in strings, so an unknown value is answered with a message naming the field and the allowed values.

public sealed class ProtectionInput
{
    /// <summary>The kind, e.g. AffirmativeDefense, Vacatur, TVisa (those the jurisdiction offers).</summary>
    public string? Kind { get; set; }
    /// <summary>When it was raised, requested or applied for.</summary>
    public DateOnly? On { get; set; }
    public string? CourtOrAgency { get; set; }
    [MultiLine] public string? Note { get; set; }
}

public sealed class ProtectionStepInput
{
    /// <summary>The outcome, e.g. Accepted, Granted, Awarded (those the jurisdiction allows for the kind).</summary>
    public string? Step { get; set; }
    public DateOnly? On { get; set; }
    /// <summary>For an award of compensation only; optional.</summary>
    public decimal? Amount { get; set; }
    [MultiLine] public string? Note { get; set; }
}

public sealed class OffenderInput
{
    /// <summary>Trafficker, Recruiter, Buyer, Facilitator, Transporter or Other.</summary>
    public string? Role { get; set; }
    public string? NameOrAlias { get; set; }
    /// <summary>FamilyOrCaregiver, IntimatePartner, Employer, Acquaintance, Stranger or Unknown; optional.</summary>
    public string? Relationship { get; set; }
    [MultiLine] public string? Note { get; set; }
}

public sealed class ArrestInput
{
    public Guid? OffenderId { get; set; }
    public DateOnly? ArrestedOn { get; set; }
    public string? Agency { get; set; }
    [MultiLine] public string? Note { get; set; }
}

public sealed class ChargeInput
{
    public Guid? OffenderId { get; set; }
    /// <summary>The arrest the charge followed, when there was one.</summary>
    public Guid? ArrestId { get; set; }
    /// <summary>An offense code from the jurisdiction's list (e.g. 53a-83b).</summary>
    public string? Offense { get; set; }
    /// <summary>When the offense was committed; leave empty when unknown.</summary>
    public DateOnly? OffenseDate { get; set; }
    public DateOnly? ChargedOn { get; set; }
    [MultiLine] public string? Note { get; set; }
}

public sealed class DispositionInput
{
    /// <summary>Pending, Convicted, ConvictedOfLesserOffense, Dismissed, Nolled or Acquitted.</summary>
    public string? Outcome { get; set; }
    public DateOnly? On { get; set; }
    [MultiLine] public string? Note { get; set; }
}

public sealed class CourtDateInput
{
    /// <summary>Date and time of the hearing. Without an offset it is the jurisdiction's local time.</summary>
    public DateTime? At { get; set; }
    public string? Court { get; set; }
    /// <summary>Arraignment, PretrialHearing, Trial, Sentencing, ProtectionHearing, YouthTestimony or Other.</summary>
    public string? Purpose { get; set; }
    public Guid? OffenderId { get; set; }
    public Guid? ProtectionId { get; set; }
    /// <summary>What happened; only once the hearing has taken place.</summary>
    public string? Outcome { get; set; }
    [MultiLine] public string? Note { get; set; }
}

public sealed class CourtOutcomeInput
{
    public string? Outcome { get; set; }
}
