namespace Hartline.Features.Services.Directory.Exchange;

/// <summary>
/// THE map between HSDS 3.0 and the directory's entities (docs/hsds-3.0.md): the 14 tables Hartline keeps, in the
/// datapackage's order, each with its columns in the spec's order, their kinds, requirements and references. The
/// CSV and JSON readers, the checks, the CSV, datapackage.json and JSON writers all work from this one list, so a
/// column is named, typed and ordered in one place only.
/// </summary>
internal static class HsdsTables
{
    // Before All: static fields are set in the order they are written.
    private static readonly string[] LocationTypes = ["physical", "postal", "virtual"];

    public static readonly IReadOnlyList<HsdsTable> All =
    [
        Table<Organization>("organization", "organizations.csv", "Organisations", "organisation",
            [Id(), Text("name", required: true), Text("alternate_name"), Lines("description", required: true), Text("email", format: "email"),
             Text("website", format: "uri"), Deprecated("tax_status"), Deprecated("tax_id"), Whole("year_incorporated", 1, 9999),
             Text("legal_status"), Text("logo"), Text("uri", format: "uri"), Ref("parent_organization_id", "organization", declared: false)],
            Many("contacts", "contact", "organization_id", written: false), Many("phones", "phone", "organization_id", written: false),
            Many("locations", "location", "organization_id", written: false), Many("programs", "program", "organization_id", written: false)),

        Table<ServiceProgram>("program", "programs.csv", "Programs", "program",
            [Id(), Ref("organization_id", "organization", required: true), Text("name", required: true), Text("alternate_name"),
             Lines("description", required: true)]),

        Table<Service>("service", "services.csv", "Services", "service",
            [Id(), Ref("organization_id", "organization", required: true), Ref("program_id", "program"), Text("name", required: true),
             Text("alternate_name"), Lines("description"), Text("url", format: "uri"), Text("email", format: "email"),
             Choice("status", required: true, "active", "inactive", "defunct", "temporarily closed"),
             Lines("interpretation_services"), Lines("application_process"), Lines("fees_description"), Deprecated("wait_time"), Deprecated("fees"),
             Lines("accreditations"), Lines("eligibility_description"), Whole("minimum_age", 0, MaxAge), Whole("maximum_age", 0, MaxAge),
             new("assured_date", CellKind.Date), Text("assurer_email", format: "email"), Deprecated("licenses"), Lines("alert"),
             new("last_modified", CellKind.Instant)],
            Many("phones", "phone", "service_id"), Many("schedules", "schedule", "service_id"), Many("service_areas", "service_area", "service_id"),
            Many("service_at_locations", "service_at_location", "service_id"), Many("languages", "language", "service_id"),
            One("organization", "organization", "organization_id"), One("program", "program", "program_id"), Many("contacts", "contact", "service_id")),

        Table<DirectoryAttribute>("attribute", "attributes.csv", "Attributes (terms given to records)", "attribute",
            [Id(), new("link_id", CellKind.Uuid) { Required = true }, Ref("taxonomy_term_id", "taxonomy_term", required: true), Text("link_type"),
             Text("link_entity", required: true), Text("value")],
            One("taxonomy_term", "taxonomy_term", "taxonomy_term_id")),

        Table<ServiceAtLocation>("service_at_location", "service_at_location.csv", "Services at locations", "service at a location",
            [Id(), Ref("service_id", "service", required: true), Ref("location_id", "location", required: true), Lines("description")],
            Many("contacts", "contact", "service_at_location_id"), Many("phones", "phone", "service_at_location_id"),
            Many("schedules", "schedule", "service_at_location_id"), One("location", "location", "location_id")),

        Table<Location>("location", "locations.csv", "Locations", "location",
            [Id(), Choice("location_type", required: true, LocationTypes), Text("url", format: "uri"), Ref("organization_id", "organization"),
             Text("name"), Text("alternate_name"), Lines("description"), Lines("transportation"), Real("latitude", 90), Real("longitude", 180),
             Text("external_identifier"), Text("external_identifier_type")],
            Many("languages", "language", "location_id"), Many("addresses", "address", "location_id"), Many("contacts", "contact", "location_id"),
            Many("phones", "phone", "location_id"), Many("schedules", "schedule", "location_id")),

        Table<DirectoryPhone>("phone", "phones.csv", "Phone numbers", "phone number",
            [Id(), Ref("location_id", "location"), Ref("service_id", "service"), Ref("organization_id", "organization"), Ref("contact_id", "contact"),
             Ref("service_at_location_id", "service_at_location"), Text("number", required: true), Whole("extension", 0, int.MaxValue),
             Text("type"), Text("description")],
            Many("languages", "language", "phone_id")),

        Table<DirectoryContact>("contact", "contacts.csv", "Contacts", "contact",
            [Id(), Ref("organization_id", "organization"), Ref("service_id", "service"), Ref("service_at_location_id", "service_at_location"),
             Ref("location_id", "location"), Text("name"), Text("title"), Text("department"), Text("email", format: "email")],
            Many("phones", "phone", "contact_id")),

        Table<LocationAddress>("address", "addresses.csv", "Addresses", "address",
            [Id(), Ref("location_id", "location"), Text("attention"), Text("address_1", required: true), Text("address_2"),
             Text("city", required: true), Text("region"), Text("state_province", required: true), Text("postal_code", required: true),
             Text("country", required: true), Choice("address_type", required: true, LocationTypes)]),

        Table<DirectorySchedule>("schedule", "schedules.csv", "Schedules", "schedule",
            [Id(), Ref("service_id", "service"), Ref("location_id", "location"), Ref("service_at_location_id", "service_at_location"),
             new("valid_from", CellKind.Date), new("valid_to", CellKind.Date), new("dtstart", CellKind.Date) { PropertyName = "DtStart" },
             new("timezone", CellKind.Decimal(2, -24, 24)), new("until", CellKind.Date), Whole("count", 0, int.MaxValue),
             Choice("wkst", required: false, "MO", "TU", "WE", "TH", "FR", "SA", "SU"), Choice("freq", required: false, "WEEKLY", "MONTHLY"),
             Whole("interval", 0, int.MaxValue), Text("byday") with { PropertyName = "ByDay" }, Text("byweekno") with { PropertyName = "ByWeekNo" },
             Text("bymonthday") with { PropertyName = "ByMonthDay" }, Text("byyearday") with { PropertyName = "ByYearDay" }, Lines("description"),
             new("opens_at", CellKind.Time), new("closes_at", CellKind.Time), Text("schedule_link", format: "uri"), Text("attending_type"),
             Lines("notes")]),

        Table<ServiceArea>("service_area", "service_areas.csv", "Service areas", "service area",
            [Id(), Ref("service_id", "service"), Text("name"), Lines("description"), Lines("extent"), Text("extent_type"), Text("uri")]),

        Table<DirectoryLanguage>("language", "languages.csv", "Languages", "language",
            [Id(), Ref("service_id", "service"), Ref("location_id", "location"), Ref("phone_id", "phone"), Text("name"), Text("code"), Text("note")]),

        Table<TaxonomyTerm>("taxonomy_term", "taxonomy_terms.csv", "Taxonomy terms", "taxonomy term",
            [Id(), Text("code"), Text("name", required: true), Lines("description", required: true), Ref("parent_id", "taxonomy_term", declared: false),
             Text("taxonomy") with { PropertyName = nameof(TaxonomyTerm.TaxonomyName) }, Text("language"), Ref("taxonomy_id", "taxonomy"),
             Text("term_uri", format: "uri")],
            One("taxonomy_detail", "taxonomy", "taxonomy_id")),

        Table<Taxonomy>("taxonomy", "taxonomies.csv", "Taxonomies", "taxonomy",
            [Id(), Text("name", required: true), Lines("description", required: true), Text("uri", format: "uri"), Text("version")]),
    ];

    public static readonly IReadOnlyDictionary<string, HsdsTable> ByName = All.ToDictionary(t => t.Name, StringComparer.Ordinal);

    /// <summary>The HSDS tables Hartline does not keep: 3.0's (funding … organization_identifier) and 3.1's additions.</summary>
    public static readonly IReadOnlySet<string> NotKept = new HashSet<string>(StringComparer.Ordinal)
    {
        "funding", "required_document", "accessibility", "metadata", "meta_table_description", "cost_option", "organization_identifier",
        "url", "service_capacity", "unit",
    };

    /// <summary>
    /// The tables an attribute may describe (<c>link_entity</c>, HSDS §2): those whose objects have an attributes array,
    /// which taxonomies, their terms, attributes and metadata do not.
    /// </summary>
    public static readonly IReadOnlySet<string> Linkable = new HashSet<string>(StringComparer.Ordinal)
    {
        "organization", "program", "service", "service_at_location", "location", "address", "phone", "contact", "schedule", "service_area",
        "language", "funding", "required_document", "accessibility", "cost_option", "organization_identifier", "meta_table_description", "url", "unit",
    };

    /// <summary>Older than anyone a youth service serves: a larger age is a typing slip.</summary>
    public const int MaxAge = 120;

    private static HsdsColumn Id() => new("id", CellKind.Uuid) { Required = true };
    private static HsdsColumn Text(string name, bool required = false, string? format = null) => new(name, CellKind.Text()) { Required = required, Format = format };
    private static HsdsColumn Lines(string name, bool required = false) => new(name, CellKind.Text(lines: true)) { Required = required };
    private static HsdsColumn Whole(string name, int min, int max) => new(name, CellKind.Whole(min, max));
    private static HsdsColumn Real(string name, double bound) => new(name, CellKind.Real(-bound, bound));
    private static HsdsColumn Choice(string name, bool required, params string[] values) => new(name, CellKind.Choice(values)) { Required = required };
    private static HsdsColumn Ref(string name, string table, bool required = false, bool declared = true) =>
        new(name, CellKind.Uuid) { References = table, Required = required, Declared = declared };
    /// <summary>A column HSDS 3.0 deprecates (tax_status, wait_time…): written empty, an imported value is noted as not kept.</summary>
    private static HsdsColumn Deprecated(string name) => new(name, CellKind.Text()) { Kept = false };

    private static Embed Many(string property, string table, string column, bool written = true) => new(property, table, column, Many: true, written);
    private static Embed One(string property, string table, string column) => new(property, table, column, Many: false);

    private static HsdsTable<T> Table<T>(string name, string path, string words, string singular, HsdsColumn[] columns, params Embed[] embeds)
        where T : class =>
        new(name, path, words, singular, columns.Select(Bind<T>).ToList()) { Embeds = embeds };

    private static HsdsColumn Bind<T>(HsdsColumn column)
    {
        if (!column.Kept) return column;
        var property = column.PropertyName ?? string.Concat(column.Name.Split('_').Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
        return column with
        {
            Property = typeof(T).GetProperty(property) ?? throw new InvalidOperationException($"{typeof(T).Name} has no {property} for HSDS {column.Name}"),
        };
    }
}
