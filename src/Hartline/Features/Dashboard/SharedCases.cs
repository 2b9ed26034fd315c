using Hartline.Data;
using Hartline.Features.Cases;
using Hartline.Jurisdictions;
using Hartline.Security;

namespace Hartline.Features.Dashboard;

/// <summary>One group of cases shared with the reader's agency, with what the sharing lets the reader do.</summary>
public sealed record SharedCaseGroup(string Title, string Allows, IReadOnlyList<DashboardCase> Cases, int Total);

/// <summary>The open cases shared with the agency for its own work, apart from those shared only for the MDT.</summary>
public sealed record SharedCasesView(SharedCaseGroup ForOwnWork, SharedCaseGroup MdtOnly);

/// <summary>
/// For a law-enforcement liaison or a provider: the cases its agency was given for its own work (law
/// enforcement, services) listed apart from those it reads only because they are on an MDT agenda, since the
/// two allow different things. Both lists go through the scope function; the grants only sort them.
/// </summary>
public sealed class SharedCases(HartlineDb db, Jurisdiction j)
{
    public async Task<SharedCasesView?> BuildAsync(Actor actor, CancellationToken ct = default)
    {
        var (kind, own, ownAllows, mdtAllows) = actor switch
        {
            _ when actor.IsInRole(Roles.LawEnforcement) => (GrantKind.LawEnforcement, "Shared with your agency for law enforcement",
                "You can read these cases and record offenders, arrests, charges, dispositions and court dates on their Legal tab.",
                "You can read these cases, not record arrests or charges: the agency that owns a case shares it for law enforcement when the youth consents."),
            _ when actor.IsInRole(Roles.Provider) => (GrantKind.ServiceReferral, "Referred to your agency for services",
                "You can read these cases and add notes and the youth's feedback.",
                "You can read these cases for the MDT's work; they were not referred to your agency for services."),
            _ => (default(GrantKind?), "", "", ""),
        };
        if (kind is not { } purpose || actor.AgencyId is not { } agency) return null;

        var open = RecordScope.Cases(db.Cases, actor, ScopePurpose.Records).Where(c => c.Status != CaseStatus.Closed);
        // A grant made by accepting a service referral opens that referral only (the referrals panel lists it), not the file.
        var forOwnWork = open.Where(c => c.Grants.Any(g => g.AgencyId == agency && g.RevokedAt == null && g.Kind == purpose && g.ServiceReferralId == null));
        var mdtOnly = open.Where(c => c.Grants.Any(g => g.AgencyId == agency && g.RevokedAt == null && g.Kind == GrantKind.Mdt)
            && !c.Grants.Any(g => g.AgencyId == agency && g.RevokedAt == null && g.Kind == purpose && g.ServiceReferralId == null));
        var (ownCases, ownTotal) = await DashboardCases.ListAsync(forOwnWork, j, HomeDashboard.ShortList, ct);
        var (mdtCases, mdtTotal) = await DashboardCases.ListAsync(mdtOnly, j, HomeDashboard.ShortList, ct);
        return new SharedCasesView(new SharedCaseGroup(own, ownAllows, ownCases, ownTotal),
            new SharedCaseGroup("Shared with your agency for the MDT only", mdtAllows, mdtCases, mdtTotal));
    }
}
