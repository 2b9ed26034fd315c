using Hartline.Data;
using Hartline.Features;
using Hartline.Jurisdictions;
using Hartline.Security;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;

namespace Hartline.Hosting;

/// <summary>
/// The one composition root. <c>serve</c> runs it; every CLI command builds the same host and uses its
/// services, so the CLI shares the web's feature code instead of re-implementing it.
/// </summary>
public static class HartlineHost
{
    public static WebApplication Build(string[] args, string? db = null, string? urls = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
            WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
        });
        // --db wins over HARTLINE_DB, which wins over configuration files.
        var dbSetting = db ?? Environment.GetEnvironmentVariable("HARTLINE_DB");
        if (!string.IsNullOrWhiteSpace(dbSetting)) builder.Configuration["Hartline:Db"] = dbSetting;
        if (urls is not null) builder.WebHost.UseUrls(urls);
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        // Two console lines per request (start, finish) cost more than a case read under load; warnings still show.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);

        builder.Services.AddSingleton(sp => Jurisdiction.Load(sp.GetRequiredService<IConfiguration>()["Hartline:Jurisdiction"] ?? "connecticut"));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<CurrentActor>();
        // One key ring for every node of the database, kept in it, each key encrypted with the field keys (outside it):
        // a cookie or form token made by one node is read by the others, and the database alone does not open them. The
        // application's name, not the install folder, says which ring is this application's, so nodes installed in
        // different folders share it.
        builder.Services.AddDataProtection().SetApplicationName("Hartline").PersistKeysToDbContext<HartlineDb>();
        builder.Services.Configure<KeyManagementOptions>(o => o.XmlEncryptor = new Security.Protection.FieldKeyXmlEncryptor());
        builder.Services.AddHartlineData();
        builder.Services.AddHartlineAuthorization();
        builder.Services.AddHartlineFeatures();
        builder.Services.AddHartlineWeb();
        return builder.Build();
    }
}
