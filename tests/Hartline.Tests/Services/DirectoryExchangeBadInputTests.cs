using System.Text;
using Hartline.Features.Services.Directory;
using Hartline.Tests.Support;

namespace Hartline.Tests.Services;

/// <summary>
/// Whatever a person uploads, the answer names the file, the line and the column of each problem, plainly, and the
/// directory is exactly as it was (rows and audit trail counted before and after); messy files that mean the
/// right thing (a byte-order mark, CRLF, columns in another order, upper-case ids) import.
/// </summary>
public sealed class DirectoryExchangeBadInputTests(HartlineApp app) : IClassFixture<HartlineApp>
{
    public static TheoryData<string, string> Cases => new()
    {
        { "no descriptor", "datapackage.json: not found in directory.zip: a data package is a folder (or a .zip of one) holding datapackage.json" },
        { "descriptor not JSON", "datapackage.json, line 3: this is not valid JSON (character " },
        { "descriptor without resources", "datapackage.json, resources: has no list of resources" },
        { "listed file missing", "services.csv: datapackage.json lists this file for the service table, but directory.zip does not have it" },
        { "broken quote", "services.csv, line 2, description: character 101: the quote opened here is never closed" },
        { "text after a quote", "services.csv, line 2, description: character 108: text follows the closing quote" },
        { "reference to nothing", "services.csv, line 2, organization_id: no organisation has the id 7b3a1f0e-0000-4000-8000-000000000001: it is neither in organizations.csv nor already in the directory" },
        { "bad uuid", "services.csv, line 2, id: 'S-1' is not an id: HSDS ids are UUIDs" },
        { "duplicate id", "services.csv, line 3, id: " },
        { "unknown status", "services.csv, line 2, status: 'open' is not one of: active, inactive, defunct, temporarily closed" },
        { "negative age", "services.csv, line 2, minimum_age: must be a whole number from 0 to 120: '-1' is not" },
        { "fractional age", "services.csv, line 2, maximum_age: must be a whole number from 0 to 120: '17.5' is not" },
        { "ages reversed", "services.csv, line 2, minimum_age: the minimum age (18) is above the maximum age (12)" },
        { "too long", "services.csv, line 2, name: is 201 characters long, but at most 200 fit" },
        { "country too long", "addresses.csv, line 2, country: is 3 characters long, but at most 2 fit" },
        { "required empty", "services.csv, line 2, name: is empty, but HSDS requires a value here" },
        { "required column missing", "organizations.csv, line 1, description: the header lacks this column, which HSDS requires" },
        { "semicolons", "services.csv, line 1: the columns are separated by semicolons, but HSDS files separate them with commas" },
        { "too many values", "phones.csv, line 2: this row has 4 values but the header names 3 columns (a value with a comma in it must be in double quotes)" },
        { "unknown schedule day", "schedules.csv, line 2, wkst: 'XX' is not one of: MO, TU, WE, TH, FR, SA, SU" },
        { "bad date", "schedules.csv, line 2, valid_from: '2024-02-30' is not a date written year-month-day" },
        { "attribute of nothing", "attributes.csv, line 2, link_entity: 'services' is not an HSDS table an attribute can describe" },
        { "control character", "organizations.csv, line 2, name: character 43: a control character (U+0007)" },
        { "hidden direction mark", "organizations.csv, line 2, name: the text must not contain hidden direction marks" },
        { "resource outside", "datapackage.json, resources: resource 2 (service): the path must stay inside the package" },
        { "not a zip", "directory.zip: is not a readable .zip file" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Bad_input_names_the_file_line_and_column_and_saves_nothing(string kind, string message)
    {
        var (organization, service, phone) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var package = TestPackage.Small(organization, service, phone);
        var services = package.Files["services.csv"];
        var header = "id,organization_id,name,status,minimum_age,maximum_age,description\n";
        string Service(string values) => header + values + "\n";
        var zip = (byte[]?)null;
        switch (kind)
        {
            case "no descriptor": zip = package.Zip(descriptor: false); break;
            case "descriptor not JSON": package.Files["datapackage.json"] = "{\n  \"resources\": [\n    { \"name\": \"organization\" \"path\": \"organizations.csv\" }\n  ]\n}"; break;
            case "descriptor without resources": package.Files["datapackage.json"] = "{ \"name\": \"x\" }"; break;
            case "listed file missing": package.Files.Remove("services.csv"); break;
            case "broken quote": package.Files["services.csv"] = services.Replace(",Beds\n", ",\"Beds\n") + $"{Guid.NewGuid()},{organization},More,active,,,x\n"; break;
            case "text after a quote": package.Files["services.csv"] = services.Replace(",Beds\n", ",\"Beds\" and more\n"); break;
            case "reference to nothing": package.Files["services.csv"] = services.Replace($",{organization},", ",7b3a1f0e-0000-4000-8000-000000000001,"); break;
            case "bad uuid": package.Files["services.csv"] = services.Replace($"{service},", "S-1,"); break;
            case "duplicate id": package.Files["services.csv"] = services + $"{service},{organization},Other beds,active,12,17,Beds\n"; break;
            case "unknown status": package.Files["services.csv"] = Service($"{service},{organization},Shelter beds,open,12,17,Beds"); break;
            case "negative age": package.Files["services.csv"] = Service($"{service},{organization},Shelter beds,active,-1,17,Beds"); break;
            case "fractional age": package.Files["services.csv"] = Service($"{service},{organization},Shelter beds,active,12,17.5,Beds"); break;
            case "ages reversed": package.Files["services.csv"] = Service($"{service},{organization},Shelter beds,active,18,12,Beds"); break;
            case "too long": package.Files["services.csv"] = Service($"{service},{organization},{new string('n', 201)},active,12,17,Beds"); break;
            case "country too long": package.With("address", "addresses.csv",
                $"id,address_1,city,state_province,postal_code,country,address_type\n{Guid.NewGuid()},1 Main St,Hartford,CT,06101,USA,physical\n"); break;
            case "required empty": package.Files["services.csv"] = Service($"{service},{organization},,active,12,17,Beds"); break;
            case "required column missing": package.Files["organizations.csv"] = $"id,name\n{organization},Small House\n"; break;
            case "semicolons": package.Files["services.csv"] = services.Replace(',', ';'); break;
            case "too many values": package.Files["phones.csv"] = $"id,service_id,number\n{phone},{service},+1 203, 555 0100\n"; break;
            case "unknown schedule day": package.With("schedule", "schedules.csv", $"id,service_id,wkst\n{Guid.NewGuid()},{service},XX\n"); break;
            case "bad date": package.With("schedule", "schedules.csv", $"id,service_id,valid_from\n{Guid.NewGuid()},{service},2024-02-30\n"); break;
            case "attribute of nothing": package.With("attribute", "attributes.csv", "id,link_id,taxonomy_term_id,link_entity\n" +
                $"{Guid.NewGuid()},{service},{HartlineTaxonomies.TermId(HartlineTaxonomies.ServiceTypes, "medical")},services\n"); break;
            case "control character": package.Files["organizations.csv"] = package.Files["organizations.csv"].Replace("Small House", "Small\aHouse"); break;
            case "hidden direction mark": package.Files["organizations.csv"] = package.Files["organizations.csv"].Replace("Small House", "Small \u202EesuoH"); break;
            case "resource outside": package.Files["datapackage.json"] = package.Descriptor.Replace("\"path\": \"services.csv\"", "\"path\": \"../services.csv\""); break;
            case "not a zip": zip = Encoding.UTF8.GetBytes("id,name\n"); break;
            default: throw new ArgumentException(kind);
        }

        var before = await DirectoryExchange.CountsAsync(app);
        var result = await DirectoryExchange.ImportAsync(app, "directory.zip", zip ?? package.Zip());
        Assert.False(result.Valid, $"{kind}: imported");
        Assert.False(result.Saved);
        Assert.Contains(message, DirectoryExchange.Problems(result));
        Assert.Equal(before, await DirectoryExchange.CountsAsync(app));
    }

    [Fact]
    public async Task Every_problem_of_a_file_is_listed_not_only_the_first()
    {
        var organization = Guid.NewGuid();
        var package = new TestPackage()
            .With("organization", "organizations.csv", $"id,name,description\n{organization},Many House,Many services\n")
            .With("service", "services.csv", "id,organization_id,name,status,minimum_age,maximum_age\n" + string.Concat(Enumerable.Range(0, 250)
                .Select(i => $"{Guid.NewGuid()},{organization},Service {i},closed,-{i + 1},\n")));
        var result = await DirectoryExchange.ImportAsync(app, package);
        Assert.Equal(200, result.Errors.Count);
        Assert.Equal(300, result.ErrorsNotListed); // a status and an age on each of 250 rows
        Assert.StartsWith("services.csv, line 2, status: 'closed' is not one of", result.Errors[0].ToString());
        Assert.StartsWith("services.csv, line 2, minimum_age: must be a whole number", result.Errors[1].ToString());
        Assert.StartsWith("services.csv, line 101, minimum_age:", result.Errors[199].ToString());
    }

    [Fact]
    public async Task A_messy_file_that_means_the_right_thing_imports_with_notes_for_what_is_not_kept()
    {
        var (organization, service) = (Guid.NewGuid(), Guid.NewGuid());
        var upper = service.ToString().ToUpperInvariant();
        // A byte-order mark, CRLF line ends, columns in another order and in capitals, an id with spaces around it and in
        // upper case, a status as a spreadsheet might write it, "12.0" for 12, a row given twice, a column HSDS does
        // not have, a deprecated one with a value, and a blank line at the end.
        var services = "\uFEFFSTATUS,Name,id,organization_id,minimum_age,label,wait_time\r\n" +
            $"Temporarily_Closed,Drop-in centre,  {upper} ,{organization},12.0,extra,two weeks\r\n" +
            $"Temporarily_Closed,Drop-in centre,  {upper} ,{organization},12.0,extra,two weeks\r\n\r\n";
        var package = new TestPackage()
            .With("organization", "organizations.csv", $"id,name,description\r\n{organization},Messy House,Fine\r\n")
            .With("service", "services.csv", services)
            .With("funding", "funding.csv", $"id,service_id,source\n{Guid.NewGuid()},{service},A grant\n");
        package.Files["stray.csv"] = "id\n";

        var result = await DirectoryExchange.ImportAsync(app, "messy.zip", package.Zip(folder: "export/"));
        Assert.True(result.Valid, DirectoryExchange.Problems(result));
        var saved = await DirectoryExchange.Find<Service>(app, service);
        Assert.Equal(("Drop-in centre", ServiceStatus.TemporarilyClosed, 12), (saved.Name, saved.Status, saved.MinimumAge));
        var notes = string.Join("\n", result.Notes);
        Assert.Contains("services.csv, line 3 repeats line 2 exactly; it was read once.", notes);
        Assert.Contains("services.csv: the column label is not an HSDS 3.0 column of the service table; its values were not kept.", notes);
        Assert.Contains("services.csv: HSDS 3.0 deprecates service.wait_time and Hartline does not keep it; its values were left out.", notes);
        Assert.Contains("funding.csv: Hartline does not keep HSDS funding rows; the file was not read.", notes);
        Assert.Contains("stray.csv: datapackage.json does not list this file, so it was not read.", notes);
    }

    [Fact]
    public async Task Hsds_json_problems_name_the_place_in_the_file()
    {
        var organization = Guid.NewGuid();
        var json = $$"""
            [
              { "id": "{{Guid.NewGuid()}}", "name": "JSON service", "status": "active", "minimum_age": "ten",
                "organization": { "id": "{{organization}}", "name": "JSON House", "description": "Fine" },
                "phones": [ { "id": "{{Guid.NewGuid()}}" } ],
                "funding": [ { "id": "{{Guid.NewGuid()}}", "source": "A grant" } ] }
            ]
            """;
        var before = await DirectoryExchange.CountsAsync(app);
        var result = await DirectoryExchange.ImportAsync(app, "services.json", Encoding.UTF8.GetBytes(json));
        var problems = DirectoryExchange.Problems(result);
        Assert.Contains("services.json, [0], minimum_age: must be a whole number from 0 to 120: 'ten' is not", problems);
        Assert.Contains("services.json, [0].phones[0], number: is missing, but HSDS requires a value here", problems);
        Assert.Contains("services.json: service.funding is not kept by Hartline", string.Join("\n", result.Notes));
        Assert.Equal(before, await DirectoryExchange.CountsAsync(app));

        var broken = await DirectoryExchange.ImportAsync(app, "services.json", Encoding.UTF8.GetBytes("[\n  { \"id\": 1,\n  }\n  oops\n]"));
        Assert.Contains("services.json, line 4: this is not valid JSON", DirectoryExchange.Problems(broken));
        var descriptor = await DirectoryExchange.ImportAsync(app, "datapackage.json", Encoding.UTF8.GetBytes("{ \"resources\": [] }"));
        Assert.Contains("import the whole package", DirectoryExchange.Problems(descriptor));
    }

    [Fact]
    public async Task A_zip_that_unpacks_to_too_much_or_holds_too_many_files_is_refused()
    {
        var many = TestPackage.ZipOf(Enumerable.Range(0, 1_001).ToDictionary(i => $"f{i}.csv", _ => Array.Empty<byte>()));
        Assert.Contains("holds more than 1,000 files", DirectoryExchange.Problems(await DirectoryExchange.ImportAsync(app, "many.zip", many)));

        // 101 MB of zeros compresses to a hundred kilobytes or so.
        var bomb = TestPackage.ZipOf(new Dictionary<string, byte[]>
        {
            ["datapackage.json"] = Encoding.UTF8.GetBytes("{ \"resources\": [ { \"name\": \"service\", \"path\": \"services.csv\" } ] }"),
            ["services.csv"] = new byte[101 << 20],
        });
        Assert.True(bomb.Length < 1 << 20);
        Assert.Contains("services.csv: directory.zip holds more than 100 MB of files", DirectoryExchange.Problems(await DirectoryExchange.ImportAsync(app, "directory.zip", bomb)));
    }
}
