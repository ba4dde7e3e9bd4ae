namespace AllyGuide.Rendering;

/// <summary>
/// HTML the renderer itself produced and already escaped. The only value an HTML template prints without escaping;
/// templates cannot create one, so content can never reach the page unescaped.
/// </summary>
internal sealed class SafeHtml(string html)
{
    public string Html { get; } = html;

    public override string ToString() => Html;
}
