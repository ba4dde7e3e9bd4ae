using System.Text;

namespace AllyGuide.Cli;

/// <summary>
/// Standard output and error as a terminal may read them: a control character other than a new line or a tab is
/// written as the replacement character, so nothing allyguide prints (a quoted file name, a topic's text) can send an
/// escape sequence to the terminal.
/// </summary>
internal sealed class TerminalWriter(TextWriter inner) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    public override IFormatProvider FormatProvider => inner.FormatProvider;

    public override string NewLine
    {
        get => inner.NewLine;
#pragma warning disable CS8765 // The base setter allows null; so does the inner writer.
        set => inner.NewLine = value;
#pragma warning restore CS8765
    }

    public override void Write(char value) => inner.Write(Safe(value));

    public override void Write(string? value) => inner.Write(value is null ? null : Safe(value));

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void WriteLine(string? value) => inner.WriteLine(value is null ? null : Safe(value));

    public override void Flush() => inner.Flush();

    private static char Safe(char c) => char.IsControl(c) && c is not ('\n' or '\t' or '\r') ? '\uFFFD' : c;

    /// <summary>The text with each control character other than a new line or a tab replaced, as this writer writes it.</summary>
    public static string Safe(string text) => text.Any(c => Safe(c) != c) ? string.Concat(text.Select(Safe)) : text;
}
