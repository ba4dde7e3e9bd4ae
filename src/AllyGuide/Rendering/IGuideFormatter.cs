using System.Globalization;

namespace AllyGuide.Rendering;

/// <summary>
/// Writes a topic in one output format. Register one in <see cref="RendererOptions.Formatters"/> to add a format
/// (Markdown for a chat app, a short SMS, ...). Implementations are immutable and safe to share between threads.
/// </summary>
public interface IGuideFormatter
{
    /// <summary>The format this formatter writes.</summary>
    OutputFormat Format { get; }

    /// <summary>Writes the topic of <paramref name="request"/> to <paramref name="output"/>.</summary>
    /// <exception cref="GuideTemplateException">A template failed while rendering; the exception names the template, line and column.</exception>
    void Write(RenderRequest request, TextWriter output);

    /// <summary>
    /// Writes without blocking on I/O. By default the output is made in memory by <see cref="Write"/> and then written
    /// asynchronously; formatters that can stream override it.
    /// </summary>
    async ValueTask WriteAsync(RenderRequest request, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var buffer = new StringWriter(CultureInfo.InvariantCulture);
        Write(request, buffer);
        await output.WriteAsync(buffer.GetStringBuilder(), cancellationToken).ConfigureAwait(false);
    }
}
