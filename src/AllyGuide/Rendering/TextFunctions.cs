using System.Text;
using Scriban.Runtime;

namespace AllyGuide.Rendering;

/// <summary>Functions text templates use to lay out plain text: <c>fill</c> (wrap paragraphs) and <c>underline</c>.</summary>
internal static class TextFunctions
{
    public static ScriptObject Create(int width) => new()
    {
        // fill text indent first_prefix [rest_prefix]: wraps paragraphs to the text width
        ["fill"] = new TemplateFunction(3, 4, (context, args) => Wrap(
            context.ObjectToString(args[0]) ?? "",
            width,
            context.ToInt(context.CurrentSpan, args[1]),
            context.ObjectToString(args[2]) ?? "",
            args.Count > 3 ? context.ObjectToString(args[3]) : null)),

        // underline text character
        ["underline"] = new TemplateFunction(2, 2, (context, args) =>
        {
            var text = context.ObjectToString(args[0]) ?? "";
            var character = context.ObjectToString(args[1]) is { Length: > 0 } c ? c[0] : '=';
            return new string(character, Math.Max(1, text.Length));
        }),
    };

    /// <summary>
    /// Wraps each paragraph at <paramref name="width"/> columns. The first line of each paragraph starts with
    /// <paramref name="firstPrefix"/> and the others with <paramref name="restPrefix"/> (or as many spaces), all after
    /// <paramref name="indent"/> spaces. Words longer than a line (addresses) stay whole.
    /// </summary>
    internal static string Wrap(string text, int width, int indent, string firstPrefix, string? restPrefix)
    {
        restPrefix ??= new string(' ', firstPrefix.Length);
        var pad = new string(' ', Math.Max(0, indent));
        var output = new StringBuilder();
        var paragraphs = text.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var p = 0; p < paragraphs.Length; p++)
        {
            if (p > 0)
            {
                output.Append('\n').Append('\n');
            }

            var prefix = firstPrefix;
            var line = new StringBuilder();
            foreach (var word in paragraphs[p].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            {
                var lead = pad.Length + prefix.Length;
                if (line.Length > 0 && lead + line.Length + 1 + word.Length > width)
                {
                    output.Append(pad).Append(prefix).Append(line).Append('\n');
                    line.Clear();
                    prefix = restPrefix;
                }

                if (line.Length > 0)
                {
                    line.Append(' ');
                }

                line.Append(word);
            }

            output.Append(pad).Append(prefix).Append(line);
        }

        return output.ToString();
    }
}
