using Hartline.Data;
using Hartline.Features.Reports.Statistics.Reporting;
using Hartline.Jurisdictions;
using Hartline.Security;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Features.Reports.Statistics.Clients;

/// <summary>
/// Reads the clients served in a period through the scope function (statistics purpose): one narrow row per case
/// active on any day of the period, the youth's gender, birth date and race/ethnicity, and the cases' exploitation
/// profiles; then one <see cref="ClientRecord"/> per youth. Every client table is counted from these records, so the
/// tables cannot disagree with one another, and any two dimensions cross-tabulate.
/// </summary>
public sealed class ClientFacts(HartlineDb db, Jurisdiction j)
{
    public const string CountingRule =
        "A client is a youth with at least one case open on any day of the period and visible to you; each youth counts once " +
        "per category. Region, residence, type of exploitation and the recruiter's relationship come from the youth's cases in " +
        "the period, so a youth with two cases may count in two rows of those tables and their rows can add to more than the " +
        "total. A youth with more than one race/ethnicity recorded counts as Multi-racial. Age at intake: the youth's age on the " +
        "day their earliest case in the period was opened. New: none of their cases in the period was opened before it began.";

    /// <summary>The cases active on any day from <paramref name="from"/> to <paramref name="to"/>; <see cref="ClientCases.In"/> picks a period's clients.</summary>
    public async Task<ClientCases> ReadAsync(DateOnly from, DateOnly to, Actor actor, CancellationToken ct = default)
    {
        if (held is { } h && ReferenceEquals(h.Actor, actor) && h.From <= from && h.To >= to) return h.Cases;
        var (fromDay, toDay) = (from.DayNumber, to.DayNumber);
        // The reporting rows (kept by every save, so equal to the live records) through the scope function; one statement,
        // so one snapshot. Two numbers travel in each 64-bit column (the high and low 32 bits): a row costs the reader
        // five calls instead of ten, which at a million cases is most of the time spent outside the database.
        const long High = 1L << 32;
        var rows = RecordScope.OfCases(db.Set<ReportingCase>(), r => r.CaseId, db.Cases, actor, ScopePurpose.Statistics)
            .Where(r => r.ClosedDay >= fromDay && r.OpenedDay <= toDay)
            .Select(r => new
            {
                YouthOpened = r.Youth * High + r.OpenedDay,
                ClosedAge = r.ClosedDay * High + (r.AgeAtOpening ?? -1) + 1,
                RegionResidence = r.Region * High + r.Residence,
                GenderRace = r.Gender * High + r.RaceEthnicity + 1,
                RecruiterTypes = r.Recruiter * High + r.ExploitationTypes,
            });
        var facts = await ReportingReader.ReadAsync<CaseFact>(db, rows, reader =>
        {
            var (a, b, c, d, e) = (reader.Ordinal("YouthOpened"), reader.Ordinal("ClosedAge"), reader.Ordinal("RegionResidence"),
                reader.Ordinal("GenderRace"), reader.Ordinal("RecruiterTypes"));
            return row =>
            {
                var (youthOpened, closedAge, place, person, profile) = (row.Int64(a), row.Int64(b), row.Int64(c), row.Int64(d), row.Int64(e));
                var age = (int)(closedAge & uint.MaxValue) - 1;
                return new CaseFact((int)(youthOpened >> 32), (int)(youthOpened & uint.MaxValue), (int)(closedAge >> 32),
                    (int)(place >> 32), (int)(place & uint.MaxValue), (int)(person >> 32), age < 0 ? null : age,
                    (int)(person & uint.MaxValue) - 1, (int)(profile >> 32), (int)(profile & uint.MaxValue));
            };
        }, ct);
        // The codes after the rows: numbers are only ever added, so every number a row read above holds is known by now.
        return new ClientCases(facts, await ReportingCodes.AllAsync(db, ct), j.RaceEthnicity.MultipleCode);
    }

    private (DateOnly From, DateOnly To, Actor Actor, ClientCases Cases)? held;

    /// <summary>
    /// While a statistics document is built, its one read of the clients answers every later read within its days (the
    /// continuity topic's youths are the clients served): the same figures from one snapshot, and no second read.
    /// </summary>
    public IDisposable Hold(DateOnly from, DateOnly to, Actor actor, ClientCases cases)
    {
        held = (from, to, actor, cases);
        return new Release(this);
    }

    private sealed class Release(ClientFacts facts) : IDisposable
    {
        public void Dispose() => facts.held = null;
    }

    /// <summary>Whole years; a birth date after the intake (a typo) reads as not recorded rather than a negative age.</summary>
    internal static int? AgeOn(DateOnly birth, DateOnly day)
    {
        var age = day.Year - birth.Year - (day < birth.AddYears(day.Year - birth.Year) ? 1 : 0);
        return age >= 0 ? age : null;
    }

    internal static IReadOnlyList<string> NotRecordedWhenEmpty(IEnumerable<string> codes)
    {
        var list = codes.Where(c => !string.IsNullOrWhiteSpace(c)).Distinct(StringComparer.Ordinal).ToList();
        return list.Count > 0 ? list : [CategoryRows.NotRecordedCode];
    }
}
