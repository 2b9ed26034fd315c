using Bogus;
using Hartline.Features.Admin;

namespace Hartline.Bench.Synthetic;

/// <summary>
/// The handful of agencies of a response team, with the share of cases each opens (the child-welfare
/// agency receives most referrals through its hotline). Names are invented.
/// </summary>
internal sealed class SyntheticAgencies
{
    private static readonly (string Name, AgencyKind Kind, double CaseShare)[] Team =
    [
        ("Department of Children and Families – HART Unit", AgencyKind.ChildWelfare, 70),
        ("State Police Trafficking Task Force", AgencyKind.LawEnforcement, 12),
        ("Office of the State's Attorney – Child Exploitation", AgencyKind.Prosecution, 0),
        ("Lighthouse Youth Advocacy", AgencyKind.ServiceProvider, 10),
        ("Riverside Pediatric Hospital", AgencyKind.Medical, 5),
        ("Statewide HART Coordination", AgencyKind.Coordination, 3),
    ];

    public const int WorkersPerAgency = 4;

    public IReadOnlyList<Agency> All { get; }

    /// <summary>Intake workers' user ids. No user rows are written: case and referral columns that hold them have no foreign key.</summary>
    public IReadOnlyDictionary<Guid, Guid[]> Workers { get; }

    private readonly double[] _cumulativeShare;

    public SyntheticAgencies(int seed)
    {
        // Its own stream, so the agency list does not shift the case stream and vice versa.
        var random = new Randomizer(seed ^ 0x5A17);
        var createdAt = new DateTime(2014, 12, 1, 9, 0, 0, DateTimeKind.Utc);
        All = Team.Select((a, i) => new Agency
        {
            Id = SyntheticIds.Version7(createdAt.AddMinutes(i), random),
            Name = a.Name,
            Kind = a.Kind,
            IsActive = true,
            CreatedAt = createdAt.AddMinutes(i),
        }).ToList();
        Workers = All.ToDictionary(a => a.Id,
            a => Enumerable.Range(0, WorkersPerAgency).Select(w => SyntheticIds.Version7(createdAt.AddHours(1 + w), random)).ToArray());
        var sum = 0.0;
        _cumulativeShare = Team.Select(a => sum += a.CaseShare).ToArray();
    }

    public Agency PickCaseOwner(Randomizer random)
    {
        var x = random.Double() * _cumulativeShare[^1];
        for (var i = 0; i < _cumulativeShare.Length; i++)
            if (x < _cumulativeShare[i]) return All[i];
        return All[0];
    }

    public Guid PickWorker(Agency agency, Randomizer random) => Workers[agency.Id][random.Number(0, WorkersPerAgency - 1)];
}
