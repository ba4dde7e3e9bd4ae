using System.Collections.Immutable;
using System.Globalization;
using AllyGuide.Diagnostics;
using AllyGuide.Model;

namespace AllyGuide.Loading;

/// <summary>
/// Reads a content source into a <see cref="GuideContent"/>: every file the guide declares, checked for syntax and shape
/// only, each unit recorded in the <see cref="SourceMap"/>. What it cannot build (a unit missing a required field) is
/// left out and remembered, so later stages do not report it twice.
/// </summary>
internal sealed partial class GuideReader
{
    private readonly IContentSource _source;
    private readonly LoadOptions _options;
    private readonly CancellationToken _cancellationToken;
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly SourceMap _map = new();

    private GuideReader(IContentSource source, LoadOptions options, CancellationToken cancellationToken)
    {
        _source = source;
        _options = options;
        _cancellationToken = cancellationToken;
    }

    public static ContentLoadResult Read(IContentSource source, LoadOptions options, CancellationToken cancellationToken)
    {
        var reader = new GuideReader(source, options, cancellationToken);
        var content = reader.ReadGuide();
        return new ContentLoadResult(source, content, reader._map, [.. reader._diagnostics]);
    }

    private GuideContent? ReadGuide()
    {
        var map = OpenFile("guide.yaml", "guide.yaml", ContentKeys.Guide, required: true, out var file);
        if (map is null)
        {
            return null;
        }

        var (versionText, versionNode) = map.Text("content_version");
        ContentVersion? version = null;
        if (versionText is not null && !ContentVersion.TryParse(versionText, out version))
        {
            file.Report(DiagnosticDescriptors.InvalidVersion, versionNode,
                $"content_version '{versionText}' is not a semantic version. Write MAJOR.MINOR.PATCH, for example 1.2.0.");
        }

        var locales = ReadLocales(map);
        var (defaultLocale, defaultNode) = map.Text("default_locale");
        if (defaultLocale is not null && !locales.Any(l => l.Code == defaultLocale))
        {
            file.Report(DiagnosticDescriptors.InvalidLocale, defaultNode,
                $"default_locale '{defaultLocale}' is not listed under 'locales'. Add it there, or use one of: {string.Join(", ", locales.Select(l => l.Code))}.");
            defaultLocale = null;
        }

        var order = map.TextList("topics");
        var startHere = map.TextList("start_here", required: false);
        var (crisisTopic, _) = map.Text("crisis_topic", required: false);
        if (defaultLocale is null || version is null)
        {
            return null;
        }

        var crisis = ReadRegistry();
        var byLocale = ImmutableDictionary.CreateBuilder<string, LocaleContent>(StringComparer.OrdinalIgnoreCase);
        foreach (var locale in locales)
        {
            byLocale[locale.Code] = ReadLocale(locale, isDefault: locale.Code == defaultLocale);
        }

        var content = new GuideContent
        {
            Schema = ContentKeys.SchemaVersion,
            Version = version,
            DefaultLocale = defaultLocale,
            Locales = locales,
            TopicOrder = [.. order.Select(o => o.Value)],
            StartHere = [.. startHere.Select(s => s.Value)],
            CrisisTopic = crisisTopic?.Trim(),
            Crisis = crisis,
            ByLocale = byLocale.ToImmutable(),
        };
        map.Record(content);
        return content;
    }

    private static ImmutableArray<LocaleInfo> ReadLocales(MapReader map)
    {
        var builder = ImmutableArray.CreateBuilder<LocaleInfo>();
        foreach (var item in map.List("locales"))
        {
            var locale = MapReader.Open(item, map.File, "a locale", map.Node, ContentKeys.Locale);
            var (code, codeNode) = locale?.Text("code") ?? (null, null);
            var (name, _) = locale?.Text("name") ?? (null, null);
            var regions = locale?.TextList("regions", required: false) ?? [];
            if (code is null || name is null)
            {
                continue;
            }

            if (!IsLocaleCode(code))
            {
                map.File.Report(DiagnosticDescriptors.InvalidLocale, codeNode,
                    $"'{code}' is not a locale code. Use a BCP 47 code such as 'en', 'es' or 'es-MX'.");
                continue;
            }

            if (builder.Any(l => string.Equals(l.Code, code, StringComparison.OrdinalIgnoreCase)))
            {
                map.File.Report(DiagnosticDescriptors.DuplicateId, codeNode, $"Locale '{code}' is listed twice. Remove one.");
                continue;
            }

            var info = new LocaleInfo { Code = code, Name = name, Regions = [.. regions.Select(r => r.Value)] };
            locale!.Record(info);
            builder.Add(info);
        }

        return builder.ToImmutable();
    }

    /// <summary>
    /// A BCP 47 tag in the usual shape (language, then optional script, region or variant subtags). Checked by shape,
    /// not by asking ICU, so hosts running with invariant globalization (common in containers) load translations too.
    /// </summary>
    private static bool IsLocaleCode(string code) => code.Length <= 35 && LocalePattern().IsMatch(code);

    [System.Text.RegularExpressions.GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z]{4})?(-(?:[A-Za-z]{2}|[0-9]{3}))?(-[A-Za-z0-9]{5,8})*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex LocalePattern();

    private LocaleContent ReadLocale(LocaleInfo locale, bool isDefault) => new()
    {
        Locale = locale,
        Topics = ReadTopics(locale.Code, isDefault),
        Sources = ReadSources(locale.Code, isDefault),
        Crisis = ReadCrisisTexts(locale.Code, isDefault),
        Ui = ReadUi(locale.Code, isDefault),
    };

    /// <summary>Opens a content file as a mapping of <paramref name="keys"/> and checks its schema version; null after reporting why not.</summary>
    private MapReader? OpenFile(string path, string what, ImmutableArray<string> keys, bool required, out FileReader file) =>
        OpenFile(path, what, keys, required, ContentKeys.SchemaVersion, out file);

    /// <summary>Room <c>guide.yaml</c> gets for each topic file: its id in the reading order, and maybe in start_here.</summary>
    private const int BytesPerTopicFile = 128;

    /// <summary>
    /// The size limit of <c>guide.yaml</c>, which lists every topic id: the file limit plus room for each topic file
    /// there is, so it grows with the guide it describes (a guide of 100,000 topics lists them in about 2.5 MB)
    /// while a file padded beyond what its topics need is still refused.
    /// </summary>
    private int GuideFileLimit()
    {
        long topicFiles = 0;
        foreach (var folder in _source.EnumerateDirectories(""))
        {
            topicFiles += _source.EnumerateFiles(folder.TrimEnd('/') + "/topics").LongCount(f => f.EndsWith(".yaml", StringComparison.Ordinal));
        }

        return (int)Math.Min(int.MaxValue, _options.MaxFileBytes + (topicFiles * BytesPerTopicFile));
    }

    private MapReader? OpenFile(string path, string what, ImmutableArray<string> keys, bool required, int schema, out FileReader file)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        file = new FileReader(_source.GetDisplayPath(path), _diagnostics, _map);
        if (!_source.FileExists(path))
        {
            if (required)
            {
                file.Report(DiagnosticDescriptors.MissingFile, 0, 0, $"The file '{path}' is missing. Create it; the README describes its fields.");
            }

            return null;
        }

        var text = path == "guide.yaml"
            ? ContentFiles.ReadText(_source, path, file.Path, GuideFileLimit(), "YAML", _diagnostics,
                $"It may hold {_options.MaxFileBytes:N0} bytes (LoadOptions.MaxFileBytes) plus {BytesPerTopicFile} for each topic file; remove what is not a setting or a topic id.")
            : ContentFiles.ReadText(_source, path, file.Path, _options.MaxFileBytes, "YAML", _diagnostics);
        _map.AddFile(file.Path, text);
        var root = text is null ? null : YamlDocumentReader.Read(text, file.Path, _options, _diagnostics);
        if (root is YScalar { Value: null })
        {
            file.Report(DiagnosticDescriptors.EmptyFile, root, "The file has no content. Add its fields, starting with 'schema: 1'.");
            return null;
        }

        if (root is null)
        {
            return null;
        }

        // A schema this library does not read is reported alone: its keys mean something else.
        if (root is YMapping { } mapping && mapping["schema"] is YScalar { Value: { } version } node && !IsSchema(version, schema, node, file))
        {
            return null;
        }

        var map = MapReader.Open(root, file, what, null, keys);
        return map is not null && map.Text("schema").Value is not null ? map : null;
    }

    private static bool IsSchema(string text, int expected, YNode node, FileReader file)
    {
        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var schema) && schema == expected)
        {
            return true;
        }

        var advice = schema > expected
            ? " It was written for a newer AllyGuide library; update the library to read it."
            : expected == ContentKeys.CrisisTextSchemaVersion && schema == 1
                ? " Schema 1 kept the phone numbers of every service in each locale. Numbers now live once in content/crisis.yaml, and this file"
                  + " holds only the names and descriptions of regions and services (schema 2); the README shows both files."
                : "";
        var supported = expected == ContentKeys.SchemaVersion ? $"schema {expected}" : $"schema {expected} for this file";
        file.Report(DiagnosticDescriptors.UnsupportedSchema, node, $"schema '{text.Trim()}' is not supported; this library reads {supported}.{advice}");
        return false;
    }

    private UiStrings ReadUi(string locale, bool isDefault)
    {
        var map = OpenFile(locale + "/ui.yaml", "ui.yaml", ContentKeys.UiFile, isDefault, out var file);
        var strings = map is null ? null : MapReader.Open(map.Get("strings"), file, "the UI strings", map.Node, UiStrings.Keys);
        if (strings is null)
        {
            return UiStrings.Empty;
        }

        var values = ImmutableDictionary.CreateBuilder<string, UiString>(StringComparer.Ordinal);
        foreach (var key in UiStrings.Keys)
        {
            if (ReadUiString(strings, key, locale, isDefault) is { } value)
            {
                values[key] = value;
            }
        }

        var ui = new UiStrings(values.ToImmutable());
        strings.Record(ui);
        return ui;
    }

    /// <summary>One interface string: plain text, or a mapping with its text (or plural forms) and translation metadata.</summary>
    private static UiString? ReadUiString(MapReader strings, string key, string locale, bool required)
    {
        if (strings.Get(key) is not YMapping)
        {
            var (text, _) = strings.Text(key, required);
            return text is null ? null : new UiString { Key = key, Text = text, Locale = locale };
        }

        var map = MapReader.Open(strings.Get(key), strings.File, $"the UI string '{key}'", strings.Node, ContentKeys.UiString)!;
        var forms = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var category in ContentKeys.PluralCategories)
        {
            if (map.Text(category, required: false).Value is { } form)
            {
                forms[category] = form;
            }
        }

        var (plain, _) = map.Text("text", required: required && forms.Count == 0);
        var info = ReadTranslationInfo(map);
        if (forms.Count > 0 && !forms.ContainsKey("other"))
        {
            map.MissingRequired("other");
            return null;
        }

        var value = forms.GetValueOrDefault("other") ?? plain;
        if (value is null)
        {
            return null;
        }

        var ui = new UiString { Key = key, Text = value, Forms = forms.ToImmutable(), Locale = locale, Translation = info };
        map.Record(ui);
        return ui;
    }

    /// <summary>A unit's pin, draft mark and note for translators.</summary>
    private static TranslationInfo ReadTranslationInfo(MapReader map)
    {
        var (pin, _) = map.Text("pin", required: false);
        var (note, _) = map.Text("note", required: false);
        var (draftText, draftNode) = map.Text("draft", required: false);
        var draft = false;
        if (draftText is not null && !bool.TryParse(draftText, out draft))
        {
            map.File.Report(DiagnosticDescriptors.WrongType, draftNode, $"'draft' in {map.What} must be true or false, but is '{draftText}'.");
        }

        return pin is null && note is null && !draft ? TranslationInfo.None : new TranslationInfo { Pin = pin, Note = note, Draft = draft };
    }
}
