using AllyGuide.Json;
using AllyGuide.Localization;

namespace AllyGuide.Rendering;

/// <summary>
/// What a formatter receives for one render: the topic, the renderer's options, and the topic already projected for
/// output (links held to the link policy, dates written, the crisis region chosen from the options), so every format
/// shows the same things.
/// </summary>
public sealed class RenderRequest
{
    private readonly GuideRenderer _renderer;
    private TopicDocument? _document;

    internal RenderRequest(GuideRenderer renderer, LocalizedTopic topic)
    {
        _renderer = renderer;
        Topic = topic;
    }

    /// <summary>The topic to write.</summary>
    public LocalizedTopic Topic { get; }

    /// <summary>The renderer's options, including the crisis region the reader chose.</summary>
    public RendererOptions Options => _renderer.Options;

    /// <summary>The topic as every format shows it: the JSON contract, with the crisis region of <see cref="Options"/> first.</summary>
    public TopicDocument Document => _document ??= GuideJson.ToDocument(Topic, Options.Region);

    /// <summary>Renders the topic through one of the renderer's templates, for example a host's own <c>markdown/topic</c>.</summary>
    /// <exception cref="GuideTemplateException">The template is missing or failed while rendering.</exception>
    public void RenderTemplate(string name, TemplateMode mode, TextWriter output)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(output);
        _renderer.RunTopicTemplate(this, name, mode, output);
    }

    /// <summary>Renders the topic through a template without blocking on I/O.</summary>
    /// <exception cref="GuideTemplateException">The template is missing or failed while rendering.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public ValueTask RenderTemplateAsync(string name, TemplateMode mode, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(output);
        return _renderer.RunTopicTemplateAsync(this, name, mode, output, cancellationToken);
    }
}
