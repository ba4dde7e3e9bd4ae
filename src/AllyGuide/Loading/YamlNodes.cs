using System.Collections.Immutable;

namespace AllyGuide.Loading;

/// <summary>A YAML node with its position; the loader's own tree, so that every value can be located.</summary>
internal abstract class YNode(int line, int column)
{
    public int Line { get; } = line;

    public int Column { get; } = column;

    /// <summary>Where the node starts in the text, in characters.</summary>
    public int Start { get; init; }

    /// <summary>Where the node ends in the text, in characters (exclusive).</summary>
    public int End { get; init; }

    /// <summary>The last line holding the node's own text or its children's.</summary>
    public int LastLine { get; init; }

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
    /// <summary>True for <c>[a, b]</c>, false for one <c>- item</c> per line.</summary>
    public bool IsFlow { get; init; }

    public ImmutableArray<YNode> Items { get; } = items;

    public override string Kind => "a list";
}

internal sealed class YMapping(ImmutableArray<KeyValuePair<YScalar, YNode>> entries, int line, int column) : YNode(line, column)
{
    /// <summary>True for <c>{ a: 1 }</c>, false for one key per line.</summary>
    public bool IsFlow { get; init; }

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
