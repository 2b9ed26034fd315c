using System.CommandLine;
using Hartline.Data;
using Hartline.Features.Demo;

namespace Hartline.Cli;

internal static class SeedDemoCommand
{
    public static Command Create()
    {
        var command = new Command("seed-demo", "Load the demo agencies, users and cases (migrates first)");
        command.SetAction((parsed, ct) => HartlineCli.Guard(async () =>
        {
            await using var app = await HartlineCli.BuildHostAsync(parsed, prepare: true, ct);
            using var scope = app.Services.CreateScope();
            ServeCommand.RefuseDemoElsewhere(scope.ServiceProvider, "seed-demo");
            await scope.ServiceProvider.GetRequiredService<DatabaseTarget>().MigrateAsync(scope.ServiceProvider.GetRequiredService<HartlineDb>(), ct);
            var demo = scope.ServiceProvider.GetRequiredService<DemoData>();
            if (await demo.IsLoadedAsync(ct)) { Console.WriteLine("Demo data is already loaded."); return HartlineCli.Ok; }
            ServeCommand.PrintSignIns(await demo.LoadAsync(ct));
            return HartlineCli.Ok;
        }));
        return command;
    }
}
