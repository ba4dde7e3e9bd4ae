using System.Collections;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace AllyGuide.Rendering;

/// <summary>
/// The formats a renderer can write, keyed by name and media type. Immutable: <see cref="Add"/>, <see cref="Set"/>
/// and <see cref="Remove"/> return a new registry. <see cref="Default"/> holds html, fragment, text and json.
/// </summary>
public sealed class FormatterRegistry : IReadOnlyList<IGuideFormatter>
{
    private readonly ImmutableArray<IGuideFormatter> _formatters;

    private FormatterRegistry(ImmutableArray<IGuideFormatter> formatters) => _formatters = formatters;

    /// <summary>No formats.</summary>
    public static FormatterRegistry Empty { get; } = new([]);

    /// <summary>The built-in formats: html (a page), fragment (HTML to embed), text and json.</summary>
    public static FormatterRegistry Default { get; } = Empty
        .Add(new TemplateFormatter(OutputFormat.Html, "html/page", TemplateMode.Html))
        .Add(new TemplateFormatter(OutputFormat.HtmlFragment, "html/fragment", TemplateMode.Html))
        .Add(new TemplateFormatter(OutputFormat.Text, "text/topic", TemplateMode.Text))
        .Add(new JsonFormatter());

    /// <summary>The formats, in the order they were added.</summary>
    public IEnumerable<OutputFormat> Formats => _formatters.Select(f => f.Format);

    /// <inheritdoc />
    public int Count => _formatters.Length;

    /// <inheritdoc />
    public IGuideFormatter this[int index] => _formatters[index];

    /// <summary>A registry with <paramref name="formatter"/> added.</summary>
    /// <exception cref="ArgumentException">A format with the same name is registered; use <see cref="Set"/> to replace it.</exception>
    public FormatterRegistry Add(IGuideFormatter formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        ArgumentNullException.ThrowIfNull(formatter.Format);
        return IndexOf(formatter.Format.Name) >= 0
            ? throw new ArgumentException($"A format named '{formatter.Format.Name}' is already registered. Use Set to replace it.", nameof(formatter))
            : new FormatterRegistry(_formatters.Add(formatter));
    }

    /// <summary>A registry with <paramref name="formatter"/> added, replacing any format of the same name in its place.</summary>
    public FormatterRegistry Set(IGuideFormatter formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        ArgumentNullException.ThrowIfNull(formatter.Format);
        var index = IndexOf(formatter.Format.Name);
        return new FormatterRegistry(index >= 0 ? _formatters.SetItem(index, formatter) : _formatters.Add(formatter));
    }

    /// <summary>A registry without the format named <paramref name="name"/>.</summary>
    public FormatterRegistry Remove(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var index = IndexOf(name);
        return index < 0 ? this : new FormatterRegistry(_formatters.RemoveAt(index));
    }

    /// <summary>Finds a formatter by format name (<c>json</c>) or, failing that, by media type (<c>application/json</c>; the first registered wins).</summary>
    public bool TryGet(string nameOrMediaType, [NotNullWhen(true)] out IGuideFormatter? formatter)
    {
        ArgumentNullException.ThrowIfNull(nameOrMediaType);
        var key = nameOrMediaType.Trim();
        var index = IndexOf(key);
        formatter = index >= 0
            ? _formatters[index]
            : _formatters.FirstOrDefault(f => string.Equals(f.Format.MediaType, key, StringComparison.OrdinalIgnoreCase));
        return formatter is not null;
    }

    /// <summary>Finds the formatter for <paramref name="format"/>.</summary>
    public bool TryGet(OutputFormat format, [NotNullWhen(true)] out IGuideFormatter? formatter)
    {
        ArgumentNullException.ThrowIfNull(format);
        var index = IndexOf(format.Name);
        formatter = index >= 0 ? _formatters[index] : null;
        return formatter is not null;
    }

    /// <inheritdoc />
    public IEnumerator<IGuideFormatter> GetEnumerator() => ((IEnumerable<IGuideFormatter>)_formatters).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string name)
    {
        for (var i = 0; i < _formatters.Length; i++)
        {
            if (string.Equals(_formatters[i].Format.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}
