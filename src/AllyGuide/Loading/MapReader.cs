using System.Collections.Immutable;
using System.Globalization;
using AllyGuide.Diagnostics;
using AllyGuide.Text;

namespace AllyGuide.Loading;

/// <summary>
/// Reads one YAML mapping against the keys a schema allows: reports unknown keys with the nearest valid one,
/// missing required fields and values of the wrong shape, and hands back typed values.
/// </summary>
internal sealed class MapReader
{
    private readonly YMapping _map;

    private MapReader(YMapping map, FileReader file, string what)
    {
        _map = map;
        File = file;
        What = what;
    }

    public FileReader File { get; }

    public string What { get; }

    public YNode Node => _map;

    /// <summary>Opens <paramref name="node"/> as a mapping of <paramref name="what"/>; reports and returns null when it is not one.</summary>
    public static MapReader? Open(YNode? node, FileReader file, string what, YNode? parent, ImmutableArray<string> keys)
    {
        if (node is not YMapping map)
        {
            file.Report(DiagnosticDescriptors.WrongType, node ?? parent,
                $"Expected {what} as a mapping of keys ({string.Join(", ", keys)}), but found {node?.Kind ?? "nothing"}.");
            return null;
        }

        foreach (var entry in map.Entries)
        {
            var key = entry.Key.Value!;
            if (!keys.Contains(key))
            {
                var suggestion = Suggestions.Suggest(key, keys);
                var hint = suggestion is null
                    ? $"Valid keys are: {string.Join(", ", keys)}."
                    : $"Did you mean '{suggestion}'?";
                file.Report(DiagnosticDescriptors.UnknownKey, entry.Key, $"Unknown key '{key}' in {what}. {hint}");
            }
        }

        return new MapReader(map, file, what);
    }

    public YNode? Get(string key) => _map[key];

    /// <summary>Records <paramref name="unit"/> in the source map as read from this mapping.</summary>
    public void Record(object unit) => File.Map.Add(unit, File.Path, _map);

    /// <summary>A text value; reports when required and missing, or when not text.</summary>
    public (string? Value, YNode? Node) Text(string key, bool required = true)
    {
        var node = Get(key);
        switch (node)
        {
            case YScalar { Value: { } value } when !string.IsNullOrWhiteSpace(value):
                return (value.Trim(), node);
            case null or YScalar:
                if (required)
                {
                    MissingRequired(key);
                }
                else if (node is not null)
                {
                    // Written but empty: not the same as leaving the key out, so say what happens to it.
                    File.Report(DiagnosticDescriptors.IgnoredKey, node, $"'{key}' in {What} is empty, so it is ignored. Fill it in, or remove the key.");
                }

                return (null, node);
            default:
                File.Report(DiagnosticDescriptors.WrongType, node, $"'{key}' in {What} must be text, but is {node.Kind}.");
                return (null, node);
        }
    }

    public (DateOnly? Value, YNode? Node) Date(string key, bool required = true)
    {
        var (text, node) = Text(key, required);
        if (text is null)
        {
            return (null, node);
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return (date, node);
        }

        File.Report(DiagnosticDescriptors.InvalidDate, node, $"'{key}' in {What} is '{text}', which is not a real date in YYYY-MM-DD form.");
        return (null, node);
    }

    /// <summary>The items of a list; reports when required and missing, or when not a list.</summary>
    public ImmutableArray<YNode> List(string key, bool required = true)
    {
        var node = Get(key);
        switch (node)
        {
            case YSequence { Items.Length: > 0 } sequence:
                return sequence.Items;
            case YSequence or null or YScalar { Value: null }:
                if (required)
                {
                    MissingRequired(key);
                }

                return [];
            default:
                File.Report(DiagnosticDescriptors.WrongType, node, $"'{key}' in {What} must be a list (one '- item' per line, or [a, b]), but is {node.Kind}.");
                return [];
        }
    }

    /// <summary>A list of text values.</summary>
    public ImmutableArray<(string Value, YNode Node)> TextList(string key, bool required = true)
    {
        var builder = ImmutableArray.CreateBuilder<(string, YNode)>();
        foreach (var item in List(key, required))
        {
            if (item is YScalar { Value: { } value } && !string.IsNullOrWhiteSpace(value))
            {
                builder.Add((value.Trim(), item));
            }
            else
            {
                File.Report(DiagnosticDescriptors.WrongType, item, $"Each item of '{key}' in {What} must be text, but this one is {item.Kind}.");
            }
        }

        return builder.ToImmutable();
    }

    public void MissingRequired(string key) =>
        File.Report(DiagnosticDescriptors.MissingRequired, Get(key) ?? _map,
            $"{Capitalize(What)} is missing the required field '{key}'. Add '{key}:' with a value.");

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
