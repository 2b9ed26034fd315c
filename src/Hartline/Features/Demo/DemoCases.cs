using Hartline.Features.Cases;
using Hartline.Features.Intake;
using Hartline.Features.Intake.Determination;

namespace Hartline.Features.Demo;

/// <summary>
/// One demo referral and how far it gets: screened after some hours, determined some days later, and
/// (for possible and confirmed victims) linked to a case, possibly closed later and shared.
/// </summary>
public sealed record DemoCase(ReferralInput Referral, TimeSpan? ScreenAfter, TimeSpan? DetermineAfter,
    TraffickingStatus? Determination, bool OpenCase, DateOnly? ClosedOn, IReadOnlyList<GrantKind> SharedWith);

/// <summary>
/// The demo caseload. 2019 Q3 holds exactly 210 youth whose race/ethnicity and residence counts are
/// those of the published HART Quarter 3 table (seed 002): 209 with a race recorded and one without,
/// which is how that table's race rows add to 209 while its total is 210. Region and gender counts
/// were not published; the ones here are invented but add to 210. Other quarters' cases are closed
/// before or opened after Q3, so they do not change that report. Some Q3 referrals stop before a case
/// (not a victim, or still being screened): they shape the intake funnel, not the clients served.
/// </summary>
public static class DemoCases
{
    // Seed 002, slide 7: Black 39, Caucasian 55, Hispanic 96, Asian 0, Multi-racial 18, Other 1, Unknown 0 (+1 not recorded).
    private static readonly (string?[] Codes, int Count)[] Races =
    [
        (["black"], 39), (["white"], 55), (["hispanic"], 96), (["asian"], 0),
        (["black", "white"], 10), (["hispanic", "black"], 8), // multi-racial: more than one category recorded
        (["other"], 1), (["unknown"], 0), ([], 1),
    ];

    // Seed 002, slide 8.
    private static readonly (string Code, int Count)[] Residences =
    [
        ("awol", 7), ("congregate", 20), ("detention", 1), ("foster", 38), ("parent", 133), ("relative", 4), ("shelter", 0), ("missing", 7),
    ];

    private static readonly (string Code, int Count)[] Regions = [("R1", 38), ("R2", 41), ("R3", 27), ("R4", 52), ("R5", 30), ("R6", 22)];
    private static readonly (string Code, int Count)[] Genders = [("female", 178), ("male", 27), ("trans-female", 3), ("non-conforming", 2)];

    // Given names go with the gender a youth identifies with: a demo "Elena" recorded as male looks like a data error.
    private static readonly string[] GirlsNames =
    [
        "Aaliyah", "Brianna", "Camila", "Destiny", "Elena", "Faith", "Gabriela", "Hailey", "Imani", "Jasmine",
        "Kayla", "Leilani", "Maya", "Nadia", "Olivia", "Paola", "Rosa", "Sofia", "Tatiana",
        "Unique", "Valeria", "Whitney", "Ximena", "Yesenia", "Zoe",
    ];

    private static readonly string[] BoysNames =
    [
        "Andre", "Brandon", "Carlos", "Darnell", "Elijah", "Felix", "Gabriel", "Hector", "Isaiah", "Jayden",
        "Kevin", "Luis", "Marcus", "Nathan",
    ];

    private static readonly string[] EitherNames = ["Quinn", "Jordan", "Alex", "Riley", "Avery", "Skyler"];

    private static readonly string[] FamilyNames =
    [
        "Alvarez", "Baptiste", "Castillo", "Diaz", "Evans", "Figueroa", "Gonzalez", "Harris", "Irizarry", "Jackson",
        "Kowalski", "Lopez", "Martinez", "Nguyen", "Ortiz", "Perez", "Quinones", "Rivera", "Santiago", "Torres",
        "Underwood", "Vasquez", "Washington", "Xavier", "Young", "Zayas", "Brooks", "Coleman", "Delgado", "Ellis",
        "Foster", "Greene", "Hernandez", "Ingram", "Jimenez", "King", "Lewis", "Morales", "Nunez", "Owens",
    ];

    private static readonly string[] Sources = ["careline", "careline", "careline", "law-enforcement", "school", "medical", "provider", "family", "national-hotline", "self"];

    private static readonly string[] Reporters =
    [
        "DCF Careline", "Hartford Police Department", "New Haven Public Schools", "Yale New Haven Hospital ED",
        "Bridgeport Youth Shelter", "Connecticut State Police", "Waterbury Family Services",
    ];

    /// <param name="today">Recent demo referrals are dated back from today, so they are never in the future.</param>
    public static IEnumerable<DemoCase> All(DateOnly today)
    {
        var random = new Random(2019);
        // Names come from their own stream, so the rest of the demo (dates, outcomes) does not move with them.
        var naming = new Random(2019);
        var unusedNames = new Dictionary<string[], Queue<(string Given, string Family)>>();
        (string Given, string Family) NameFor(string gender)
        {
            var pool = gender switch { "female" or "trans-female" => GirlsNames, "male" or "trans-male" => BoysNames, _ => EitherNames };
            if (!unusedNames.TryGetValue(pool, out var queue))
                unusedNames[pool] = queue = new(pool.SelectMany(g => FamilyNames.Select(f => (g, f))).OrderBy(_ => naming.Next()));
            return queue.Dequeue(); // every youth a different name: only the deliberate re-referrals below look alike
        }
        // The 1,600 draws an earlier name shuffle took from the main stream, so the demo's dates and outcomes stay as they were.
        for (var draw = 0; draw < 1600; draw++) random.Next();
        var next = 0;

        DemoCase Make(DateOnly received, string region, string? residence, string?[] races, string gender, DateOnly? closed,
            TraffickingStatus? determination = null, bool screened = true)
        {
            var (given, family) = NameFor(gender);
            var age = 12 + random.Next(6);
            var dob = received.AddYears(-age).AddDays(-random.Next(365));
            var shared = new List<GrantKind>();
            if (next % 5 == 0) shared.Add(GrantKind.ServiceReferral);
            if (next % 6 == 0) shared.Add(GrantKind.Mdt);
            if (next % 7 == 0) shared.Add(GrantKind.LawEnforcement);
            next++;
            var status = determination ?? (random.Next(5) < 3 ? TraffickingStatus.ConfirmedVictim : TraffickingStatus.PossibleVictim);
            var screenAfter = TimeSpan.FromMinutes(30 + random.Next(60 * 48));
            // At most about nine days from receipt to determination, so a case opens in its quarter.
            var determineAfter = screenAfter + TimeSpan.FromHours(4 + random.Next(24 * 7));
            return new DemoCase(new ReferralInput
            {
                ReceivedAt = received.ToDateTime(new TimeOnly(8 + random.Next(10), random.Next(60))),
                CarelineReportNumber = random.Next(10) < 8 ? $"CL-{received.Year}-{random.Next(100000, 999999)}" : null,
                ExploitationSuspected = random.Next(10) == 0 ? ExploitationType.Both : ExploitationType.Sex,
                ImmediateSafetyConcern = random.Next(6) == 0,
                Source = Sources[random.Next(Sources.Length)],
                ReportingAgency = Reporters[random.Next(Reporters.Length)],
                Region = region,
                GivenName = given,
                FamilyName = family,
                DateOfBirth = dob,
                Gender = gender,
                RaceEthnicity = races.OfType<string>().ToList(),
                Residence = residence,
            }, screened ? screenAfter : null, screened ? determineAfter : null, screened ? status : null,
               screened && status != TraffickingStatus.NotAVictim, closed, shared);
        }

        T[] Shuffled<T>(IEnumerable<(T Value, int Count)> counts) =>
            counts.SelectMany(c => Enumerable.Repeat(c.Value, c.Count)).OrderBy(_ => random.Next()).ToArray();

        var regions = Shuffled(Regions.Select(r => (r.Code, r.Count)));
        var residences = Shuffled(Residences.Select(r => (r.Code, r.Count)));
        var races = Shuffled(Races.Select(r => (r.Codes, r.Count)));
        var genders = Shuffled(Genders.Select(g => (g.Code, g.Count)));
        var q3 = new DateOnly(2019, 7, 1);
        var remembered = new List<ReferralInput>();
        for (var i = 0; i < 210; i++)
        {
            var received = q3.AddDays(random.Next(80)); // up to 18 September: the case opens within the quarter
            // About a third were closed later; they were still open during the quarter, so they count.
            DateOnly? closed = random.Next(3) == 0 ? new DateOnly(2019, 10, 1).AddDays(random.Next(200)) : null;
            var made = Make(received, regions[i], residences[i], races[i], genders[i], closed);
            if (i < 3) remembered.Add(made.Referral);
            yield return made;
        }

        // Q3 referrals that did not become cases: judged not a victim, or not yet screened.
        for (var i = 0; i < 14; i++)
            yield return Make(q3.AddDays(random.Next(80)), Pick(Regions), Pick(Residences), ["white"], Pick(Genders), null, TraffickingStatus.NotAVictim);
        for (var i = 0; i < 6; i++)
            yield return Make(q3.AddDays(random.Next(80)), Pick(Regions), Pick(Residences), ["hispanic"], Pick(Genders), null, screened: false);

        // Before: opened and closed within 2019 Q2. After: opened in 2019 Q4, and recently.
        for (var i = 0; i < 24; i++)
        {
            var received = new DateOnly(2019, 4, 1).AddDays(random.Next(60));
            // Opened at most 10 days after receipt, closed by 30 June.
            yield return Make(received, Pick(Regions), Pick(Residences), [Pick(Races.Where(r => r.Codes.Length == 1)).FirstOrDefault()], Pick(Genders),
                received.AddDays(random.Next(11, (new DateOnly(2019, 6, 30).DayNumber - received.DayNumber) + 1)));
        }
        for (var i = 0; i < 18; i++)
            yield return Make(new DateOnly(2019, 10, 1).AddDays(random.Next(80)), Pick(Regions), Pick(Residences), ["hispanic"], Pick(Genders), null);
        // Recent referrals, received 10 to 45 days ago: determined (at most ~9 days later) before today.
        for (var i = 0; i < 9; i++)
            yield return Make(today.AddDays(-10 - random.Next(36)), Pick(Regions), Pick(Residences), ["black"], Pick(Genders), null);

        // The same youth referred again recently by someone who spelled the name differently: not linked at
        // intake (not an exact match), so the coordinators' duplicate queue has real work to show.
        foreach (var original in remembered)
        {
            var again = Make(today.AddDays(-3), original.Region!, original.Residence, [.. original.RaceEthnicity], original.Gender!, null, screened: false);
            again.Referral.GivenName = Misspelled(original.GivenName!);
            again.Referral.FamilyName = original.FamilyName;
            again.Referral.DateOfBirth = original.DateOfBirth;
            again.Referral.Source = "medical";
            yield return again;
        }

        // The slips a hurried worker makes with a name heard over the phone: Aaliyah → Aaliya, Kayla → Kaylah, Felix → Felyx.
        static string Misspelled(string name) =>
            name.EndsWith("ah", StringComparison.Ordinal) ? name[..^1]
            : name.EndsWith('a') ? name + "h"
            : name.IndexOf('i', 1) is > 0 and var i ? name[..i] + "y" + name[(i + 1)..]
            : name + "e";

        T Pick<T>(IEnumerable<(T Value, int Count)> options)
        {
            var list = options.Where(o => o.Count > 0).ToArray();
            return list[random.Next(list.Length)].Value;
        }
    }
}
