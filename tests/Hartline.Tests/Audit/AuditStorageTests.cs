using Hartline.Security.Audit;
using Hartline.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hartline.Tests.Audit;

/// <summary>
/// An event saved by the group-commit writer (on SQLite its own prepared insert, not EF) is stored as EF
/// stores one: every field reads back the same, and queries on its time, action and ids find it.
/// </summary>
public sealed class AuditStorageTests(HartlineApp app) : IClassFixture<HartlineApp>
{
    [Fact]
    public async Task An_event_from_the_group_writer_is_stored_as_EF_stores_one()
    {
        var marker = Guid.NewGuid().ToString("N")[..20];
        var at = new DateTime(2026, 3, 4, 5, 6, 7, DateTimeKind.Utc).AddTicks(1234560); // microseconds: PostgreSQL keeps no finer
        AuditEvent Make(string entityId) => new()
        {
            At = at, UserId = Guid.NewGuid(), AgencyId = Guid.NewGuid(), Actor = "ana.ruiz@example.org ’Ñ",
            Action = AuditAction.Read, EntityType = "Case", EntityId = entityId, Details = "{\"part\":\"plan\"}", Purpose = null,
        };
        var viaWriter = Make($"{marker}-w");
        var viaEf = Make($"{marker}-e");
        viaEf.Purpose = "review";

        await app.Services.GetRequiredService<AuditWriter>().WriteAsync([viaWriter]);
        await app.WithDb(async db => { db.AuditEvents.Add(viaEf); await db.SaveChangesAsync(); });

        await app.WithDb(async db =>
        {
            var found = await db.AuditEvents.AsNoTracking()
                .Where(e => e.EntityId!.StartsWith(marker) && e.At == at && e.Action == AuditAction.Read)
                .OrderBy(e => e.EntityId).ToListAsync();
            Assert.Equal(2, found.Count);
            var (e, w) = (found[0], found[1]);
            Assert.Equal(viaWriter.Id, w.Id);
            Assert.Equal(at, w.At);
            Assert.Equal(DateTimeKind.Utc, w.At.Kind);
            Assert.Equal(viaWriter.UserId, w.UserId);
            Assert.Equal(viaWriter.AgencyId, w.AgencyId);
            Assert.Equal(viaWriter.Actor, w.Actor);
            Assert.Equal(viaWriter.Details, w.Details);
            Assert.Null(w.Purpose);
            Assert.Equal("review", e.Purpose);
            // Looked up by key and by id, as the audit search does.
            Assert.NotNull(await db.AuditEvents.FindAsync(viaWriter.Id));
            Assert.Equal(1, await db.AuditEvents.CountAsync(x => x.UserId == viaWriter.UserId && x.AgencyId == viaWriter.AgencyId));
        });
    }
}
