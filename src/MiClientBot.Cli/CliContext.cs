namespace MiClientBot.Cli;

/// <summary>The terminal a command talks to; tests pass string readers and writers.</summary>
internal sealed record CliContext(TextReader In, TextWriter Out, TextWriter Error, bool Interactive)
{
    public static CliContext FromConsole() =>
        new(Console.In, Console.Out, Console.Error, !Console.IsInputRedirected && !Console.IsOutputRedirected);
}
