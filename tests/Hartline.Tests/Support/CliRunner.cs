using Hartline.Cli;

namespace Hartline.Tests.Support;

/// <summary>The real command line in-process, standard error captured (tests using it belong to the Console collection).</summary>
internal static class CliRunner
{
    public static async Task<(int Code, string Err)> Run(params string[] args)
    {
        var stderr = Console.Error;
        using var e = new StringWriter();
        Console.SetError(e);
        try { return (await HartlineCli.RunAsync(args), e.ToString()); }
        finally { Console.SetError(stderr); }
    }

    /// <summary>The command line with both its output and its errors captured.</summary>
    public static async Task<(int Code, string Out, string Err)> RunCaptured(params string[] args)
    {
        var (stdout, stderr) = (Console.Out, Console.Error);
        using var o = new StringWriter();
        using var e = new StringWriter();
        Console.SetOut(o);
        Console.SetError(e);
        try { return (await HartlineCli.RunAsync(args), o.ToString(), e.ToString()); }
        finally { Console.SetOut(stdout); Console.SetError(stderr); }
    }
}
