using Hartline.Data;
using Hartline.Features;
using Hartline.Jurisdictions;
using Hartline.Security;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Logging.Abstractions;

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
        builder.Services.AddDataProtection();
        // Read late so a test host can point it elsewhere. Several PostgreSQL app nodes need one shared
        // folder (or a database-backed key ring: the EF key store package is not on the mirror).
        builder.Services.AddOptions<KeyManagementOptions>().Configure<IConfiguration>((o, config) =>
            o.XmlRepository = new FileSystemXmlRepository(
                new DirectoryInfo(config["Hartline:KeysPath"] ?? Path.GetFullPath("data/keys")), NullLoggerFactory.Instance));
        builder.Services.AddHartlineData();
        builder.Services.AddHartlineAuthorization();
        builder.Services.AddHartlineFeatures();
        builder.Services.AddHartlineWeb();
        return builder.Build();
    }
}
