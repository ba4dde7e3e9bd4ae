using System.Text;
using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace AllyGuide.Rendering;

/// <summary>
/// The small markup content may use: paragraphs, <c>*emphasis*</c>, <c>**strong**</c> and links.
/// Raw HTML is never passed through, block syntax (headings, lists, quotes, code) is read as text,
/// and links with any scheme but https, mailto, tel and sms lose their link and keep their words.
/// </summary>
internal static partial class InlineMarkup
{
    private static readonly string[] SafeSchemes = ["https:", "mailto:", "tel:", "sms:"];
    private static readonly MarkdownPipeline Pipeline = CreatePipeline();

    public static SafeHtml ToHtml(string text)
    {
        var document = Parse(text);
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        return new SafeHtml(writer.ToString().TrimEnd('\n'));
    }

    /// <summary>Plain text: paragraphs separated by a blank line, links written as "words (address)".</summary>
    public static string ToPlainText(string text)
    {
        var document = Parse(text);
        var builder = new StringBuilder();
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (builder.Length > 0)
            {
                builder.Append("\n\n");
            }

            if (block.Inline is not null)
            {
                AppendPlain(builder, block.Inline);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// The markup made safe for any Markdown renderer: unsafe links and images reduced to their words, and every
    /// <c>&lt;</c> that does not open a safe autolink escaped, so raw HTML stays text. Safe text is returned exactly as written.
    /// </summary>
    public static string Sanitize(string text)
    {
        text = RawAngle().Replace(text, "\\<");
        var document = Markdown.Parse(text, Pipeline);
        if (!document.Descendants<LinkInline>().Any(IsUnsafe) && !document.Descendants<AutolinkInline>().Any(IsUnsafe))
        {
            return text;
        }

        using var writer = new StringWriter();
        var renderer = new Markdig.Renderers.Normalize.NormalizeRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(Parse(text));
        return writer.ToString().TrimEnd('\n');
    }

    private static bool IsUnsafe(LinkInline link) => link.IsImage || SafeUrl(link.Url) is null;

    private static bool IsUnsafe(AutolinkInline link) => SafeUrl(link.IsEmail ? "mailto:" + link.Url : link.Url) is null;

    /// <summary>Keeps a URL only when its scheme is allowed; otherwise null.</summary>
    public static string? SafeUrl(string? url)
    {
        if (url is null)
        {
            return null;
        }

        var trimmed = url.Trim();
        return SafeSchemes.Any(s => trimmed.StartsWith(s, StringComparison.OrdinalIgnoreCase)) ? trimmed : null;
    }

    private static MarkdownDocument Parse(string text)
    {
        var document = Markdown.Parse(text, Pipeline);
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (IsUnsafe(link))
            {
                var words = new StringBuilder();
                AppendPlain(words, link);
                link.ReplaceBy(new LiteralInline(words.ToString()));
            }
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (IsUnsafe(autolink))
            {
                autolink.ReplaceBy(new LiteralInline(autolink.Url));
            }
        }

        return document;
    }

    private static void AppendPlain(StringBuilder builder, ContainerInline container)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    builder.Append(literal.Content);
                    break;
                case LineBreakInline lineBreak:
                    builder.Append(lineBreak.IsHard ? '\n' : ' ');
                    break;
                case CodeInline code:
                    builder.Append(code.Content);
                    break;
                case AutolinkInline autolink:
                    builder.Append(autolink.Url);
                    break;
                case HtmlEntityInline entity:
                    builder.Append(entity.Transcoded);
                    break;
                case LinkInline { IsImage: false } link:
                    var start = builder.Length;
                    AppendPlain(builder, link);
                    var words = builder.ToString(start, builder.Length - start);
                    var target = link.Url ?? "";
                    var shown = target.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) || target.StartsWith("tel:", StringComparison.OrdinalIgnoreCase)
                        ? target[(target.IndexOf(':', StringComparison.Ordinal) + 1)..]
                        : target;
                    if (shown.Length > 0 && !string.Equals(words, shown, StringComparison.OrdinalIgnoreCase))
                    {
                        builder.Append(" (").Append(shown).Append(')');
                    }

                    break;
                case ContainerInline nested:
                    AppendPlain(builder, nested);
                    break;
            }
        }
    }

    private static MarkdownPipeline CreatePipeline()
    {
        var builder = new MarkdownPipelineBuilder().DisableHtml();
        builder.BlockParsers.RemoveAll(parser => parser is not ParagraphBlockParser);
        return builder.Build();
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<!\\)<(?!(?:https|mailto|tel|sms):[^<>\s]*>)", System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex RawAngle();
}
