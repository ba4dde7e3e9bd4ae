using System.Text.RegularExpressions;
using AllyGuide.Validation;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace AllyGuide.Loading;

/// <summary>Checks shared by every text value: no raw HTML, safe link schemes, well-formed ids and URLs.</summary>
internal static partial class TextRules
{
    private static readonly MarkdownPipeline DetectionPipeline = new MarkdownPipelineBuilder().UsePreciseSourceLocation().Build();

    /// <summary>The link schemes content may use.</summary>
    public static readonly string[] AllowedSchemes = ["https", "mailto", "tel", "sms"];

    /// <summary>Ids that would collide with the site's own pages.</summary>
    public static readonly string[] ReservedIds = ["index", "crisis", "assets"];

    public static bool IsValidId(string id) => id.Length <= 64 && IdPattern().IsMatch(id);

    public static void CheckId(FileReader file, string id, YNode? node, string what)
    {
        if (!IsValidId(id))
        {
            file.Report(DiagnosticDescriptors.InvalidId, node,
                $"The id '{id}' of {what} is not valid. Use lowercase letters, digits and hyphens, starting with a letter, at most 64 characters.");
        }
    }

    /// <summary>A plain-text field: no markup at all, so any tag is raw HTML.</summary>
    public static void CheckPlain(FileReader file, string text, YNode? node, string what)
    {
        var match = HtmlTag().Match(text);
        if (match.Success)
        {
            file.Report(DiagnosticDescriptors.RawHtml, node,
                $"{what} contains raw HTML ('{Shorten(match.Value)}'). Remove it; write plain text.");
        }
    }

    /// <summary>A text field with inline markup: checks for raw HTML and for links with unsafe schemes.</summary>
    public static void CheckMarkup(FileReader file, string text, YNode? node, string what)
    {
        var document = Markdown.Parse(text, DetectionPipeline);
        foreach (var item in document.Descendants())
        {
            switch (item)
            {
                case HtmlBlock or HtmlInline:
                    file.Report(DiagnosticDescriptors.RawHtml, Locate(node, item),
                        $"{what} contains raw HTML ('{Shorten(Slice(text, item))}'). Remove it; use *emphasis*, **strong** and [text](https://...) links instead.");
                    break;
                case LinkInline link when link.Url is not null:
                    CheckUrl(file, link.Url, Locate(node, item), $"A link in {what.ToLowerInvariant()}", allowAnyAllowedScheme: true);
                    break;
                case AutolinkInline autolink:
                    CheckUrl(file, autolink.Url, Locate(node, item), $"A link in {what.ToLowerInvariant()}", allowAnyAllowedScheme: true);
                    break;
            }
        }
    }

    /// <summary>A URL field or link target.</summary>
    /// <returns>True when the URL is acceptable.</returns>
    public static bool CheckUrl(FileReader file, string url, YNode? node, string what, bool allowAnyAllowedScheme)
    {
        var colon = url.IndexOf(':', StringComparison.Ordinal);
        var scheme = colon > 0 ? url[..colon].Trim().ToLowerInvariant() : null;
        if (scheme is not null && !SchemePattern().IsMatch(scheme))
        {
            scheme = null;
        }

        if (scheme is not null && !(allowAnyAllowedScheme ? AllowedSchemes.Contains(scheme) : scheme == "https"))
        {
            var allowed = allowAnyAllowedScheme ? "https:, mailto:, tel: or sms:" : "https:";
            file.Report(DiagnosticDescriptors.LinkScheme, node, $"{what} uses the '{scheme}:' scheme ('{Shorten(url)}'). Only {allowed} is allowed.");
            return false;
        }

        var valid = scheme switch
        {
            "https" => Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host.Length > 0,
            null => false,
            _ => url.Length > colon + 1,
        };
        if (!valid)
        {
            file.Report(DiagnosticDescriptors.InvalidUrl, node, $"{what} ('{Shorten(url)}') is not a complete address. Write it in full, for example https://www.example.org/page.");
        }

        return valid;
    }

    /// <summary>The position of a Markdig node inside a YAML scalar, as near as the scalar's style allows.</summary>
    private static YNode? Locate(YNode? scalar, MarkdownObject item) =>
        scalar is YScalar { IsBlock: true } block
            ? new YScalar(null, true, block.Line + 1 + item.Line, block.Column)
            : scalar;

    private static string Slice(string text, MarkdownObject item) =>
        item.Span.Start >= 0 && item.Span.End < text.Length && item.Span.Length > 0 ? text.Substring(item.Span.Start, item.Span.Length) : text;

    private static string Shorten(string text)
    {
        text = text.ReplaceLineEndings(" ").Trim();
        return text.Length <= 40 ? text : text[..40] + "...";
    }

    [GeneratedRegex("^[a-z][a-z0-9-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[a-z][a-z0-9+.-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex SchemePattern();

    [GeneratedRegex(@"<\s*/?\s*[A-Za-z!?][^>]*>|<\s*/?\s*[A-Za-z][A-Za-z0-9-]*[\s/]", RegexOptions.CultureInvariant)]
    private static partial Regex HtmlTag();
}
