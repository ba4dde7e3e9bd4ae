namespace AllyGuide.Cli.Tests;

/// <summary>A pseudo-terminal for tests of what a person at a terminal sees: util-linux <c>script</c>, on Linux.</summary>
internal static class Terminal
{
    public const string Script = "/usr/bin/script";

    public static bool IsAvailable => OperatingSystem.IsLinux() && File.Exists(Script);

    /// <summary>
    /// The escape sequences the .NET runtime itself writes when it starts on a terminal (keypad mode on and off),
    /// which no allyguide option can turn off; what allyguide prints is judged without them.
    /// </summary>
    public static string WithoutRuntimeSequences(string output) =>
        output.Replace("\u001b[?1h\u001b=", "", StringComparison.Ordinal).Replace("\u001b[?1l\u001b>", "", StringComparison.Ordinal);
}

/// <summary>A test that needs <see cref="Terminal"/>; skipped where there is none.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class TerminalFactAttribute : FactAttribute
{
    public TerminalFactAttribute()
    {
        if (!Terminal.IsAvailable)
        {
            Skip = "Needs util-linux script (Linux) for a pseudo-terminal.";
        }
    }
}

/// <summary>A test that sends POSIX signals; skipped on Windows.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "Sends POSIX signals.";
        }
    }
}
