using System.CommandLine;
using Hartline.Linkage.Privacy;

namespace Hartline.Cli;

/// <summary>
/// hartline pprl: privacy-preserving record linkage between agencies. Each agency runs <c>encode</c> on its
/// own persons with the key they share; whoever links runs <c>link</c> on the encoded files, without the key.
/// </summary>
internal static class PprlCommand
{
    public static Command Create() =>
        new("pprl", "Count youth known to several agencies without any name leaving an agency (Bloom-filter linkage)")
        {
            NewKeyCommand(), PprlEncodeCommand.Create(), PprlLinkCommand.Create(),
        };

    private static Command NewKeyCommand()
    {
        var output = new Option<FileInfo>("--output") { Description = "Where to write the new key (refuses to overwrite a file)", Required = true };
        var command = new Command("new-key", "Make a random 256-bit key for the participating agencies to share") { output };
        command.SetAction((parsed, ct) => HartlineCli.Guard(async () =>
        {
            var file = parsed.GetValue(output)!;
            if (file.Exists) throw new UsageException($"--output: {file.FullName} exists; a key is never overwritten (the encodings made with it would be orphaned).");
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            // Readable by its owner only: anyone who reads the key can test guesses against every encoded file.
            if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            await using (var writer = new StreamWriter(file.FullName, EncodedFile.Utf8, options))
                await writer.WriteAsync(LinkageKey.NewKeyFileText());
            Console.Error.WriteLine($"Wrote a new {LinkageKey.MinimumBytes * 8}-bit key to {file.FullName}. Give it to each participating agency over a secure channel, never to the party that links.");
            return HartlineCli.Ok;
        }));
        return command;
    }

    /// <summary>Reads and checks the key file, every problem naming --key-file.</summary>
    internal static LinkageKey ReadKey(FileInfo file)
    {
        if (!file.Exists) throw new UsageException($"--key-file: there is no file {file.FullName}.");
        try { return LinkageKey.FromFileContents(File.ReadAllBytes(file.FullName)); }
        catch (LinkageKeyException e) { throw new UsageException($"--key-file: {file.Name}: {e.Message}"); }
    }
}
