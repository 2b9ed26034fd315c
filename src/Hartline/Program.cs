// Hartline: one program with three faces (web UI, JSON API, CLI). See Cli/HartlineCli.cs for the commands.
return await Hartline.Cli.HartlineCli.RunAsync(args);

/// <summary>Entry point type, public so integration tests can host the app with WebApplicationFactory.</summary>
public partial class Program;
