namespace AllyGuide.Rendering;

/// <summary>A format written by one template of the renderer's <see cref="TemplateSet"/>; the HTML and text formats are three of these.</summary>
/// <param name="format">The format.</param>
/// <param name="template">The template that writes it, for example <c>html/page</c>.</param>
/// <param name="mode">Whether its output is HTML (escaped) or plain text.</param>
public sealed class TemplateFormatter(OutputFormat format, string template, TemplateMode mode) : IGuideFormatter
{
    /// <inheritdoc />
    public OutputFormat Format { get; } = format ?? throw new ArgumentNullException(nameof(format));

    /// <summary>The template's name.</summary>
    public string Template { get; } = string.IsNullOrEmpty(template) ? throw new ArgumentException("A template name is required.", nameof(template)) : template;

    /// <summary>HTML or plain text.</summary>
    public TemplateMode Mode { get; } = mode;

    /// <inheritdoc />
    public void Write(RenderRequest request, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.RenderTemplate(Template, Mode, output);
    }

    /// <inheritdoc />
    public ValueTask WriteAsync(RenderRequest request, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.RenderTemplateAsync(Template, Mode, output, cancellationToken);
    }
}
