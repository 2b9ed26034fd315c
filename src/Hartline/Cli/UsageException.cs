namespace Hartline.Cli;

/// <summary>Bad arguments or bad input: the CLI prints the message (which names the argument or line) and exits 2.</summary>
public sealed class UsageException(string message) : Exception(message);
