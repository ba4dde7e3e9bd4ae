using System.Collections.Immutable;
using AllyGuide.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace AllyGuide.Loading;

/// <summary>
/// Turns the text of one file into a <see cref="YNode"/> tree, or diagnostics. Never throws for bad input:
/// it bounds nesting without recursion and refuses aliases, so no file can exhaust the stack or memory.
/// Size, binary data and UTF-8 are checked before, by <see cref="ContentFiles"/>.
/// </summary>
internal static class YamlDocumentReader
{
    /// <summary>Parses one document; null when the file is empty or cannot be read, with the reason reported.</summary>
    public static YNode? Read(string text, string path, LoadOptions options, ICollection<Diagnostic> diagnostics)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            diagnostics.Add(DiagnosticDescriptors.EmptyFile.At(path, 0, 0, "The file is empty (or is a pipe or a device, which is never read). Add its content, starting with 'schema: 1'."));
            return null;
        }

        var position = new Position();
        try
        {
            var before = diagnostics.Count;
            var root = Parse(text, path, options, diagnostics, position);
            if (root is null && diagnostics.Count == before)
            {
                // Only comments, '---' or '...': as empty as a file with nothing in it, whatever it looks like.
                diagnostics.Add(DiagnosticDescriptors.EmptyFile.At(path, 1, 1, "The file holds no content, only comments or document markers. Add its content, starting with 'schema: 1'."));
            }

            return root;
        }
        catch (YamlException ex)
        {
            diagnostics.Add(DiagnosticDescriptors.YamlSyntax.At(path, (int)ex.Start.Line, (int)ex.Start.Column,
                $"{TrimYamlMessage(ex.Message)}. Check the indentation, colons and quotes around this position."));
            return null;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or IndexOutOfRangeException or FormatException or OverflowException)
        {
            // YamlDotNet's scanner fails this way on some malformed input; the last good event is as near as it lets us get.
            diagnostics.Add(DiagnosticDescriptors.YamlSyntax.At(path, position.Line, position.Column,
                "The YAML cannot be read after this position. Check the indentation, colons, quotes and brackets that follow."));
            return null;
        }
    }

    private sealed class Position
    {
        public int Line { get; set; } = 1;

        public int Column { get; set; } = 1;
    }

    private static YNode? Parse(string text, string path, LoadOptions options, ICollection<Diagnostic> diagnostics, Position position)
    {
        var parser = new Parser(new StringReader(text));
        var stack = new Stack<Builder>();
        YNode? root = null;
        var documents = 0;
        var aliasReported = false;

        while (parser.MoveNext())
        {
            var current = parser.Current!;
            var line = (int)current.Start.Line;
            var column = (int)current.Start.Column;
            (position.Line, position.Column) = ((int)current.End.Line, (int)current.End.Column);
            switch (current)
            {
                case DocumentStart:
                    if (++documents > 1)
                    {
                        diagnostics.Add(DiagnosticDescriptors.YamlSyntax.At(path, line, column,
                            "A content file holds one YAML document; remove the '---' and everything after it, or move it to its own file."));
                        return root;
                    }

                    break;
                case AnchorAlias:
                    if (!aliasReported)
                    {
                        diagnostics.Add(DiagnosticDescriptors.AliasNotAllowed.At(path, line, column,
                            "Aliases ('*name') are not allowed in content files. Write the value out in full."));
                        aliasReported = true;
                    }

                    Add(new YScalar(null, true, line, column) { Start = (int)current.Start.Index, End = (int)current.End.Index, LastLine = line });
                    break;
                case Scalar scalar:
                    var block = scalar.Style is ScalarStyle.Literal or ScalarStyle.Folded;
                    // A block scalar ends where the next token starts, usually the start of a later line.
                    var lastLine = block && current.End.Column == 1 ? Math.Max(line, (int)current.End.Line - 1) : (int)current.End.Line;
                    Add(new YScalar(scalar.Value, scalar.Style == ScalarStyle.Plain, line, column, block)
                    {
                        Start = (int)current.Start.Index,
                        End = (int)current.End.Index,
                        LastLine = lastLine,
                    });
                    break;
                case SequenceStart:
                case MappingStart:
                    if (stack.Count >= options.MaxDepth)
                    {
                        diagnostics.Add(DiagnosticDescriptors.NestingTooDeep.At(path, line, column,
                            $"The YAML nests more than {options.MaxDepth} levels deep here. Content files need only a few levels; look for unbalanced brackets."));
                        return null;
                    }

                    stack.Push(new Builder(current is MappingStart, line, column, (int)current.Start.Index, current is MappingStart ? ((MappingStart)current).Style == MappingStyle.Flow : ((SequenceStart)current).Style == SequenceStyle.Flow));
                    break;
                case SequenceEnd:
                case MappingEnd:
                    Add(stack.Pop().Build((int)current.End.Index));
                    break;
            }
        }

        return root;

        void Add(YNode node)
        {
            if (stack.Count == 0)
            {
                root = node;
            }
            else
            {
                stack.Peek().Add(node, path, diagnostics);
            }
        }
    }

    private static string TrimYamlMessage(string message)
    {
        // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 20) - (Line: ...): "; the diagnostic carries the position already.
        var index = message.LastIndexOf("): ", StringComparison.Ordinal);
        var trimmed = index >= 0 ? message[(index + 3)..] : message;
        return trimmed.TrimEnd('.');
    }

    private sealed class Builder(bool isMapping, int line, int column, int start, bool flow)
    {
        private readonly ImmutableArray<YNode>.Builder _items = ImmutableArray.CreateBuilder<YNode>();
        private readonly ImmutableArray<KeyValuePair<YScalar, YNode>>.Builder _entries = ImmutableArray.CreateBuilder<KeyValuePair<YScalar, YNode>>();
        private readonly HashSet<string> _keys = new(StringComparer.Ordinal);
        private YScalar? _pendingKey;
        private bool _skipValue;

        public void Add(YNode node, string path, ICollection<Diagnostic> diagnostics)
        {
            if (!isMapping)
            {
                _items.Add(node);
            }
            else if (_skipValue)
            {
                // The value of a key already reported (not text, or a duplicate).
                _skipValue = false;
            }
            else if (_pendingKey is not null)
            {
                _entries.Add(new KeyValuePair<YScalar, YNode>(_pendingKey, node));
                _pendingKey = null;
            }
            else if (node is not YScalar { Value: not null } key)
            {
                diagnostics.Add(DiagnosticDescriptors.WrongType.At(path, node.Line, node.Column,
                    $"A key must be plain text, but this key is {node.Kind}."));
                _skipValue = true;
            }
            else if (!_keys.Add(key.Value))
            {
                diagnostics.Add(DiagnosticDescriptors.DuplicateKey.At(path, key.Line, key.Column,
                    $"The key '{key.Value}' appears more than once in this mapping. Keep one of them."));
                _skipValue = true;
            }
            else
            {
                _pendingKey = key;
            }
        }

        public YNode Build(int end)
        {
            var children = isMapping ? _entries.SelectMany(e => new YNode[] { e.Key, e.Value }) : _items;
            var lastLine = children.Select(c => c.LastLine).DefaultIfEmpty(line).Max();
            return isMapping
                ? new YMapping(_entries.ToImmutable(), line, column) { Start = start, End = end, LastLine = lastLine, IsFlow = flow }
                : new YSequence(_items.ToImmutable(), line, column) { Start = start, End = end, LastLine = lastLine, IsFlow = flow };
        }
    }
}
