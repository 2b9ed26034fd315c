using Bogus;
using Hartline.Features.Cases;
using Hartline.Features.Intake;
using Hartline.Features.People;
using Hartline.Jurisdictions;
using Person = Hartline.Features.People.Person;

namespace Hartline.Bench.Synthetic;

/// <summary>
/// A seeded synthetic caseload: one youth, one case and one referral per intake record, cases opened
/// between 2015-01-01 and 2024-12-31 in date order, about 40% closed 10–400 days after opening.
/// Every enumeration of <see cref="IntakeRecords"/> yields the same sequence for the same seed and size,
/// so a file filled earlier can be checked against a fresh enumeration.
/// </summary>
internal sealed class SyntheticCaseload
{
    public static readonly DateOnly FirstDay = new(2015, 1, 1);
    public static readonly DateOnly LastDay = new(2024, 12, 31);
    public const double ClosedShare = 0.40;
    public const int MinDaysOpen = 10, MaxDaysOpen = 400;
    public const int MinAge = 11, MaxAge = 17;
    public const double SharedShare = 0.03, RevokedShare = 0.1;
    /// <summary>Referrals flagged with an immediate safety concern.</summary>
    public const double SafetyConcernShare = 0.12;
    /// <summary>Where the cases still open stand: the list's status filters and sort need every status, not only two.</summary>
    private static readonly (CaseStatus Status, double Share)[] OpenStatuses =
        [(CaseStatus.Open, 0.30), (CaseStatus.Active, 0.45), (CaseStatus.FollowUp, 0.18), (CaseStatus.Reopened, 0.07)];

    private readonly Jurisdiction _j;
    private readonly int _seed;
    private readonly WeightedCategories _regions, _genders, _races, _residences, _sources;
    private readonly GrantKind[] _grantKinds = Enum.GetValues<GrantKind>();

    public SyntheticCaseload(Jurisdiction j, int seed, int caseCount)
    {
        _j = j;
        _seed = seed;
        CaseCount = caseCount;
        Agencies = new SyntheticAgencies(seed);
        _regions = Proportions.For(j.Regions, Proportions.Regions, "regions");
        _genders = Proportions.For(j.Genders, Proportions.Genders, "genders");
        _races = Proportions.For(j.RaceEthnicity.Categories, Proportions.RaceEthnicity, "raceEthnicity");
        _residences = Proportions.For(j.ResidenceAtExploitation, Proportions.Residences, "residenceAtExploitation");
        _sources = Proportions.For(j.ReferralSources, Proportions.ReferralSources, "referralSources");
    }

    public int CaseCount { get; }
    public int Seed => _seed;
    public SyntheticAgencies Agencies { get; }

    public IEnumerable<IntakeRecord> IntakeRecords()
    {
        var faker = new Faker("en_US") { Random = new Randomizer(_seed) };
        // A stream of its own for what came later (statuses, safety flags): the first stream's people stay the same.
        var later = new Random(unchecked(_seed * 7919 + 17));
        // And one for the care teams, so adding them left the rest of each record as it was.
        var teams = new Random(unchecked(_seed * 104729 + 3));
        foreach (var day in OpeningDays(faker.Random))
        {
            var intake = NextIntake(DateOnly.FromDayNumber(day), faker, later);
            yield return intake with { Team = PrimaryWorkers(intake.Case, teams) };
        }
    }

    /// <summary>Uniform opening days over the range, sorted: ids and row order then follow time, as in the app.</summary>
    private int[] OpeningDays(Randomizer random)
    {
        var span = LastDay.DayNumber - FirstDay.DayNumber;
        var days = new int[CaseCount];
        for (var i = 0; i < days.Length; i++) days[i] = FirstDay.DayNumber + random.Number(0, span);
        Array.Sort(days);
        return days;
    }

    private IntakeRecord NextIntake(DateOnly openedOn, Faker faker, Random later)
    {
        var random = faker.Random;
        // Office hours, to the tick, so the stored text exercises all seven fraction digits.
        var createdAt = openedOn.ToDateTime(new TimeOnly(8, 0), DateTimeKind.Utc)
            .AddTicks(random.Long(0, TimeSpan.TicksPerHour * 10));
        var owner = Agencies.PickCaseOwner(random);
        var worker = Agencies.PickWorker(owner, random);

        var person = NewPerson(openedOn, createdAt, owner.Id, faker);
        var region = _regions.Pick(random).Code;
        var residence = random.Double() < Proportions.ResidenceNotRecordedShare ? null : _residences.Pick(random).Code;
        DateOnly? closedOn = random.Double() < ClosedShare ? openedOn.AddDays(random.Number(MinDaysOpen, MaxDaysOpen)) : null;

        var @case = new Case
        {
            Id = SyntheticIds.Version7(createdAt, random),
            PersonId = person.Id,
            OwnerAgencyId = owner.Id,
            RegionCode = region,
            ResidenceCode = residence,
            OpenedOn = openedOn,
            ClosedOn = closedOn,
            Status = closedOn is null ? OpenStatus(later) : CaseStatus.Closed,
            AssignedUserId = worker,
            CreatedById = worker,
            CreatedAt = createdAt,
        };

        var source = _sources.Pick(random);
        var referral = new Referral
        {
            Id = SyntheticIds.Version7(createdAt, random),
            // Received, screened, determined and linked on the day the case opens (all before createdAt
            // would be odd: the funnel stamps follow receipt in order, within office hours).
            ReceivedAt = createdAt.AddHours(-6),
            ScreenedAt = createdAt.AddHours(-4),
            ScreenedById = worker,
            DeterminedAt = createdAt.AddHours(-1),
            DeterminedById = worker,
            LinkedAt = createdAt,
            LinkedById = worker,
            ExploitationSuspected = random.Number(9) == 0 ? Hartline.Features.Intake.Determination.ExploitationType.Both
                : Hartline.Features.Intake.Determination.ExploitationType.Sex,
            SourceCode = source.Code,
            ReportingAgencyName = ReporterNames.For(source, _j, faker),
            ReceivingAgencyId = owner.Id,
            RegionCode = region,
            ResidenceCode = residence,
            PersonId = person.Id,
            CaseId = @case.Id,
            ImmediateSafetyConcern = later.NextDouble() < SafetyConcernShare,
            CreatedById = worker,
            CreatedAt = createdAt,
        };

        return new IntakeRecord(person, @case, referral, NewGrants(@case, owner.Id, random), []);
    }

    public const double PrimaryWorkerShare = 0.9, HandOverShare = 0.3;

    /// <summary>
    /// Most cases get a primary worker on opening day; some are handed over once or twice later (a worker leaves, the
    /// case moves agency), each hand-over ending the worker before. Continuity of care counts these.
    /// </summary>
    private static IReadOnlyList<Hartline.Features.Cases.Team.CareTeamAssignment> PrimaryWorkers(Case c, Random random)
    {
        if (random.NextDouble() >= PrimaryWorkerShare) return [];
        var team = new List<Hartline.Features.Cases.Team.CareTeamAssignment>();
        var start = c.OpenedOn;
        var last = c.ClosedOn ?? LastDay;
        while (true)
        {
            var assigned = start.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc).AddMinutes(random.Next(600));
            team.Add(new Hartline.Features.Cases.Team.CareTeamAssignment
            {
                Id = SyntheticIds.Version7(assigned, new Bogus.Randomizer(random.Next())), CaseId = c.Id,
                Role = Hartline.Features.Cases.Team.CareTeamRole.PrimaryWorker, UserId = c.AssignedUserId, Name = "Primary worker",
                AgencyId = c.OwnerAgencyId, StartedOn = start, AssignedById = c.CreatedById, AssignedAt = assigned,
            });
            var next = start.AddDays(random.Next(30, 400));
            if (team.Count == 3 || random.NextDouble() >= HandOverShare || next > last) break;
            team[^1].EndedOn = next;
            start = next;
        }
        return team;
    }

    private static CaseStatus OpenStatus(Random later)
    {
        var roll = later.NextDouble();
        foreach (var (status, share) in OpenStatuses)
            if ((roll -= share) < 0) return status;
        return CaseStatus.Open;
    }

    private Person NewPerson(DateOnly referredOn, DateTime createdAt, Guid ownerAgencyId, Faker faker)
    {
        var random = faker.Random;
        var gender = random.Double() < Proportions.GenderNotRecordedShare ? null : _genders.Pick(random);
        var nameGender = NameGender(gender, random);
        // Aged MinAge..MaxAge on the day of referral: birthday within the year after turning that age.
        var age = random.Number(MinAge, MaxAge);
        var latest = referredOn.AddYears(-age);
        var dateOfBirth = latest.AddDays(-random.Number(0, latest.DayNumber - latest.AddYears(-1).DayNumber - 1));

        var id = SyntheticIds.Version7(createdAt, random);
        return new Person
        {
            Id = id,
            GivenName = faker.Name.FirstName(nameGender),
            MiddleName = random.Double() < Proportions.MiddleNameShare ? faker.Name.FirstName(nameGender) : null,
            FamilyName = faker.Name.LastName(),
            DateOfBirth = dateOfBirth,
            GenderCode = gender?.Code,
            RaceEthnicities = RaceEthnicities(random).Select(code => new PersonRaceEthnicity { PersonId = id, Code = code }).ToList(),
            OwnerAgencyId = ownerAgencyId,
            CreatedAt = createdAt,
        };
    }

    /// <summary>First names follow the HTCDS gender of the category (read from the file), else either.</summary>
    private static Bogus.DataSets.Name.Gender NameGender(Category? gender, Randomizer random) => gender?.Htcds switch
    {
        { } h when h.EndsWith("Feminine", StringComparison.Ordinal) => Bogus.DataSets.Name.Gender.Female,
        { } h when h.EndsWith("Masculine", StringComparison.Ordinal) => Bogus.DataSets.Name.Gender.Male,
        _ => random.Bool() ? Bogus.DataSets.Name.Gender.Female : Bogus.DataSets.Name.Gender.Male,
    };

    /// <summary>0, 1 or 2 distinct categories; two are drawn without the multiple code, which the report derives.</summary>
    private List<string> RaceEthnicities(Randomizer random)
    {
        var roll = random.Double();
        if (roll < Proportions.NoRaceShare) return [];
        var first = _races.Pick(random).Code;
        if (roll >= Proportions.NoRaceShare + Proportions.TwoRaceShare) return [first];
        var multiple = _j.RaceEthnicity.MultipleCode;
        while (first == multiple) first = _races.Pick(random).Code;
        string second;
        do second = _races.Pick(random).Code; while (second == first || second == multiple);
        return [first, second];
    }

    private List<CaseAccessGrant> NewGrants(Case @case, Guid ownerAgencyId, Randomizer random)
    {
        if (random.Double() >= SharedShare) return [];
        var others = Agencies.All.Where(a => a.Id != ownerAgencyId).ToList();
        var grantedAt = @case.CreatedAt.AddDays(random.Number(1, 30));
        return
        [
            new CaseAccessGrant
            {
                Id = SyntheticIds.Version7(grantedAt, random),
                CaseId = @case.Id,
                AgencyId = others[random.Number(0, others.Count - 1)].Id,
                Kind = _grantKinds[random.Number(0, _grantKinds.Length - 1)],
                GrantedById = @case.CreatedById,
                GrantedAt = grantedAt,
                RevokedAt = random.Double() < RevokedShare ? grantedAt.AddDays(random.Number(1, 90)) : null,
            },
        ];
    }
}
