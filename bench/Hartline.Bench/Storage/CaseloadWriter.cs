using Hartline.Bench.Synthetic;
using Hartline.Features.Admin;
using Microsoft.Data.Sqlite;

namespace Hartline.Bench.Storage;

/// <summary>
/// Writes agencies and intake records with raw prepared INSERTs, in foreign-key order (person before its
/// case, case before its referral and grants). Column lists follow the Sqlite Initial migration.
/// </summary>
internal sealed class CaseloadWriter : IDisposable
{
    private readonly InsertCommand _agencies, _people, _races, _cases, _referrals, _grants, _team;
    private readonly Hartline.Security.Protection.FieldKeys _keys;

    /// <param name="keys">The database's field keys: names and dates of birth are written encrypted, with their blind indexes, as the app writes them.</param>
    public CaseloadWriter(SqliteConnection connection, Hartline.Security.Protection.FieldKeys keys)
    {
        _keys = keys;
        _agencies = new(connection, "Agencies", "Id", "Name", "Kind", "IsActive", "CreatedAt");
        _people = new(connection, "People",
            "Id", "GivenName", "MiddleName", "FamilyName", "DateOfBirth", "GenderCode", "OwnerAgencyId", "CreatedAt", "ChangedAt",
            "GivenNameIndex", "FamilyNameIndex", "BirthDateIndex");
        _races = new(connection, "PersonRaceEthnicities", "PersonId", "Code");
        _cases = new(connection, "Cases",
            "Id", "PersonId", "OwnerAgencyId", "RegionCode", "ResidenceCode", "OpenedOn", "ClosedOn", "Status",
            "AssignedUserId", "CreatedById", "CreatedAt");
        _referrals = new(connection, "Referrals",
            "Id", "ReceivedAt", "SourceCode", "ReportingAgencyName", "ReceivingAgencyId", "RegionCode", "ResidenceCode",
            "PersonId", "CaseId", "CreatedById", "CreatedAt", "ExploitationSuspected", "ImmediateSafetyConcern", "ArrestedForProstitution",
            "ScreenedAt", "ScreenedById", "DeterminedAt", "DeterminedById", "LinkedAt", "LinkedById");
        _grants = new(connection, "CaseAccessGrants", "Id", "CaseId", "AgencyId", "Kind", "GrantedById", "GrantedAt", "RevokedAt");
        _team = new(connection, "CareTeamAssignments", "Id", "CaseId", "Role", "UserId", "Name", "AgencyId", "StartedOn", "EndedOn",
            "AssignedById", "AssignedAt");
    }

    public IReadOnlyList<InsertCommand> Commands => [_agencies, _people, _races, _cases, _referrals, _grants, _team];

    /// <summary>Rows written so far, per table.</summary>
    public Dictionary<string, long> Rows { get; } = new();

    public long TotalRows => Rows.Values.Sum();

    public void Use(SqliteTransaction transaction, bool prepare)
    {
        foreach (var command in Commands)
            if (prepare) command.Prepare(transaction); else command.Use(transaction);
    }

    public void Write(Agency a)
    {
        _agencies.Insert(SqliteText.Guid(a.Id), a.Name, SqliteText.Enum(a.Kind), SqliteText.Bool(a.IsActive), SqliteText.Time(a.CreatedAt));
        Count(_agencies);
    }

    public int Write(IntakeRecord intake)
    {
        var (p, c, r) = (intake.Person, intake.Case, intake.Referral);
        var personId = SqliteText.Guid(p.Id);
        var caseId = SqliteText.Guid(c.Id);
        var cipher = _keys.Cipher;
        p.RefreshSearchKeys(_keys);
        _people.Insert(personId, cipher.Encrypt(p.GivenName, "Person.GivenName"),
            p.MiddleName is null ? DBNull.Value : cipher.Encrypt(p.MiddleName, "Person.MiddleName"),
            cipher.Encrypt(p.FamilyName, "Person.FamilyName"),
            p.DateOfBirth is { } born ? cipher.Encrypt(born.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "Person.DateOfBirth") : DBNull.Value,
            SqliteText.Text(p.GenderCode), SqliteText.Guid(p.OwnerAgencyId), SqliteText.Time(p.CreatedAt), SqliteText.Time(p.CreatedAt),
            p.GivenNameIndex, p.FamilyNameIndex, p.BirthDateIndex is { } b ? b : DBNull.Value);
        foreach (var race in p.RaceEthnicities) _races.Insert(personId, race.Code);
        _cases.Insert(caseId, personId, SqliteText.Guid(c.OwnerAgencyId), c.RegionCode, SqliteText.Text(c.ResidenceCode),
            SqliteText.Date(c.OpenedOn), SqliteText.Date(c.ClosedOn), SqliteText.Enum(c.Status), SqliteText.Guid(c.AssignedUserId),
            SqliteText.Guid(c.CreatedById), SqliteText.Time(c.CreatedAt));
        _referrals.Insert(SqliteText.Guid(r.Id), SqliteText.Time(r.ReceivedAt), r.SourceCode, r.ReportingAgencyName,
            SqliteText.Guid(r.ReceivingAgencyId), r.RegionCode, SqliteText.Text(r.ResidenceCode), personId, caseId,
            SqliteText.Guid(r.CreatedById), SqliteText.Time(r.CreatedAt), SqliteText.Enum(r.ExploitationSuspected),
            SqliteText.Bool(r.ImmediateSafetyConcern), SqliteText.Bool(r.ArrestedForProstitution),
            SqliteText.Time(r.ScreenedAt), SqliteText.Guid(r.ScreenedById), SqliteText.Time(r.DeterminedAt), SqliteText.Guid(r.DeterminedById),
            SqliteText.Time(r.LinkedAt), SqliteText.Guid(r.LinkedById));
        foreach (var g in intake.Grants)
            _grants.Insert(SqliteText.Guid(g.Id), caseId, SqliteText.Guid(g.AgencyId), SqliteText.Enum(g.Kind),
                SqliteText.Guid(g.GrantedById), SqliteText.Time(g.GrantedAt), SqliteText.Time(g.RevokedAt));
        foreach (var a in intake.Team)
            _team.Insert(SqliteText.Guid(a.Id), caseId, SqliteText.Enum(a.Role), SqliteText.Guid(a.UserId), a.Name, SqliteText.Guid(a.AgencyId),
                SqliteText.Date(a.StartedOn), SqliteText.Date(a.EndedOn), SqliteText.Guid(a.AssignedById), SqliteText.Time(a.AssignedAt));

        Count(_people);
        Count(_races, p.RaceEthnicities.Count);
        Count(_cases);
        Count(_referrals);
        Count(_grants, intake.Grants.Count);
        Count(_team, intake.Team.Count);
        return 3 + p.RaceEthnicities.Count + intake.Grants.Count + intake.Team.Count;
    }

    private void Count(InsertCommand command, int rows = 1) =>
        Rows[command.Table] = Rows.GetValueOrDefault(command.Table) + rows;

    public void Dispose()
    {
        foreach (var command in Commands) command.Dispose();
    }
}
