using System.Collections.Immutable;

namespace AllyGuide.Loading;

/// <summary>Where a value was written: the file as the content source names it, and a 1-based line and column.</summary>
public readonly record struct SourceLocation
{
    /// <summary>The file, as the content source names it for people.</summary>
    public string File { get; init; }

    /// <summary>1-based line, or 0 for the whole file.</summary>
    public int Line { get; init; }

    /// <summary>1-based column, or 0 for the whole file.</summary>
    public int Column { get; init; }

    /// <summary>True for a '|' or '>' block, whose text starts on the next line.</summary>
    internal bool IsBlock { get; init; }
}

/// <summary>
/// Where every value the loader read was written, so that later stages can place what they find: a model object
/// (topic, section, tip, phrase, source, crisis region, service, contact, locale, interface strings, or the guide itself),
/// one of its keys, or one item of a list. Built by loading; read-only afterwards.
/// </summary>
public sealed class SourceMap
{
    private readonly Dictionary<object, Unit> _units = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, string[]> _lines = new(StringComparer.Ordinal);
    private readonly List<string> _files = [];

    internal SourceMap()
    {
    }

    /// <summary>Every file read, as the content source names it, in the order it was read.</summary>
    public ImmutableArray<string> Files => [.. _files];

    /// <summary>Topic ids (or file names) whose file could not be read into a topic; references to them are not reported again.</summary>
    internal HashSet<string> FailedTopics { get; } = new(StringComparer.Ordinal);

    /// <summary>Source ids whose entry could not be read into a source.</summary>
    internal HashSet<string> FailedSources { get; } = new(StringComparer.Ordinal);

    /// <summary>True when a sources file could not be read at all, so missing sources say nothing.</summary>
    internal bool SourcesUnreadable { get; set; }

    /// <summary>Where <paramref name="unit"/> was written, or null when it was not read from a file.</summary>
    public SourceLocation? Locate(object unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return _units.TryGetValue(unit, out var entry) ? entry.Start : null;
    }

    /// <summary>Where the value of <paramref name="key"/> in <paramref name="unit"/> was written, or null when it was not.</summary>
    public SourceLocation? Locate(object unit, string key)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return _units.TryGetValue(unit, out var entry) && entry.Values.TryGetValue(key, out var value) ? value : null;
    }

    /// <summary>Where item <paramref name="index"/> of the list under <paramref name="key"/> was written, or null.</summary>
    public SourceLocation? Locate(object unit, string key, int index)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return _units.TryGetValue(unit, out var entry) && entry.Items.TryGetValue(key, out var items) && index >= 0 && index < items.Length
            ? items[index]
            : null;
    }

    internal void AddFile(string file, string? text)
    {
        _files.Add(file);
        if (text is not null)
        {
            _lines[file] = text.ReplaceLineEndings("\n").Split('\n');
        }
    }

    /// <summary>Records a unit read from the mapping at <paramref name="node"/>: where it starts, each key's value and each list item.</summary>
    internal void Add(object unit, string file, YMapping node)
    {
        var values = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        var items = new Dictionary<string, ImmutableArray<SourceLocation>>(StringComparer.Ordinal);
        foreach (var (key, value) in node.Entries)
        {
            values[key.Value!] = At(file, value);
            if (value is YSequence sequence)
            {
                items[key.Value!] = [.. sequence.Items.Select(item => At(file, item))];
            }
        }

        _units[unit] = new Unit(At(file, node), values, items);
    }

    /// <summary>
    /// Where <paramref name="words"/> appear in the value written at <paramref name="at"/>: the first line at or after
    /// the value's start that holds them (block text starts on the next line), or the value's start.
    /// </summary>
    internal SourceLocation Find(SourceLocation at, string words, int lineOffset)
    {
        if (!_lines.TryGetValue(at.File, out var lines))
        {
            return at;
        }

        for (var line = at.Line + lineOffset; line >= at.Line && line <= lines.Length && line <= at.Line + lineOffset + 2; line++)
        {
            var column = lines[line - 1].IndexOf(words, StringComparison.OrdinalIgnoreCase);
            if (column >= 0 && (line != at.Line || column + 1 >= at.Column))
            {
                return at with { Line = line, Column = column + 1 };
            }
        }

        return at;
    }

    internal static SourceLocation At(string file, YNode node) =>
        new() { File = file, Line = node.Line, Column = node.Column, IsBlock = node is YScalar { IsBlock: true } };

    private sealed record Unit(SourceLocation Start, Dictionary<string, SourceLocation> Values, Dictionary<string, ImmutableArray<SourceLocation>> Items);
}
