using System.Text;
using System.Text.Json;
using Hartline.Data;
using Hartline.Features.Services.Directory;
using Hartline.Features.Services.Directory.Exchange;
using Hartline.Security.Audit;
using Hartline.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hartline.Tests.Services;

/// <summary>
/// The directory as HSDS 3.0 files: an export imported into a fresh Hartline gives the same directory (byte for byte
/// when exported again), an import updates by id and deletes nothing, and Hartline's own taxonomies stay as Hartline
/// defines them.
/// </summary>
public sealed class DirectoryExchangeTests(HartlineApp app) : IClassFixture<HartlineApp>
{
    [Fact]
    public async Task A_data_package_exported_and_imported_into_a_fresh_hartline_exports_the_same_bytes()
    {
        await using var source = await StartAsync();
        await source.WithScope(async sp => { await sp.GetRequiredService<DirectoryDemo>().LoadAsync(); return 0; });
        await source.WithDb(DirectoryExchange.AddEverythingAsync);
        var first = await DirectoryExchange.ExportAsync(source, DirectoryExport.Csv);
        Assert.Equal(DirectoryExport.FileNames(DirectoryExport.Csv), first.Select(f => f.Name));
        // Every table has rows, and the odd text is in them as it was typed.
        foreach (var csv in first.Skip(1)) Assert.True(Encoding.UTF8.GetString(csv.Content).Count(c => c == '\n') > 1, $"{csv.Name} is empty");
        var services = Encoding.UTF8.GetString(first.Single(f => f.Name == "services.csv").Content);
        Assert.Contains("\"Line one,\nline \"\"two\"\"\n\nline four.\"", services);
        Assert.Contains("temporarily closed", services);
        Assert.Contains(",2024-03-15T10:30:45.123Z\n", services);
        Assert.Contains(",+1 203-555-0100,", Encoding.UTF8.GetString(first.Single(f => f.Name == "phones.csv").Content)); // not neutralised
        Assert.DoesNotContain(first, f => f.Content.AsSpan().StartsWith("\uFEFF"u8) || f.Content.AsSpan().IndexOf("\r\n\""u8) == 0);

        await using var target = await StartAsync();
        var imported = await DirectoryExchange.ImportAsync(target, DirectoryExport.ZipName, DirectoryExport.Zip(first));
        Assert.True(imported.Valid, DirectoryExchange.Problems(imported));
        Assert.True(imported.Saved);
        Assert.Empty(imported.Notes);
        var second = await DirectoryExchange.ExportAsync(target, DirectoryExport.Csv);
        foreach (var (a, b) in first.Zip(second))
            Assert.True(a.Content.AsSpan().SequenceEqual(b.Content), $"{a.Name} differs after the round trip:\n{Encoding.UTF8.GetString(b.Content)}");

        // Imported again: the same directory, so nothing changes.
        var again = await DirectoryExchange.ImportAsync(target, DirectoryExport.ZipName, DirectoryExport.Zip(second));
        Assert.Equal((0, 0), (again.Added, again.Updated));
        Assert.Equal(imported.Added + imported.Unchanged, again.Unchanged);
    }

    [Fact]
    public async Task Hsds_json_exported_and_imported_into_a_fresh_hartline_exports_the_same_bytes()
    {
        await using var source = await StartAsync();
        await source.WithDb(DirectoryExchange.AddEverythingAsync);
        var first = Assert.Single(await DirectoryExchange.ExportAsync(source, DirectoryExport.Json));
        Assert.Equal("services.json", first.Name);
        var json = JsonDocument.Parse(first.Content).RootElement;
        var service = json.EnumerateArray().Single(s => s.GetProperty("name").GetString()!.StartsWith("שירות"));
        Assert.Equal(12, service.GetProperty("minimum_age").GetInt32()); // numbers as numbers
        Assert.Equal(JsonValueKind.Null, service.GetProperty("wait_time").ValueKind);
        Assert.Equal(-5.5m, service.GetProperty("schedules")[0].GetProperty("timezone").GetDecimal());
        var location = service.GetProperty("service_at_locations")[0].GetProperty("location");
        Assert.Equal("US", location.GetProperty("addresses")[0].GetProperty("country").GetString());
        Assert.Equal("he", location.GetProperty("languages")[0].GetProperty("code").GetString());
        var medical = service.GetProperty("attributes").EnumerateArray().Single(a => a.GetProperty("taxonomy_term").GetProperty("code").GetString() == "medical");
        Assert.Equal("Hartline service types", medical.GetProperty("taxonomy_term").GetProperty("taxonomy_detail").GetProperty("name").GetString());
        Assert.Equal("Zoe\u0308's Ñandú House", service.GetProperty("organization").GetProperty("name").GetString());

        await using var target = await StartAsync();
        var imported = await DirectoryExchange.ImportAsync(target, first.Name, first.Content);
        Assert.True(imported.Valid, DirectoryExchange.Problems(imported));
        var second = Assert.Single(await DirectoryExchange.ExportAsync(target, DirectoryExport.Json));
        Assert.Equal(Encoding.UTF8.GetString(first.Content), Encoding.UTF8.GetString(second.Content));
        Assert.True(first.Content.AsSpan().SequenceEqual(second.Content));
    }

    [Fact]
    public async Task Reimporting_an_edited_package_updates_by_id_keeps_rows_it_lacks_and_the_agency_link()
    {
        var (organization, service, phone) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var first = await DirectoryExchange.ImportAsync(app, TestPackage.Small(organization, service, phone));
        Assert.True(first.Valid, DirectoryExchange.Problems(first));
        Assert.Equal(3, first.Added);
        var agency = await app.World.Agency("Small House", Hartline.Features.Admin.AgencyKind.ServiceProvider);
        await app.WithDb(async db =>
        {
            (await db.Set<Organization>().FindAsync(organization))!.AgencyId = agency.Id;
            await db.SaveChangesAsync();
        });

        // The organisation renamed, the service's ages changed, no phone file, and no description column for the service.
        var edited = new TestPackage()
            .With("organization", "organizations.csv", $"id,name,description\n{organization},Small House (renamed),\"A house, with \"\"quotes\"\"\"\n")
            .With("service", "services.csv", $"id,organization_id,name,status,minimum_age,maximum_age\n{service},{organization},Shelter beds,active,10,17\n");
        var second = await DirectoryExchange.ImportAsync(app, edited);
        Assert.True(second.Valid, DirectoryExchange.Problems(second));
        Assert.Equal([("organization", 0, 1, 0), ("service", 0, 1, 0)], second.Tables.Select(t => (t.Table, t.Added, t.Updated, t.Unchanged)));

        var renamed = await DirectoryExchange.Find<Organization>(app, organization);
        Assert.Equal(("Small House (renamed)", agency.Id, "a@small.example"), (renamed.Name, renamed.AgencyId, renamed.Email)); // email: no column, kept
        var changed = await DirectoryExchange.Find<Service>(app, service);
        Assert.Equal((10, "Beds"), (changed.MinimumAge, changed.Description));
        Assert.NotNull(await DirectoryExchange.Find<DirectoryPhone>(app, phone)); // not in the package: left alone

        // A package may name rows that are only in the directory: a new service of the organisation, tagged with Hartline's "medical".
        var (another, tag) = (Guid.NewGuid(), Guid.NewGuid());
        var referring = await DirectoryExchange.ImportAsync(app, new TestPackage()
            .With("service", "services.csv", $"id,organization_id,name,status\n{another},{organization},Clinic,active\n")
            .With("attribute", "attributes.csv", $"id,link_id,taxonomy_term_id,link_type,link_entity\n" +
                $"{tag},{service},{HartlineTaxonomies.TermId(HartlineTaxonomies.ServiceTypes, "medical")},service_type,Service\n"));
        Assert.True(referring.Valid, DirectoryExchange.Problems(referring));
        Assert.Equal("service", (await DirectoryExchange.Find<DirectoryAttribute>(app, tag)).LinkEntity); // as HSDS writes table names

        // The changes are audited as updates by whoever imported (here the command line's system actor).
        var events = await app.WithScope(sp => sp.GetRequiredService<HartlineDb>().AuditEvents
            .Where(e => e.EntityId == service.ToString()).OrderBy(e => e.Id).ToListAsync());
        Assert.Equal([AuditAction.Create, AuditAction.Update], events.Select(e => e.Action));
        Assert.All(events, e => Assert.Equal("system", e.Actor));
        Assert.Contains("MinimumAge", events[1].Details);
    }

    [Fact]
    public async Task Hartline_own_taxonomies_may_travel_unchanged_but_not_changed_or_added_to()
    {
        var medical = HartlineTaxonomies.TermId(HartlineTaxonomies.ServiceTypes, "medical");
        var exported = await DirectoryExchange.ExportAsync(app, DirectoryExport.Csv);
        string Rows(string file, Func<string, bool> keep) =>
            string.Join("\n", Encoding.UTF8.GetString(exported.Single(f => f.Name == file).Content).Split('\n').Where((l, i) => i == 0 || keep(l))) + "\n";
        var own = new TestPackage()
            .With("taxonomy", "taxonomies.csv", Rows("taxonomies.csv", l => l.StartsWith(HartlineTaxonomies.ServiceTypes.ToString())))
            .With("taxonomy_term", "taxonomy_terms.csv", Rows("taxonomy_terms.csv", l => l.StartsWith(medical.ToString())));
        var unchanged = await DirectoryExchange.ImportAsync(app, own);
        Assert.True(unchanged.Valid, DirectoryExchange.Problems(unchanged));
        Assert.Equal((0, 0, 2), (unchanged.Added, unchanged.Updated, unchanged.Unchanged));

        var before = await DirectoryExchange.CountsAsync(app);
        own.Files["taxonomy_terms.csv"] = own.Files["taxonomy_terms.csv"].Replace(",Medical care,", ",Medicine,") +
            $"{Guid.NewGuid()},extra,Extra,An added term,,,en,{HartlineTaxonomies.ServiceTypes},\n";
        var changed = await DirectoryExchange.ImportAsync(app, own);
        var problems = DirectoryExchange.Problems(changed);
        Assert.Contains("taxonomy_terms.csv, line 2, name: this is Hartline's own taxonomy term \"Medical care\", which every Hartline defines alike: " +
            "name must be 'Medical care', not 'Medicine'", problems);
        Assert.Contains("taxonomy_terms.csv, line 3, taxonomy_id: Hartline's own taxonomy \"Hartline service types\" takes no terms from a file", problems);
        Assert.Equal(before, await DirectoryExchange.CountsAsync(app));
    }

    [Fact]
    public void The_map_names_the_spec_tables_in_datapackage_order_and_binds_every_column_it_keeps()
    {
        Assert.Equal(["organizations.csv", "programs.csv", "services.csv", "attributes.csv", "service_at_location.csv", "locations.csv", "phones.csv",
            "contacts.csv", "addresses.csv", "schedules.csv", "service_areas.csv", "languages.csv", "taxonomy_terms.csv", "taxonomies.csv"],
            HsdsTables.All.Select(t => t.Path));
        Assert.Equal("id,organization_id,program_id,name,alternate_name,description,url,email,status,interpretation_services,application_process," +
            "fees_description,wait_time,fees,accreditations,eligibility_description,minimum_age,maximum_age,assured_date,assurer_email,licenses,alert,last_modified",
            string.Join(",", HsdsTables.ByName["service"].Columns.Select(c => c.Name)));
        foreach (var table in HsdsTables.All)
            foreach (var column in table.Columns.Where(c => c.Kept))
                Assert.True(column.Property is not null && column.Property.DeclaringType == table.Entity, $"{table.Name}.{column.Name}");
        // Everything the entities hold is exported, but Hartline's own link to a signing-in agency.
        foreach (var table in HsdsTables.All)
            Assert.Equal(table.Entity.GetProperties().Select(p => p.Name).Except(["AgencyId"]).Order(),
                table.Columns.Where(c => c.Kept).Select(c => c.Property!.Name).Order());
        Assert.DoesNotContain(HsdsTables.All, t => t.Entity == typeof(ServiceAvailability));
    }

    [Fact]
    public async Task The_descriptor_declares_every_table_with_its_fields_constraints_and_foreign_keys()
    {
        var descriptor = (await DirectoryExchange.ExportAsync(app, DirectoryExport.Csv))[0];
        var root = JsonDocument.Parse(descriptor.Content).RootElement;
        Assert.Equal(("tabular-data-package", "3.0.0"), (root.GetProperty("profile").GetString(), root.GetProperty("version").GetString()));
        var service = root.GetProperty("resources").EnumerateArray().Single(r => r.GetProperty("name").GetString() == "service");
        Assert.Equal(("services.csv", "csv", "text/csv", "tabular-data-resource"), (service.GetProperty("path").GetString(),
            service.GetProperty("format").GetString(), service.GetProperty("mediatype").GetString(), service.GetProperty("profile").GetString()));
        var schema = service.GetProperty("schema");
        Assert.Equal("id", schema.GetProperty("primaryKey").GetString());
        var status = schema.GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "status");
        Assert.Equal(["active", "inactive", "defunct", "temporarily closed"], status.GetProperty("constraints").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        Assert.True(status.GetProperty("constraints").GetProperty("required").GetBoolean());
        var age = schema.GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "minimum_age");
        Assert.Equal("number", age.GetProperty("type").GetString());
        Assert.Equal(["organization_id organization", "program_id program"], schema.GetProperty("foreignKeys").EnumerateArray()
            .Select(k => $"{k.GetProperty("fields").GetString()} {k.GetProperty("reference").GetProperty("resource").GetString()}"));
    }

    private static async Task<HartlineApp> StartAsync()
    {
        var fresh = new HartlineApp();
        await fresh.InitializeAsync();
        return fresh;
    }
}
