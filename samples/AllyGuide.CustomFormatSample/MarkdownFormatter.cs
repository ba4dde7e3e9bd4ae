using System.Text;
using System.Text.RegularExpressions;
using AllyGuide.Json;
using AllyGuide.Rendering;

namespace AllyGuide.CustomFormatSample;

/// <summary>
/// Writes a topic as Markdown (CommonMark), for a chat app or a page of notes: the crisis lines first, as in every
/// format, then each section with its tips and phrases, the related topics and the sources. Every value from the
/// content is escaped, so a <c>*</c>, <c>#</c> or <c>&amp;</c> in a name or a title stays that character and never
/// becomes emphasis, a heading or an entity. Text written with the guide's inline markup keeps its emphasis and
/// links, which are Markdown already.
/// </summary>
internal sealed partial class MarkdownFormatter : IGuideFormatter
{
    /// <summary>The format: <c>md</c>, <c>text/markdown</c>.</summary>
    public static OutputFormat Markdown { get; } = new("md", "text/markdown");

    /// <inheritdoc />
    public OutputFormat Format => Markdown;

    /// <inheritdoc />
    public void Write(RenderRequest request, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(output);

        // The projection every format renders from: links already held to the link policy, the crisis region chosen.
        var document = request.Document;
        var topic = document.Topic;
        var ui = request.Topic.Ui;

        output.WriteLine($"# {Escape(topic.Title)}");
        output.WriteLine();
        output.WriteLine(Escape(topic.Summary));
        output.WriteLine();

        // The renderer checks the output of every format, this one included, for the region's crisis lines and
        // emergency number (AG0042): a formatter that leaves them out fails instead of publishing the page.
        var crisis = document.Crisis;
        output.WriteLine($"## {Escape(ui["crisis_heading"])}");
        output.WriteLine();
        output.WriteLine(Escape(ui["crisis_intro"]));
        output.WriteLine();
        foreach (var service in crisis.Region.Services)
        {
            // A number shows in its label ("Call 988"), an address in its link.
            output.WriteLine($"- **{Escape(service.Name)}**: {string.Join(", ", service.Contacts.Select(c => Link(c.Label, c.Href)))}");
        }

        if (crisis.Region.Emergency is { } emergency)
        {
            output.WriteLine($"- {Fill(ui["crisis_emergency"], "number", Link(emergency, crisis.Region.EmergencyHref))}");
        }

        if (crisis.Region.Id != crisis.Fallback.Id)
        {
            output.WriteLine($"- {Escape(ui["crisis_elsewhere"])} {string.Join(", ", crisis.Fallback.Services.Select(s => Link(s.Name, s.Url)))}");
        }
        else
        {
            // No checked line for the reader's country: say what the directory of helplines offers.
            foreach (var service in crisis.Region.Services)
            {
                output.WriteLine();
                output.WriteLine(Escape(service.Description));
            }
        }

        foreach (var section in topic.Sections)
        {
            output.WriteLine();
            output.WriteLine($"## {Escape(section.Title)}");
            if (section.Body.Markup.Length > 0)
            {
                output.WriteLine();
                output.WriteLine(Paragraphs(section.Body, indent: ""));
            }

            if (section.Tips.Count > 0)
            {
                output.WriteLine();
            }

            foreach (var tip in section.Tips)
            {
                output.WriteLine($"- {Paragraphs(tip.Text, indent: "  ")}");
                foreach (var phrase in tip.TrySaying)
                {
                    output.WriteLine($"  - {Escape(ui["try_saying"])}: \"{Escape(phrase.Text)}\"");
                }

                foreach (var phrase in tip.AvoidSaying)
                {
                    output.WriteLine($"  - {Escape(ui["avoid_saying"])}: \"{Escape(phrase.Text)}\"{(phrase.Why is { } why ? " " + Escape(why) : "")}");
                }
            }
        }

        if (topic.Related.Count > 0)
        {
            output.WriteLine();
            output.WriteLine($"## {Escape(ui["related_topics"])}");
            output.WriteLine();
            foreach (var related in topic.Related)
            {
                // The host's own address for a topic, as the HTML formats link it.
                var url = request.Options.TopicUrl.Replace("{id}", Uri.EscapeDataString(related.Id), StringComparison.Ordinal);
                output.WriteLine($"- {Link(related.Title, url)}");
            }
        }

        output.WriteLine();
        output.WriteLine($"## {Escape(ui["sources"])}");
        output.WriteLine();
        foreach (var source in topic.Sources)
        {
            output.WriteLine($"- {Link(source.Title, source.Url)}, {Escape(source.Organization)}");
        }

        // The content is CC BY 4.0: a copy pasted into a chat keeps its credit.
        output.WriteLine();
        output.WriteLine($"{Escape(ui["license_line"])} {Link("CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/")}.");
    }

    /// <summary>
    /// Plain text for any place inside a line: a backslash before every character CommonMark (or GitHub's tables and
    /// strikethrough) could read as markup, and before a leading <c>-</c>, <c>+</c>, <c>=</c> or <c>1.</c> that would
    /// start a list or underline a heading. Line breaks become spaces, so a value never starts a block of its own.
    /// </summary>
    internal static string Escape(string text)
    {
        var line = text.ReplaceLineEndings(" ").Trim();
        var escaped = new StringBuilder(line.Length + 8);
        foreach (var c in line)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '&' or '#' or '|' or '~')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return LeadingMarker().Replace(escaped.ToString(), @"$0\", 1);
    }

    /// <summary>
    /// Text with the guide's inline markup (<c>*emphasis*</c>, <c>**strong**</c>, links), kept as Markdown: the library
    /// has already reduced unsafe links to their words and escaped raw HTML. The guide reads every line of it as
    /// paragraph text, but a Markdown reader would not, so a line that would open a heading, quote, list, code block,
    /// rule, table or link definition gets a backslash first. Continuation lines are indented for a list item.
    /// </summary>
    internal static string Paragraphs(RichText text, string indent)
    {
        var lines = text.Markup.ReplaceLineEndings("\n").Split('\n').Select(line =>
        {
            var trimmed = line.Trim();
            trimmed = BlockStart().Replace(trimmed, @"\$0", 1);
            return LeadingMarker().Replace(trimmed, @"$0\", 1);
        });
        return string.Join("\n", lines.Select((line, i) => i == 0 || line.Length == 0 ? line : indent + line));
    }

    /// <summary>A link, or only the escaped words when there is no address the library allowed.</summary>
    private static string Link(string text, string? href) =>
        string.IsNullOrEmpty(href)
            ? Escape(text)
            : href.Any(c => c is ' ' or '(' or ')' or '<' or '>')
                // In angle brackets, spaces and parentheses cannot end the address early.
                ? $"[{Escape(text)}](<{href.Replace("<", "%3C", StringComparison.Ordinal).Replace(">", "%3E", StringComparison.Ordinal)}>)"
                : $"[{Escape(text)}]({href})";

    /// <summary>An interface string with its one placeholder filled by Markdown already made.</summary>
    private static string Fill(string pattern, string placeholder, string markdown) =>
        Escape(pattern).Replace("{" + placeholder + "}", markdown, StringComparison.Ordinal);

    /// <summary>
    /// Where a backslash goes at the start of a value: before <c>-</c> or <c>+</c> and a space (a list item), before
    /// <c>=</c> (a heading's underline), or after the number of <c>1.</c> or <c>1)</c> and a space (an ordered list item).
    /// </summary>
    [GeneratedRegex(@"^(?=[-+](?:\s|$)|=)|^\d{1,9}(?=[.)](?:\s|$))", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingMarker();

    /// <summary>
    /// The first character of a line that opens a block: a heading (<c>#</c>), a quote (<c>&gt;</c>), a table row
    /// (<c>|</c>), a list item (<c>-</c>, <c>+</c>, <c>*</c> and a space), a fence (<c>```</c>, <c>~~~</c>), a link
    /// definition (<c>[x]:</c>), or a line of only <c>-*_=:|</c> and spaces (a rule, a heading's underline, a table's
    /// delimiter row).
    /// </summary>
    [GeneratedRegex(@"^(?:#|>|\||[-+*](?=\s|$)|`(?=``)|~(?=~~)|\[(?=[^\]]*\]:)|[-*_=:|](?=[-*_=:|\s]*$))", RegexOptions.CultureInvariant)]
    private static partial Regex BlockStart();
}
