using System.Text.Json.Serialization;
using Hartline.Jurisdictions;

namespace Hartline.Features.Cases.Legal;

/// <summary>
/// The legal tab of one case: the youth's protections and the justice side, with the jurisdiction's notices.
/// Offender names are in it: it is given only to those who may read the case, and each view is audited.
/// Without <see cref="MayReadJustice"/> the justice lists are null (left out of the JSON) and each
/// protection is its status only (no court, note or steps).
/// </summary>
public sealed record LegalFile(Guid CaseId, string YouthName, DateOnly? DateOfBirth, string Jurisdiction,
    bool MayEditProtections, bool MayRecordJustice, bool MayReadJustice,
    IReadOnlyList<ProtectionView> Protections,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<OffenderView>? Offenders,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<ArrestView>? Arrests,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<ChargeView>? Charges,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<CourtDateView>? CourtDates,
    IReadOnlyList<NoticeView> ProtectionNotices, IReadOnlyList<NoticeView> JusticeNotices,
    IReadOnlyList<ProtectionOption> ProtectionOptions, IReadOnlyList<OffenseOption> OffenseOptions,
    DateOnly Today); // the jurisdiction's date: the latest a past date may be

public sealed record ProtectionView(Guid Id, ProtectionKind Kind, string Name, ProtectionStep Status, bool IsDecided,
    DateOnly OpenedOn, DateOnly? DecidedOn, string? CourtOrAgency, string? Basis, string? Note,
    IReadOnlyList<StepView> Steps, IReadOnlyList<ProtectionStep> PossibleOutcomes)
{
    /// <summary>What a reader outside the justice partners sees: which protection, where it stands, since when.</summary>
    public ProtectionView StatusOnly() => this with { CourtOrAgency = null, Note = null, Steps = [] };
}

public sealed record StepView(Guid Id, ProtectionStep Step, string Label, DateOnly On, decimal? Amount, string? Note, DateTime RecordedAt);

public sealed record OffenderView(Guid Id, OffenderRole Role, string? NameOrAlias, OffenderRelationship? Relationship, string? Note, string Label);

public sealed record ArrestView(Guid Id, Guid OffenderId, string Offender, DateOnly ArrestedOn, string Agency, string? Note);

public sealed record ChargeView(Guid Id, Guid OffenderId, string Offender, Guid? ArrestId, string OffenseCode, string Offense,
    string? Statute, bool OffenseVerified, DateOnly? OffenseDate, DateOnly ChargedOn, FelonyClassResult FelonyClass,
    DispositionOutcome Status, IReadOnlyList<DispositionView> Dispositions, string? Note);

public sealed record DispositionView(Guid Id, DispositionOutcome Outcome, DateOnly On, string? Note);

/// <summary><see cref="At"/> is the jurisdiction's local time (the API adds its offset).</summary>
public sealed record CourtDateView(Guid Id, DateTime At, string Court, CourtPurpose Purpose,
    Guid? OffenderId, string? Offender, Guid? ProtectionId, string? Protection, string? Outcome, string? Note, bool HasTakenPlace);

public sealed record NoticeView(string Code, string Title, string Text, bool IsWarning);

/// <summary>A protection the jurisdiction offers, for the form: its name, who decides, the law and the outcomes allowed.</summary>
public sealed record ProtectionOption(ProtectionKind Kind, string Name, ProtectionStep Opening, string? DecidedBy, string? Basis,
    string? Explain, IReadOnlyList<ProtectionStep> Outcomes);

public sealed record OffenseOption(string Code, string Name, string? Statute, bool Verified, string? Note, bool ClassedByAge);

/// <summary>The model of the offender choice shared by several forms.</summary>
public sealed record OffenderSelect(string Prefix, Guid? Selected, IReadOnlyList<OffenderView> Offenders, bool Optional);
