using System.Globalization;
using System.Text;

namespace AllyGuide.Rendering;

/// <summary>
/// Where one page is rendered before anyone sees it: in memory, bounded by the output limit. A page that would pass
/// the limit stops with <see cref="OutputLimitException"/> instead of being cut short, and a page is written to its
/// real destination only once it is whole and checked.
/// </summary>
internal sealed class PageWriter(int maxChars) : StringWriter(CultureInfo.InvariantCulture)
{
    public int MaxChars { get; } = maxChars;

    /// <summary>The templates that wrote this page, in the order they ran, so a problem with the page can name the likely one.</summary>
    public List<string> Templates { get; } = [];

    public override void Write(char value)
    {
        Reserve(1);
        base.Write(value);
    }

    public override void Write(char[] buffer, int index, int count)
    {
        Reserve(count);
        base.Write(buffer, index, count);
    }

    public override void Write(ReadOnlySpan<char> buffer)
    {
        Reserve(buffer.Length);
        base.Write(buffer);
    }

    public override void Write(string? value)
    {
        Reserve(value?.Length ?? 0);
        base.Write(value);
    }

    public override void Write(StringBuilder? value)
    {
        Reserve(value?.Length ?? 0);
        base.Write(value);
    }

    public override Task WriteAsync(char value)
    {
        Write(value);
        return Task.CompletedTask;
    }

    public override Task WriteAsync(string? value)
    {
        Write(value);
        return Task.CompletedTask;
    }

    public override Task WriteAsync(char[] buffer, int index, int count)
    {
        Write(buffer, index, count);
        return Task.CompletedTask;
    }

    public override Task WriteAsync(ReadOnlyMemory<char> buffer, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Write(buffer.Span);
        return Task.CompletedTask;
    }

    public override Task WriteAsync(StringBuilder? value, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Write(value);
        return Task.CompletedTask;
    }

    public override Task WriteLineAsync(string? value)
    {
        WriteLine(value);
        return Task.CompletedTask;
    }

    private void Reserve(int count)
    {
        if ((long)GetStringBuilder().Length + count > MaxChars)
        {
            throw new OutputLimitException(MaxChars);
        }
    }
}

/// <summary>A page reached the output limit.</summary>
internal sealed class OutputLimitException(int maxChars) : Exception($"The page is longer than {maxChars:N0} characters.")
{
    public int MaxChars { get; } = maxChars;

    /// <summary>The templates that wrote this page, in the order they ran, so a problem with the page can name the likely one.</summary>
    public List<string> Templates { get; } = [];
}
