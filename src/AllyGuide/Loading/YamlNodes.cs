using System.Collections.Immutable;

namespace AllyGuide.Loading;

/// <summary>A YAML node with its position; the loader's own tree, so that every value can be located.</summary>
internal abstract class YNode(int line, int column)
{
    public int Line { get; } = line;

    public int Column { get; } = column;

    public abstract string Kind { get; }
}

internal sealed class YScalar(string? value, bool isPlain, int line, int column, bool isBlock = false) : YNode(line, column)
{
    /// <summary>True for '|' and '>' scalars, whose text starts on the next line.</summary>
    public bool IsBlock { get; } = isBlock;

    /// <summary>The text, or null for YAML null (<c>~</c>, <c>null</c> or nothing).</summary>
    public string? Value { get; } = isPlain && value is "" or "~" or "null" or "Null" or "NULL" ? null : value;

    public override string Kind => Value is null ? "nothing" : "text";
}

internal sealed class YSequence(ImmutableArray<YNode> items, int line, int column) : YNode(line, column)
{
    public ImmutableArray<YNode> Items { get; } = items;

    public override string Kind => "a list";
}

internal sealed class YMapping(ImmutableArray<KeyValuePair<YScalar, YNode>> entries, int line, int column) : YNode(line, column)
{
    public ImmutableArray<KeyValuePair<YScalar, YNode>> Entries { get; } = entries;

    public override string Kind => "a mapping";

    public YNode? this[string key]
    {
        get
        {
            foreach (var entry in Entries)
            {
                if (entry.Key.Value == key)
                {
                    return entry.Value;
                }
            }

            return null;
        }
    }
}
