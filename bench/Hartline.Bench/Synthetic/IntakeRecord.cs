using Hartline.Features.Cases;
using Hartline.Features.Cases.Team;
using Hartline.Features.Intake;
using Hartline.Features.People;

namespace Hartline.Bench.Synthetic;

/// <summary>
/// Everything one referral brings in: the youth, the case opened for them, the referral, any sharing, and the case's
/// primary workers over its life (the first on opening day; hand-overs later).
/// </summary>
internal sealed record IntakeRecord(Person Person, Case Case, Referral Referral, IReadOnlyList<CaseAccessGrant> Grants,
    IReadOnlyList<CareTeamAssignment> Team);
