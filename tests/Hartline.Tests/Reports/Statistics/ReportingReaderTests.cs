using Hartline.Data;
using Hartline.Features.Reports.Statistics.Reporting;
using Hartline.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Hartline.Tests.Reports.Statistics;

/// <summary>
/// The statistics read their rows column by column, on SQLite through SQLite's own statement: the rows read must be
/// exactly those EF reads for the same query — missing clocks, booleans, the largest and smallest numbers, parameters
/// of every kind — and a parameter it cannot bind must fall back to the ordinary reader, not misread.
/// </summary>
public sealed class ReportingReaderTests(HartlineApp app) : IClassFixture<HartlineApp>
{
    private sealed record Row(long Ticks, int Source, int Suspected, bool Positive, int Latest, bool Linked, double? Screening, double? Determination, double? Mdt);

    [Fact]
    public async Task Rows_read_column_by_column_equal_the_rows_EF_reads()
    {
        var random = new Random(7);
        var rows = Enumerable.Range(0, 300).Select(i => new ReportingReferral
        {
            ReferralId = Guid.NewGuid(),
            ReceivedTicks = 600_000_000_000_000_000L + random.NextInt64(1_000_000_000_000L) * (i % 3 == 0 ? 1 : 7),
            Source = i % 5 == 0 ? int.MaxValue : random.Next(400),
            Suspected = i % 7 == 0 ? -1 : random.Next(4),
            ScreenedPositive = i % 2 == 0,
            Latest = random.Next(5),
            Linked = i % 3 == 1,
            HoursToScreening = i % 4 == 0 ? null : random.NextDouble() * 10_000,
            HoursToDetermination = i % 6 == 0 ? null : -0.25 * i,
            DaysToFirstMdt = i % 2 == 0 ? null : double.MaxValue / (i + 1),
        }).ToList();
        await app.WithDb(async db =>
        {
            db.Set<ReportingReferral>().AddRange(rows);
            await db.SaveChangesAsync();
        });

        var from = 600_000_000_000_000_000L + 1_000_000_000_000L; // a parameter that cuts the rows in two
        var (bySql, byEf) = await app.WithScope(async sp =>
        {
            var db = sp.GetRequiredService<HartlineDb>();
            var query = Query(db).Where(r => r.ReceivedTicks >= from);
            return (await Read(db, query), await query.Select(Shape).ToListAsync());
        });
        Assert.InRange(byEf.Count, 50, 250);
        Assert.Equal(byEf.OrderBy(r => r.Ticks).ThenBy(r => r.Source), bySql.OrderBy(r => r.Ticks).ThenBy(r => r.Source));

        // A list of ids and a single id (as an agency's scope holds): a Guid is not bound by SQLite's statement reader, so
        // the ordinary reader answers, with the same rows.
        var some = rows.Take(39).Select(r => r.ReferralId).ToList();
        var last = rows[39].ReferralId;
        var (chosen, chosenByEf) = await app.WithScope(async sp =>
        {
            var db = sp.GetRequiredService<HartlineDb>();
            var query = Query(db).Where(r => some.Contains(r.ReferralId) || r.ReferralId == last);
            return (await Read(db, query), await query.Select(Shape).ToListAsync());
        });
        Assert.Equal(40, chosenByEf.Count);
        Assert.Equal(chosenByEf.OrderBy(r => r.Ticks).ThenBy(r => r.Source), chosen.OrderBy(r => r.Ticks).ThenBy(r => r.Source));
    }

    [Fact]
    public async Task On_SQLite_the_statement_reader_takes_whole_number_parameters_and_declines_the_others()
    {
        if (TestDatabase.Provider != DatabaseProvider.Sqlite) return; // the statement reader is SQLite's alone
        await app.WithScope(async sp =>
        {
            var db = sp.GetRequiredService<HartlineDb>();
            await db.Database.OpenConnectionAsync();
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            var ticks = 5L;
            using (var numbers = SqliteRows.Prepare(connection, Query(db).Where(r => r.ReceivedTicks >= ticks).CreateDbCommand()))
                Assert.NotNull(numbers);
            var id = Guid.NewGuid();
            Assert.Null(SqliteRows.Prepare(connection, Query(db).Where(r => r.ReferralId == id).CreateDbCommand()));
            await db.Database.CloseConnectionAsync();
            return 0;
        });
    }

    [Fact]
    public async Task On_SQLite_a_read_waits_for_a_lock_held_a_moment_instead_of_failing()
    {
        if (TestDatabase.Provider != DatabaseProvider.Sqlite) return; // SQLite's file locks
        // A file of its own in rollback-journal mode, where a writer's exclusive lock keeps readers out (under the
        // write-ahead log, a connection setting the log up does so for a moment, as two opening a file at once found).
        var database = TestDatabase.Create();
        var target = database.Target;
        await using (var db = target.CreateContext(target.Options()))
        {
            await target.MigrateAsync(db);
            db.Set<ReportingReferral>().Add(new ReportingReferral { ReferralId = Guid.NewGuid(), ReceivedTicks = 42 });
            await db.SaveChangesAsync();
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=DELETE;");
        }
        SqliteConnection.ClearAllPools();

        await using var holder = new SqliteConnection($"Data Source={target.SqliteFile};Pooling=False");
        await holder.OpenAsync();
        await using (var begin = holder.CreateCommand())
        {
            begin.CommandText = "BEGIN EXCLUSIVE;";
            await begin.ExecuteNonQueryAsync();
        }
        var release = Task.Run(async () =>
        {
            await Task.Delay(400);
            await using var commit = holder.CreateCommand();
            commit.CommandText = "COMMIT;";
            await commit.ExecuteNonQueryAsync();
        });
        await using (var reader = target.CreateContext(target.Options()))
        {
            var ticks = 0L;
            var read = await Read(reader, Query(reader).Where(r => r.ReceivedTicks >= ticks));
            Assert.Equal(42, Assert.Single(read).Ticks);
        }
        await release;
    }

    private static IQueryable<ReportingReferral> Query(HartlineDb db) => db.Set<ReportingReferral>();

    private static readonly System.Linq.Expressions.Expression<Func<ReportingReferral, Row>> Shape = r => new Row(r.ReceivedTicks, r.Source,
        r.Suspected, r.ScreenedPositive, r.Latest, r.Linked, r.HoursToScreening, r.HoursToDetermination, r.DaysToFirstMdt);

    private static Task<List<Row>> Read(HartlineDb db, IQueryable<ReportingReferral> query) =>
        ReportingReader.ReadAsync<Row>(db, query.Select(r => new { r.ReceivedTicks, r.Source, r.Suspected, r.ScreenedPositive, r.Latest, r.Linked,
            r.HoursToScreening, r.HoursToDetermination, r.DaysToFirstMdt }), reader =>
        {
            var (t, s, u, p, l, k, a, b, c) = (reader.Ordinal("ReceivedTicks"), reader.Ordinal("Source"), reader.Ordinal("Suspected"),
                reader.Ordinal("ScreenedPositive"), reader.Ordinal("Latest"), reader.Ordinal("Linked"), reader.Ordinal("HoursToScreening"),
                reader.Ordinal("HoursToDetermination"), reader.Ordinal("DaysToFirstMdt"));
            return row => new Row(row.Int64(t), row.Int32(s), row.Int32(u), row.Boolean(p), row.Int32(l), row.Boolean(k), row.Double(a), row.Double(b), row.Double(c));
        }, default);
}
