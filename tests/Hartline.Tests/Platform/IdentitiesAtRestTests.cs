using System.Text;
using Hartline.Data;
using Hartline.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hartline.Tests.Platform;

/// <summary>
/// A stolen database reveals no identity: the demo caseload, its meetings and a case filled in with a value of each
/// kind are loaded, then the database is read the way a thief would — the SQLite file's bytes (and its write-ahead
/// log), or every PostgreSQL row as text — and searched for every youth's names and date of birth and for the texts
/// people wrote about them.
/// </summary>
public sealed class IdentitiesAtRestTests(DemoWithMeetingsApp app) : IClassFixture<DemoWithMeetingsApp>
{
    [Fact]
    public async Task The_database_holds_no_youth_name_date_of_birth_or_narrative_in_plain_text()
    {
        var secrets = await app.WithScope(async sp =>
        {
            var db = sp.GetRequiredService<HartlineDb>();
            var people = await db.People.AsNoTracking().Select(p => new { p.GivenName, p.MiddleName, p.FamilyName, p.DateOfBirth }).ToListAsync();
            var narratives = await db.Referrals.IgnoreQueryFilters().AsNoTracking().Select(r => r.Narrative).ToListAsync();
            var notes = await db.Set<Hartline.Features.Cases.Notes.CaseNote>().AsNoTracking().Select(n => n.Text).ToListAsync();
            var words = await db.Set<Hartline.Features.Cases.Plan.PlanItem>().AsNoTracking().Select(i => i.YouthWords).ToListAsync();
            // What is stored in plain text on purpose, being nobody's identity to protect: staff and professionals' names,
            // agencies, the service directory, the codes. A youth's name that is also one of these ("Jordan" a worker's,
            // "Foster" in "foster homes") cannot be told apart in the file, so it is not looked for.
            var onPurpose = new List<string?>();
            onPurpose.AddRange(await db.Users.Select(u => u.DisplayName + " " + u.Email).ToListAsync());
            onPurpose.AddRange(await db.Agencies.Select(a => a.Name).ToListAsync());
            onPurpose.AddRange(await db.Set<Hartline.Features.Cases.Team.CareTeamAssignment>().Select(a => a.Name).ToListAsync());
            onPurpose.AddRange(await db.Set<Hartline.Features.Mdt.MdtMember>().Select(m => m.Name).ToListAsync());
            onPurpose.AddRange(await db.Set<Hartline.Features.Mdt.MeetingAttendance>().Select(m => m.GuestName).ToListAsync());
            onPurpose.AddRange(await db.Set<Hartline.Features.Services.Directory.Service>().Select(x => x.Name + " " + x.Description).ToListAsync());
            onPurpose.AddRange(await db.Set<Hartline.Features.Services.Directory.Organization>().Select(x => x.Name + " " + x.Description).ToListAsync());
            onPurpose.AddRange(typeof(HartlineDb).Assembly.GetTypes().Where(t => t.IsEnum).SelectMany(Enum.GetNames));
            var plain = string.Join("\n", onPurpose.OfType<string>());
            // Names of five letters or more: a shorter one could turn up by chance in the encrypted values' base64.
            return people.SelectMany(p => new[] { p.GivenName, p.MiddleName, p.FamilyName }).OfType<string>().Where(n => n.Length >= 5)
                .Where(n => !plain.Contains(n, StringComparison.Ordinal))
                .Concat(people.Where(p => p.DateOfBirth is not null).Select(p => p.DateOfBirth!.Value.ToString("yyyy-MM-dd")))
                .Concat(narratives.Concat(notes).Concat(words).OfType<string>().Where(t => t.Length >= 12).Select(t => t[..12]))
                .Distinct().ToList();
        });
        Assert.True(secrets.Count > 100, $"only {secrets.Count} values to look for: the demo should have many more");

        var stored = await StoredTextAsync();
        var found = secrets.Where(s => stored.Contains(s, StringComparison.Ordinal)).ToList();
        Assert.True(found.Count == 0, $"stored in plain text: {string.Join(", ", found.Take(10))}");
    }

    /// <summary>Everything the database holds, as text: what someone with the file or a database login could read.</summary>
    private async Task<string> StoredTextAsync()
    {
        var target = app.Database.Target;
        if (target.SqliteFile is { } file)
        {
            var text = new StringBuilder();
            foreach (var part in new[] { file, file + "-wal" }.Where(File.Exists))
            {
                await using var stream = new FileStream(part, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                using var memory = new MemoryStream();
                await stream.CopyToAsync(memory);
                text.Append(Encoding.UTF8.GetString(memory.ToArray()));
            }
            return text.ToString();
        }
        await using var db = app.Database.NewContext();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        }
        var all = new StringBuilder();
        foreach (var table in tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT t::text FROM \"{table}\" t";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) all.AppendLine(reader.GetString(0));
        }
        return all.ToString();
    }
}
