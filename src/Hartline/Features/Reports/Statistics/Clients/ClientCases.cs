namespace Hartline.Features.Reports.Statistics.Clients;

/// <summary>A case as the statistics read it: dates, region, residence and its youth's gender and birth date.</summary>
public sealed record ClientCase(Guid CaseId, Guid PersonId, string RegionCode, string? ResidenceCode, DateOnly OpenedOn, DateOnly? ClosedOn,
    string? GenderCode, DateOnly? BirthDate);

public sealed record CaseProfile(IReadOnlyList<string> ExploitationTypes, string? RecruiterRelationship);

/// <summary>
/// The cases of a span of time read once (a period, or the eight quarters of a trend), from which each period's
/// clients are picked in memory: the trend costs one read, not eight.
/// </summary>
public sealed class ClientCases(IReadOnlyList<ClientCase> cases, IReadOnlyDictionary<Guid, string> race, IReadOnlyDictionary<Guid, CaseProfile> profiles)
{
    /// <summary>One record per youth with a case active on any day of the period.</summary>
    public IReadOnlyList<ClientRecord> In(ReportPeriod period) =>
        cases.Where(c => c.OpenedOn <= period.To && (c.ClosedOn == null || c.ClosedOn >= period.From))
            .GroupBy(c => c.PersonId)
            .Select(g => Record(g.Key, g.ToList(), period.From))
            .ToList();

    private ClientRecord Record(Guid personId, List<ClientCase> theirs, DateOnly periodStart)
    {
        var first = theirs.MinBy(c => c.OpenedOn)!;
        var caseProfiles = theirs.Select(c => profiles.GetValueOrDefault(c.CaseId)).ToList();
        return new ClientRecord(
            theirs.Select(c => c.RegionCode).Distinct().ToList(),
            theirs.Select(c => CategoryRows.CodeOf(c.ResidenceCode)).Distinct().ToList(),
            CategoryRows.CodeOf(first.GenderCode),
            CategoryRows.CodeOf(race.GetValueOrDefault(personId)),
            first.BirthDate is { } birth ? ClientFacts.AgeOn(birth, first.OpenedOn) : null,
            theirs.Any(c => c.OpenedOn < periodStart),
            ClientFacts.NotRecordedWhenEmpty(caseProfiles.SelectMany(p => p?.ExploitationTypes ?? [])),
            ClientFacts.NotRecordedWhenEmpty(caseProfiles.Select(p => p?.RecruiterRelationship).OfType<string>()));
    }
}
