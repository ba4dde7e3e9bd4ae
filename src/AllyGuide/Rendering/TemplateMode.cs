namespace AllyGuide.Rendering;

/// <summary>How a template's output is treated.</summary>
public enum TemplateMode
{
    /// <summary>HTML: every value the template prints is escaped unless the renderer made it as safe HTML.</summary>
    Html,

    /// <summary>Plain text: values are printed as they are, markup becomes plain text, and <c>fill</c> and <c>underline</c> lay it out.</summary>
    Text,
}
