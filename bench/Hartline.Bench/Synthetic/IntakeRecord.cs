using Hartline.Features.Cases;
using Hartline.Features.Intake;
using Hartline.Features.People;

namespace Hartline.Bench.Synthetic;

/// <summary>Everything one referral brings in: the youth, the case opened for them, the referral, any sharing.</summary>
internal sealed record IntakeRecord(Person Person, Case Case, Referral Referral, IReadOnlyList<CaseAccessGrant> Grants);
