namespace AllyGuide.Cli;

/// <summary>The process exit codes, documented in the README.</summary>
internal static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>The content has errors (or, with --strict, warnings).</summary>
    public const int ContentErrors = 1;

    /// <summary>The command line is wrong: unknown option, missing argument, unknown topic or format.</summary>
    public const int Usage = 2;

    /// <summary>The output could not be written, or the output folder holds files allyguide did not write.</summary>
    public const int Output = 3;

    /// <summary>A template is missing, does not parse, or failed while rendering.</summary>
    public const int Template = 4;

    /// <summary>An unexpected internal error; the message says what happened, without a stack trace.</summary>
    public const int Internal = 70;
}
