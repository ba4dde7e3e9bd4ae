using System.Text;
using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace AllyGuide.Text;

/// <summary>
/// The small markup content may use: paragraphs, <c>*emphasis*</c>, <c>**strong**</c> and links. The one place markup is
/// read, for every stage: validation inspects it, lints measure its words, renderers turn it into HTML or plain text.
/// Raw HTML is never passed through, block syntax (headings, lists, quotes, code) is read as text,
/// and links with a scheme <see cref="LinkPolicy"/> does not allow lose their link and keep their words.
/// </summary>
internal static partial class InlineMarkup
{
    private static readonly MarkdownPipeline Pipeline = CreatePipeline();

    // Validation reads raw HTML as HTML, so it can be reported where it was written.
    private static readonly MarkdownPipeline InspectionPipeline = new MarkdownPipelineBuilder().UsePreciseSourceLocation().Build();

    /// <summary>Safe HTML: paragraphs, emphasis and allowed links; everything else escaped.</summary>
    public static string ToHtml(string text)
    {
        var document = Parse(text);
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        return writer.ToString().TrimEnd('\n');
    }

    /// <summary>Plain text for readers: paragraphs separated by a blank line, links written as "words (address)".</summary>
    public static string ToPlainText(string text) => Plain(text, withLinkTargets: true);

    /// <summary>Only the words a reader reads, paragraphs separated by a blank line: what readability is measured on.</summary>
    public static string ToWords(string text) => Plain(text, withLinkTargets: false);

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

    /// <summary>What validation needs to know of a markup text: its raw HTML and its link targets, each with its line.</summary>
    public static IEnumerable<MarkupFinding> Inspect(string text)
    {
        var document = Markdown.Parse(text, InspectionPipeline);
        foreach (var item in document.Descendants())
        {
            switch (item)
            {
                case HtmlBlock or HtmlInline:
                    yield return new MarkupFinding(MarkupFindingKind.RawHtml, Slice(text, item), item.Line);
                    break;
                case LinkInline link when link.Url is not null:
                    yield return new MarkupFinding(MarkupFindingKind.Link, link.Url, item.Line);
                    break;
                case AutolinkInline autolink:
                    yield return new MarkupFinding(MarkupFindingKind.Link, autolink.Url, item.Line);
                    break;
            }
        }
    }

    private static string Slice(string text, MarkdownObject item) =>
        item.Span.Start >= 0 && item.Span.End < text.Length && item.Span.Length > 0 ? text.Substring(item.Span.Start, item.Span.Length) : text;

    private static bool IsUnsafe(LinkInline link) => link.IsImage || LinkPolicy.SafeUrl(link.Url) is null;

    private static bool IsUnsafe(AutolinkInline link) => LinkPolicy.SafeUrl(link.IsEmail ? "mailto:" + link.Url : link.Url) is null;

    private static string Plain(string text, bool withLinkTargets)
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
                AppendPlain(builder, block.Inline, withLinkTargets);
            }
        }

        return builder.ToString();
    }

    private static MarkdownDocument Parse(string text)
    {
        var document = Markdown.Parse(text, Pipeline);
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (IsUnsafe(link))
            {
                var words = new StringBuilder();
                AppendPlain(words, link, withLinkTargets: true);
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

    private static void AppendPlain(StringBuilder builder, ContainerInline container, bool withLinkTargets)
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
                    AppendPlain(builder, link, withLinkTargets);
                    if (!withLinkTargets)
                    {
                        break;
                    }

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
                    AppendPlain(builder, nested, withLinkTargets);
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

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<!\\)<(?!(?:" + LinkPolicy.SchemePattern + @"):[^<>\s]*>)", System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex RawAngle();
}

/// <summary>What <see cref="InlineMarkup.Inspect"/> found.</summary>
internal enum MarkupFindingKind
{
    RawHtml,
    Link,
}

/// <summary>Raw HTML or a link target in markup, with its 0-based line inside the text.</summary>
internal readonly record struct MarkupFinding(MarkupFindingKind Kind, string Text, int Line);
