using System.Collections.Immutable;
using System.Text;
using AllyGuide.Validation;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace AllyGuide.Loading;

/// <summary>
/// Turns the bytes of one file into a <see cref="YNode"/> tree, or diagnostics. Never throws for bad input:
/// it caps size before parsing, rejects binary data and invalid UTF-8, bounds nesting without recursion
/// and refuses aliases, so no file can exhaust the stack or memory.
/// </summary>
internal static class YamlDocumentReader
{
    public static YNode? Read(byte[] bytes, string path, LoadOptions options, List<Diagnostic> diagnostics) => Read(bytes, path, options, diagnostics, out _);

    /// <summary>Reads a file, also handing back its decoded text (null when it could not be decoded).</summary>
    public static YNode? Read(byte[] bytes, string path, LoadOptions options, List<Diagnostic> diagnostics, out string? text)
    {
        text = null;
        if (bytes.Length > options.MaxFileBytes)
        {
            diagnostics.Add(DiagnosticDescriptors.FileTooLarge.At(path, 0, 0,
                $"The file is {bytes.Length:N0} bytes; the limit is {options.MaxFileBytes:N0} bytes. Split it into smaller files."));
            return null;
        }

        text = Decode(bytes, path, diagnostics);
        if (text is null)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            diagnostics.Add(DiagnosticDescriptors.EmptyFile.At(path, 0, 0, "The file is empty. Add its content, starting with 'schema: 1'."));
            return null;
        }

        var position = new Position();
        try
        {
            return Parse(text, path, options, diagnostics, position);
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

    private static string? Decode(byte[] bytes, string path, List<Diagnostic> diagnostics)
    {
        var span = bytes.AsSpan();
        if (span.StartsWith("\uFEFF"u8))
        {
            span = span[3..];
        }

        var nul = span.IndexOf((byte)0);
        if (nul >= 0)
        {
            var (line, column) = Locate(span[..nul]);
            diagnostics.Add(DiagnosticDescriptors.BinaryFile.At(path, line, column,
                "The file contains binary data (a NUL byte), not text. Replace it with a UTF-8 YAML file."));
            return null;
        }

        if (System.Text.Unicode.Utf8.IsValid(span))
        {
            return Encoding.UTF8.GetString(span);
        }

        var valid = 0;
        while (valid < span.Length)
        {
            var status = System.Text.Rune.DecodeFromUtf8(span[valid..], out _, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                break;
            }

            valid += consumed;
        }

        var (badLine, badColumn) = Locate(span[..valid]);
        diagnostics.Add(DiagnosticDescriptors.InvalidUtf8.At(path, badLine, badColumn,
            $"Byte 0x{span[valid]:X2} is not valid UTF-8. Save the file as UTF-8 in your editor."));
        return null;
    }

    private static (int Line, int Column) Locate(ReadOnlySpan<byte> before)
    {
        var line = 1;
        var lastNewLine = -1;
        for (var i = 0; i < before.Length; i++)
        {
            if (before[i] == (byte)'\n')
            {
                line++;
                lastNewLine = i;
            }
        }

        var column = Encoding.UTF8.GetCharCount(before[(lastNewLine + 1)..]) + 1;
        return (line, column);
    }

    private static YNode? Parse(string text, string path, LoadOptions options, List<Diagnostic> diagnostics, Position position)
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
                case DocumentStart start when !start.IsImplicit || documents > 0:
                    documents++;
                    if (documents > 1)
                    {
                        diagnostics.Add(DiagnosticDescriptors.YamlSyntax.At(path, line, column,
                            "A content file holds one YAML document; remove the '---' and everything after it, or move it to its own file."));
                        return root;
                    }

                    break;
                case DocumentStart:
                    documents++;
                    break;
                case AnchorAlias:
                    if (!aliasReported)
                    {
                        diagnostics.Add(DiagnosticDescriptors.AliasNotAllowed.At(path, line, column,
                            "Aliases ('*name') are not allowed in content files. Write the value out in full."));
                        aliasReported = true;
                    }

                    if (!Add(new YScalar(null, true, line, column)))
                    {
                        return null;
                    }

                    break;
                case Scalar scalar:
                    if (!Add(new YScalar(scalar.Value, scalar.Style == ScalarStyle.Plain, line, column, scalar.Style is ScalarStyle.Literal or ScalarStyle.Folded)))
                    {
                        return null;
                    }

                    break;
                case SequenceStart:
                case MappingStart:
                    if (stack.Count >= options.MaxDepth)
                    {
                        diagnostics.Add(DiagnosticDescriptors.NestingTooDeep.At(path, line, column,
                            $"The YAML nests more than {options.MaxDepth} levels deep here. Content files need only a few levels; look for unbalanced brackets."));
                        return null;
                    }

                    stack.Push(new Builder(current is MappingStart, line, column));
                    break;
                case SequenceEnd:
                case MappingEnd:
                    var done = stack.Pop().Build();
                    if (!Add(done))
                    {
                        return null;
                    }

                    break;
            }
        }

        return root;

        bool Add(YNode node)
        {
            if (stack.Count == 0)
            {
                root = node;
                return true;
            }

            return stack.Peek().Add(node, path, diagnostics);
        }
    }

    private static string TrimYamlMessage(string message)
    {
        // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 20) - (Line: ...): "; the diagnostic carries the position already.
        var index = message.LastIndexOf("): ", StringComparison.Ordinal);
        var trimmed = index >= 0 ? message[(index + 3)..] : message;
        return trimmed.TrimEnd('.');
    }

    private sealed class Builder(bool isMapping, int line, int column)
    {
        private readonly ImmutableArray<YNode>.Builder _items = ImmutableArray.CreateBuilder<YNode>();
        private readonly ImmutableArray<KeyValuePair<YScalar, YNode>>.Builder _entries = ImmutableArray.CreateBuilder<KeyValuePair<YScalar, YNode>>();
        private readonly HashSet<string> _keys = new(StringComparer.Ordinal);
        private YScalar? _pendingKey;
        private bool _skipValue;

        public bool Add(YNode node, string path, List<Diagnostic> diagnostics)
        {
            if (!isMapping)
            {
                _items.Add(node);
                return true;
            }

            if (_pendingKey is null && !_skipValue)
            {
                if (node is not YScalar { Value: not null } key)
                {
                    diagnostics.Add(DiagnosticDescriptors.WrongType.At(path, node.Line, node.Column,
                        $"A key must be plain text, but this key is {node.Kind}."));
                    _skipValue = true;
                    return true;
                }

                if (!_keys.Add(key.Value))
                {
                    diagnostics.Add(DiagnosticDescriptors.DuplicateKey.At(path, key.Line, key.Column,
                        $"The key '{key.Value}' appears more than once in this mapping. Keep one of them."));
                    _skipValue = true;
                    return true;
                }

                _pendingKey = key;
                return true;
            }

            if (_skipValue)
            {
                _skipValue = false;
                return true;
            }

            _entries.Add(new KeyValuePair<YScalar, YNode>(_pendingKey!, node));
            _pendingKey = null;
            return true;
        }

        public YNode Build() => isMapping
            ? new YMapping(_entries.ToImmutable(), line, column)
            : new YSequence(_items.ToImmutable(), line, column);
    }
}
