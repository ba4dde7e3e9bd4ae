using System.Text.Encodings.Web;
using System.Text.Unicode;
using AllyGuide.Text;

namespace AllyGuide.Rendering;

/// <summary>
/// The only markup a template can ask the renderer for, built safely: a link whose address passes the link policy (or is
/// a relative address of the site) and a time element, their texts escaped. A template cannot make any other markup
/// from values.
/// </summary>
internal static class SafeMarkup
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>An <c>a</c> element, or only the escaped text when the address is neither allowed nor relative.</summary>
    public static SafeHtml Link(string? href, string text, string? cssClass)
    {
        var target = LinkPolicy.SafeUrl(href) ?? (href is { Length: > 0 } && LinkPolicy.SchemeOf(href) is null && !href.StartsWith("//", StringComparison.Ordinal) ? href : null);
        if (target is null)
        {
            return new SafeHtml(Html.Encode(text));
        }

        var classes = string.IsNullOrWhiteSpace(cssClass) ? "" : $" class=\"{Html.Encode(cssClass)}\"";
        return new SafeHtml($"<a{classes} href=\"{Html.Encode(target)}\">{Html.Encode(text)}</a>");
    }

    /// <summary>A <c>time</c> element.</summary>
    public static SafeHtml Time(string datetime, string text) =>
        new($"<time datetime=\"{Html.Encode(datetime)}\">{Html.Encode(text)}</time>");
}
