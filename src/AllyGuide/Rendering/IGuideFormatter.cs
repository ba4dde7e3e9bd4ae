using AllyGuide.Localization;

namespace AllyGuide.Rendering;

/// <summary>Writes a topic in one output format. Implementations are immutable and safe to share between threads.</summary>
public interface IGuideFormatter
{
    /// <summary>The format this formatter writes.</summary>
    OutputFormat OutputFormat { get; }

    /// <summary>The media type of the output, for example <c>text/html</c>.</summary>
    string MediaType { get; }

    /// <summary>Writes <paramref name="topic"/> to <paramref name="output"/>.</summary>
    /// <exception cref="GuideTemplateException">A template failed while rendering; the exception names the template, line and column.</exception>
    void Format(LocalizedTopic topic, TextWriter output);
}
