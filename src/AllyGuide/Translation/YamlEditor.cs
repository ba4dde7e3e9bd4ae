using System.Text;
using AllyGuide.Diagnostics;
using AllyGuide.Loading;

namespace AllyGuide.Translation;

/// <summary>
/// Edits a YAML file as text, so that everything a translator wrote stays exactly as written: comments, order, quotes,
/// blank lines. It only inserts whole lines after a node and replaces single scalars; it never removes or moves a line.
/// Only block style is edited; a flow list or mapping (<c>[a, b]</c>) is left alone.
/// </summary>
internal sealed class YamlEditor
{
    private readonly string _text;
    private readonly List<int> _lineStarts = [0];
    private readonly List<(int Position, int Remove, string Insert, int Order)> _edits = [];

    private YamlEditor(string text, YMapping root)
    {
        _text = text;
        Root = root;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    public YMapping Root { get; }

    public bool Changed => _edits.Count > 0;

    /// <summary>Parses <paramref name="text"/>; null, with the reasons in <paramref name="diagnostics"/>, when it is not a readable mapping.</summary>
    public static YamlEditor? Open(string text, string path, ICollection<Diagnostic> diagnostics)
    {
        var root = YamlDocumentReader.Read(text, path, LoadOptions.Default, diagnostics);
        return root is YMapping mapping ? new YamlEditor(text, mapping) : null;
    }

    /// <summary>Inserts lines (each ending in a newline) after line <paramref name="line"/> (1-based).</summary>
    public void InsertAfterLine(int line, string lines)
    {
        var position = line < _lineStarts.Count ? _lineStarts[line] : _text.Length;
        var prefix = position == _text.Length && _text.Length > 0 && _text[^1] != '\n' ? "\n" : "";
        _edits.Add((position, 0, prefix + lines, _edits.Count));
    }

    /// <summary>Replaces a scalar's text (quotes and block indicators included) with <paramref name="replacement"/>.</summary>
    public void Replace(YNode scalar, string replacement)
    {
        var end = scalar.End;
        // A block scalar runs to the start of the next token; keep the line breaks that end it.
        while (scalar is YScalar { IsBlock: true } && end > scalar.Start && _text[end - 1] == '\n')
        {
            end--;
        }

        _edits.Add((scalar.Start, end - scalar.Start, replacement, _edits.Count));
    }

    /// <summary>The text of a node as written, quotes included.</summary>
    public string Raw(YNode node) => _text[node.Start..Math.Min(node.End, _text.Length)];

    /// <summary>The text with every edit made.</summary>
    public string Apply()
    {
        var result = new StringBuilder(_text);
        foreach (var (position, remove, insert, _) in _edits.OrderByDescending(e => e.Position).ThenByDescending(e => e.Order))
        {
            result.Remove(position, remove).Insert(position, insert);
        }

        return result.ToString();
    }

    /// <summary>The item of a block list whose <c>id</c> is <paramref name="id"/>.</summary>
    public static YMapping? Item(YNode? list, string id) =>
        (list as YSequence)?.Items.OfType<YMapping>().FirstOrDefault(m => (m["id"] as YScalar)?.Value?.Trim() == id);

    /// <summary>The spaces a mapping's keys are indented by.</summary>
    public static int Indent(YMapping mapping) => Math.Max(0, mapping.Column - 1);
}

/// <summary>Writes YAML values and the comments the tools leave for translators.</summary>
internal static class YamlText
{
    /// <summary><c>key: value</c> lines at <paramref name="indent"/> spaces, the value plain, quoted or a literal block as it needs.</summary>
    public static string Entry(string key, string value, int indent)
    {
        var pad = new string(' ', indent);
        return $"{pad}{key}: {Value(value, indent)}\n";
    }

    /// <summary>A scalar for a key at <paramref name="indent"/> spaces: a literal block for several lines, else plain or double-quoted.</summary>
    public static string Value(string value, int indent)
    {
        var text = value.ReplaceLineEndings("\n").TrimEnd('\n');
        if (text.Contains('\n', StringComparison.Ordinal))
        {
            var pad = new string(' ', indent + 2);
            var lines = text.Split('\n').Select(l => l.Length == 0 ? "" : pad + l);
            return "|\n" + string.Join("\n", lines);
        }

        return IsPlain(text) ? text : Quote(text);
    }

    /// <summary>Comment lines showing a source text, for the translator: <c># title (en): ...</c>.</summary>
    public static string Comment(string field, string locale, string text, int indent)
    {
        var pad = new string(' ', indent);
        var lines = text.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        var result = new StringBuilder();
        result.Append(pad).Append("# ").Append(field).Append(" (").Append(locale).Append("): ").Append(lines[0]).Append('\n');
        foreach (var line in lines.Skip(1))
        {
            result.Append(pad).Append('#').Append(line.Length == 0 ? "" : "   " + line).Append('\n');
        }

        return result.ToString();
    }

    /// <summary>True for a comment line the tools wrote (<c># field (en): ...</c> and its continuation lines).</summary>
    public static bool IsToolComment(string line, string locale) =>
        line.TrimStart().StartsWith('#') && (line.Contains($" ({locale}): ", StringComparison.Ordinal) || line.TrimStart() == "#" || line.TrimStart().StartsWith("#   ", StringComparison.Ordinal));

    private static bool IsPlain(string text) =>
        text.Length > 0
        && !char.IsWhiteSpace(text[0]) && !char.IsWhiteSpace(text[^1])
        && "-?:,[]{}#&*!|>'\"%@`".IndexOf(text[0], StringComparison.Ordinal) < 0
        && !text.Contains(": ", StringComparison.Ordinal) && !text.Contains(" #", StringComparison.Ordinal) && !text.EndsWith(':')
        && text is not ("true" or "false" or "null" or "~" or "yes" or "no" or "on" or "off")
        && !double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _)
        && text.All(c => c >= ' ' && c != '\u007f');

    private static string Quote(string text)
    {
        var result = new StringBuilder("\"");
        foreach (var c in text)
        {
            result.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\t' => "\\t",
                _ when c < ' ' => $"\\x{(int)c:X2}",
                _ => c.ToString(),
            });
        }

        return result.Append('"').ToString();
    }
}
