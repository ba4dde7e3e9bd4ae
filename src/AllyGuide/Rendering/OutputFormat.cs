namespace AllyGuide.Rendering;

/// <summary>The formats a topic renders to.</summary>
public enum OutputFormat
{
    /// <summary>A complete HTML document.</summary>
    Html,

    /// <summary>An HTML fragment for embedding in a host page (no <c>html</c>, <c>head</c> or <c>body</c>).</summary>
    HtmlFragment,

    /// <summary>Wrapped plain text for terminals, SMS and email.</summary>
    Text,

    /// <summary>JSON, for apps that lay out the guidance themselves.</summary>
    Json,
}
