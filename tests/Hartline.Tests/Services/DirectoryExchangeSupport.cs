using System.IO.Compression;
using System.Text;
using Hartline.Data;
using Hartline.Features.Services.Directory;
using Hartline.Features.Services.Directory.Exchange;
using Hartline.Security;
using Hartline.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hartline.Tests.Services;

/// <summary>Imports and exports through the services, counts of the directory's rows, and packages made by hand.</summary>
internal static class DirectoryExchange
{
    public static Task<DirectoryImportResult> ImportAsync(HartlineApp app, string fileName, byte[] content, bool dryRun = false) =>
        app.WithScope(async sp => (await sp.GetRequiredService<DirectoryImport>()
            .ImportAsync(DirectoryPackage.FromUpload(fileName, content), Actor.System, dryRun))!);

    public static Task<DirectoryImportResult> ImportAsync(HartlineApp app, TestPackage package, bool dryRun = false) =>
        ImportAsync(app, "directory.zip", package.Zip(), dryRun);

    public static Task<IReadOnlyList<ExportFile>> ExportAsync(HartlineApp app, string format) =>
        app.WithScope(sp => sp.GetRequiredService<DirectoryExport>().FilesAsync(format));

    /// <summary>How many rows each directory table holds, and how many audit events there are: what "nothing was written" is judged by.</summary>
    public static Task<string> CountsAsync(HartlineApp app) => app.WithScope(async sp =>
    {
        var db = sp.GetRequiredService<HartlineDb>();
        var counts = new List<string>();
        foreach (var table in HsdsTables.All) counts.Add($"{table.Name} {(await table.ReadAllAsync(db, false, default)).Count}");
        counts.Add($"audit {await db.AuditEvents.CountAsync()}");
        return string.Join(", ", counts);
    });

    public static string Problems(DirectoryImportResult result) => string.Join("\n", result.Errors.Select(e => e.ToString()));

    public static async Task<T> Find<T>(HartlineApp app, Guid id) where T : class =>
        (await app.WithScope(sp => sp.GetRequiredService<HartlineDb>().Set<T>().FindAsync(id).AsTask()))!;

    /// <summary>Every table filled, with text that trips naive CSV and JSON code: right-to-left scripts, emoji, combining marks, quotes, commas, line breaks.</summary>
    public static async Task AddEverythingAsync(HartlineDb db)
    {
        await db.Set<Taxonomy>().Where(t => t.Id == HartlineTaxonomies.ServiceTypes).AnyAsync(); // Hartline's own are there (the host ensures them)
        var parent = new Organization { Name = "مركز الأمل للشباب 🌈", Description = "Arabic, right to left: \u200Fمرحبا\u200F, then \"quoted\", a comma, and\na new line.",
            Email = "amal@example.org", Website = "https://amal.example.org", YearIncorporated = 1998, LegalStatus = "Nonprofit", Logo = "https://amal.example.org/logo.png",
            Uri = "https://id.example.org/org/1" };
        var organization = new Organization { Name = "Zoe\u0308's Ñandú House", AlternateName = "ZNH", Description = "Combining marks: Zoe\u0308, Åström,\r\nand a CRLF line break.",
            ParentOrganizationId = parent.Id };
        var program = new ServiceProgram { OrganizationId = organization.Id, Name = "Programme \"Safe, Now\"", AlternateName = "SN", Description = "=SUM(A1) is text here, not a formula" };
        var service = new Service
        {
            OrganizationId = organization.Id, ProgramId = program.Id, Name = "שירות לנוער 👩🏽‍⚕️", AlternateName = "Youth service", Description = "Line one,\nline \"two\"\n\nline four.",
            Url = "https://znh.example.org/s", Email = "s@znh.example.org", Status = ServiceStatus.TemporarilyClosed, InterpretationServices = "ASL, Español",
            ApplicationProcess = "Call, then visit.", FeesDescription = "Free", Accreditations = "COA", EligibilityDescription = "Ages 12–17 (en dash)",
            MinimumAge = 12, MaximumAge = 17, AssuredDate = new DateOnly(2024, 2, 29), AssurerEmail = "qa@example.org", Alert = "Closed for repairs ⚠️",
            LastModified = new DateTime(2024, 3, 15, 10, 30, 45, DateTimeKind.Utc).AddTicks(1_234_567),
        };
        var bare = new Service { OrganizationId = parent.Id, Name = "Bare service", Status = ServiceStatus.Defunct };
        var location = new Location { LocationType = LocationType.Virtual, Url = "https://meet.example.org", OrganizationId = organization.Id, Name = "Online, everywhere",
            AlternateName = "Web", Description = "Video calls", Transportation = "None needed,\njust a phone", Latitude = 41.308273, Longitude = -72.927887123456,
            ExternalIdentifier = "///index.home.raft", ExternalIdentifierType = "what3words" };
        var at = new ServiceAtLocation { ServiceId = service.Id, LocationId = location.Id, Description = "Given online, \"always\"" };
        var contact = new DirectoryContact { OrganizationId = organization.Id, ServiceId = service.Id, ServiceAtLocationId = at.Id, LocationId = location.Id,
            Name = "שרה כהן", Title = "Director, intake", Department = "Intake", Email = "sara@example.org" };
        var phone = new DirectoryPhone { ServiceId = service.Id, Number = "+1 203-555-0100", Extension = 12, Type = "voice", Description = "-starts with a dash" };
        db.AddRange(parent, organization, program, service, bare, location, at, contact, phone);
        db.Add(new DirectoryPhone { ContactId = contact.Id, OrganizationId = organization.Id, LocationId = location.Id, ServiceAtLocationId = at.Id, Number = "=2+3", Type = "text" });
        db.Add(new LocationAddress { LocationId = location.Id, Attention = "c/o Ñandú", Address1 = "1 Main St, Apt \"B\"", Address2 = "Floor 2", City = "New Haven",
            Region = "South Central", StateProvince = "CT", PostalCode = "06510", Country = "US", AddressType = LocationType.Postal });
        db.Add(new DirectorySchedule
        {
            ServiceId = service.Id, LocationId = location.Id, ServiceAtLocationId = at.Id, ValidFrom = new DateOnly(2024, 1, 1), ValidTo = new DateOnly(2024, 12, 31),
            DtStart = new DateOnly(2024, 1, 1), Timezone = -5.5m, Until = new DateOnly(2025, 1, 1), Count = 10, Wkst = "MO", Freq = "MONTHLY", Interval = 2,
            ByDay = "1MO,-1FR", ByWeekNo = "1,2", ByMonthDay = "15", ByYearDay = "100", Description = "First Monday, last Friday", OpensAt = "09:00:00-05:00",
            ClosesAt = "17:30", ScheduleLink = "https://cal.example.org", AttendingType = "in person", Notes = "Bring ID.\nOr don't.",
        });
        db.Add(new ServiceArea { ServiceId = service.Id, Name = "Greater New Haven", Description = "Towns, around", Extent = "{\"type\": \"Polygon\",\n \"coordinates\": []}",
            ExtentType = "geojson", Uri = "https://areas.example.org/1" });
        db.Add(new DirectoryLanguage { ServiceId = service.Id, Name = "Español", Code = "es", Note = "Native speakers" });
        db.Add(new DirectoryLanguage { LocationId = location.Id, PhoneId = phone.Id, Name = "עברית", Code = "he" });
        var taxonomy = new Taxonomy { Name = "Regional needs 🗺️", Description = "Our own, with \"quotes\"", Uri = "https://tax.example.org", Version = "2.1" };
        var broad = new TaxonomyTerm { Code = "needs", Name = "Needs", Description = "Broad", TaxonomyId = taxonomy.Id, Language = "en", TaxonomyName = "Regional needs",
            TermUri = "https://tax.example.org/needs" };
        var narrow = new TaxonomyTerm { Code = "needs:food", Name = "Food, water", Description = "Narrow\nterm", ParentId = broad.Id, TaxonomyId = taxonomy.Id };
        db.AddRange(taxonomy, broad, narrow);
        db.Add(new DirectoryAttribute { LinkId = service.Id, LinkEntity = "service", LinkType = "need", TaxonomyTermId = narrow.Id, Value = "daily, \"hot\"" });
        db.Add(new DirectoryAttribute { LinkId = location.Id, LinkEntity = "location", TaxonomyTermId = broad.Id });
        db.Add(new DirectoryAttribute { LinkId = service.Id, LinkEntity = "service", LinkType = HartlineTaxonomies.ServiceTypeLink,
            TaxonomyTermId = HartlineTaxonomies.TermId(HartlineTaxonomies.ServiceTypes, "medical") });
        await db.SaveChangesAsync();
    }
}

/// <summary>A data package written by hand: datapackage.json listing the tables given, and their CSV files.</summary>
internal sealed class TestPackage
{
    public Dictionary<string, string> Files { get; } = new(StringComparer.Ordinal);
    private readonly List<(string Name, string Path)> _resources = [];

    /// <summary>Adds a table's file and lists it in datapackage.json (which is written when zipped, unless given).</summary>
    public TestPackage With(string resource, string path, string csv)
    {
        _resources.Add((resource, path));
        Files[path] = csv;
        return this;
    }

    public string Descriptor => Files.GetValueOrDefault("datapackage.json") ?? "{\n  \"profile\": \"tabular-data-package\",\n  \"resources\": [\n" +
        string.Join(",\n", _resources.Select(r => $"    {{ \"name\": \"{r.Name}\", \"path\": \"{r.Path}\" }}")) + "\n  ]\n}\n";

    public byte[] Zip(bool descriptor = true, string folder = "")
    {
        var files = new Dictionary<string, byte[]>(Files.ToDictionary(f => f.Key, f => Encoding.UTF8.GetBytes(f.Value)));
        if (descriptor) files["datapackage.json"] = Encoding.UTF8.GetBytes(Descriptor);
        return ZipOf(files, folder);
    }

    public static byte[] ZipOf(IReadOnlyDictionary<string, byte[]> files, string folder = "")
    {
        var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            if (folder.Length > 0) zip.CreateEntry(folder); // a directory entry, as zip tools write one
            foreach (var (name, content) in files)
            {
                using var entry = zip.CreateEntry(folder + name).Open();
                entry.Write(content);
            }
        }
        return buffer.ToArray();
    }

    /// <summary>Writes the package into a folder (for the command line).</summary>
    public string WriteTo(string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var (name, text) in Files) File.WriteAllText(Path.Combine(folder, name), text);
        if (!Files.ContainsKey("datapackage.json")) File.WriteAllText(Path.Combine(folder, "datapackage.json"), Descriptor);
        return folder;
    }

    /// <summary>An organisation, a service of it and the service's phone: the base every bad-input case changes one thing of.</summary>
    public static TestPackage Small(Guid organization, Guid service, Guid phone) => new TestPackage()
        .With("organization", "organizations.csv", $"id,name,description,email\n{organization},Small House,\"A house, with \"\"quotes\"\"\",a@small.example\n")
        .With("service", "services.csv", $"id,organization_id,name,status,minimum_age,maximum_age,description\n{service},{organization},Shelter beds,active,12,17,Beds\n")
        .With("phone", "phones.csv", $"id,service_id,number\n{phone},{service},+1 203 555 0100\n");
}
