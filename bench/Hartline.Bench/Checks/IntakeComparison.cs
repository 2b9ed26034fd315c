using Hartline.Bench.Synthetic;
using Hartline.Features.Cases;
using Hartline.Features.Intake;

namespace Hartline.Bench.Checks;

/// <summary>Field-by-field differences between a generated intake record and what EF read back.</summary>
internal static class IntakeComparison
{
    /// <param name="timeResolution">What the database keeps of a time: a tick on SQLite (text), a microsecond
    /// on PostgreSQL, which drops the rest as the app's own saves would. Generated times are cut to it.</param>
    public static IEnumerable<string> Differences(IntakeRecord expected, Case actual, Referral referral, TimeSpan timeResolution)
    {
        DateTime? At(DateTime? t) => t is { } v ? new DateTime(v.Ticks - v.Ticks % timeResolution.Ticks, v.Kind) : null;

        var (p, q) = (expected.Person, actual.Person!);
        var (c, r) = (expected.Case, expected.Referral);
        var pairs = new (string Field, object? Expected, object? Actual)[]
        {
            ("Person.Id", p.Id, q.Id), ("Person.GivenName", p.GivenName, q.GivenName), ("Person.MiddleName", p.MiddleName, q.MiddleName),
            ("Person.FamilyName", p.FamilyName, q.FamilyName), ("Person.DateOfBirth", p.DateOfBirth, q.DateOfBirth),
            ("Person.GenderCode", p.GenderCode, q.GenderCode), ("Person.OwnerAgencyId", p.OwnerAgencyId, q.OwnerAgencyId),
            ("Person.CreatedAt", At(p.CreatedAt), q.CreatedAt),
            ("Person.RaceEthnicities", Codes(p.RaceEthnicities.Select(x => x.Code)), Codes(q.RaceEthnicities.Select(x => x.Code))),
            ("Case.OwnerAgencyId", c.OwnerAgencyId, actual.OwnerAgencyId), ("Case.RegionCode", c.RegionCode, actual.RegionCode),
            ("Case.ResidenceCode", c.ResidenceCode, actual.ResidenceCode), ("Case.OpenedOn", c.OpenedOn, actual.OpenedOn),
            ("Case.ClosedOn", c.ClosedOn, actual.ClosedOn), ("Case.Status", c.Status, actual.Status),
            ("Case.AssignedUserId", c.AssignedUserId, actual.AssignedUserId), ("Case.CreatedById", c.CreatedById, actual.CreatedById),
            ("Case.CreatedAt", At(c.CreatedAt), actual.CreatedAt),
            ("Case.Grants", Grants(expected.Grants, At), Grants(actual.Grants, t => t)),
            ("Referral.Id", r.Id, referral.Id), ("Referral.ReceivedAt", At(r.ReceivedAt), referral.ReceivedAt), ("Referral.LinkedAt", At(r.LinkedAt), referral.LinkedAt),
            ("Referral.ExploitationSuspected", r.ExploitationSuspected, referral.ExploitationSuspected),
            ("Referral.SourceCode", r.SourceCode, referral.SourceCode), ("Referral.ReportingAgencyName", r.ReportingAgencyName, referral.ReportingAgencyName),
            ("Referral.ReceivingAgencyId", r.ReceivingAgencyId, referral.ReceivingAgencyId), ("Referral.RegionCode", r.RegionCode, referral.RegionCode),
            ("Referral.ResidenceCode", r.ResidenceCode, referral.ResidenceCode), ("Referral.PersonId", r.PersonId, referral.PersonId),
            ("Referral.CreatedById", r.CreatedById, referral.CreatedById), ("Referral.CreatedAt", At(r.CreatedAt), referral.CreatedAt),
        };
        // DateTime equality ignores Kind; the app reads times back as UTC, so check that too.
        if (q.CreatedAt.Kind != DateTimeKind.Utc) yield return $"Person.CreatedAt read back as {q.CreatedAt.Kind}, not Utc";
        foreach (var (field, e, a) in pairs)
            if (!Equals(e, a)) yield return $"{field}: generated {e ?? "null"}, EF read {a ?? "null"}";
    }

    /// <summary>A case's primary workers as one line: who, from when, to when.</summary>
    public static string Team(IEnumerable<Hartline.Features.Cases.Team.CareTeamAssignment> team) => string.Join(";", team.OrderBy(a => a.Id)
        .Select(a => $"{a.Id}/{a.Role}/{a.UserId}/{a.AgencyId}/{a.StartedOn:O}/{a.EndedOn:O}"));

    private static string Codes(IEnumerable<string> codes) => string.Join(",", codes.Order(StringComparer.Ordinal));

    private static string Grants(IEnumerable<CaseAccessGrant> grants, Func<DateTime?, DateTime?> at) => string.Join(";", grants.OrderBy(g => g.Id)
        .Select(g => $"{g.Id}/{g.AgencyId}/{g.Kind}/{g.GrantedById}/{at(g.GrantedAt):O}/{at(g.RevokedAt):O}"));
}
