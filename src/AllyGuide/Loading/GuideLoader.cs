using System.Collections.Immutable;
using System.Globalization;
using AllyGuide.Model;
using AllyGuide.Validation;

namespace AllyGuide.Loading;

/// <summary>Reads a content source into a <see cref="Guide"/>, collecting every diagnostic on the way.</summary>
internal sealed partial class GuideLoader
{
    public const int SchemaVersion = 1;
    internal static readonly ImmutableArray<string> GuideKeys = ["schema", "content_version", "default_locale", "locales", "topics", "start_here"];
    internal static readonly ImmutableArray<string> LocaleKeys = ["code", "name"];
    internal static readonly ImmutableArray<string> UiFileKeys = ["schema", "strings"];
    private static readonly string[] NonLocaleFolders = ["templates", "schema"];

    private readonly IContentSource _source;
    private readonly LoadOptions _options;
    private readonly List<Diagnostic> _diagnostics = [];

    // Units whose own file reported errors. References to them are not reported again: the file's own diagnostics say what to fix.
    private readonly HashSet<string> _brokenTopics = new(StringComparer.Ordinal);
    private readonly HashSet<string> _brokenSources = new(StringComparer.Ordinal);
    private bool _sourcesFileBroken;

    private GuideLoader(IContentSource source, LoadOptions options)
    {
        _source = source;
        _options = options;
    }

    public static LoadResult Load(IContentSource source, LoadOptions options)
    {
        var loader = new GuideLoader(source, options);
        var guide = loader.LoadGuide();
        return new LoadResult(guide, [.. loader._diagnostics]);
    }

    private Guide? LoadGuide()
    {
        const string guideFile = "guide.yaml";
        var file = new FileReader(_source.GetDisplayPath(guideFile), _diagnostics, _options);
        var root = ReadFile(guideFile, file, required: true);
        var map = root is null ? null : MapReader.Open(root, file, "guide.yaml", null, GuideKeys);
        if (map is null || !CheckSchema(map))
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
        CheckFolders(file, locales);

        if (defaultLocale is null || version is null)
        {
            return null;
        }

        var content = ImmutableDictionary.CreateBuilder<string, LocaleContent>(StringComparer.OrdinalIgnoreCase);
        foreach (var locale in locales)
        {
            content[locale.Code] = LoadLocale(locale, isDefault: locale.Code == defaultLocale);
        }

        var defaults = content[defaultLocale];
        var topicOrder = ResolveOrder(file, order, defaults, _brokenTopics);
        foreach (var (id, node) in startHere)
        {
            if (!defaults.Topics.ContainsKey(id) && !_brokenTopics.Contains(id))
            {
                file.Report(DiagnosticDescriptors.MissingTopic, node, $"start_here names topic '{id}', which does not exist. {KnownTopics(defaults)}");
            }
        }

        foreach (var locale in content.Values)
        {
            CheckReferences(locale, defaults);
        }

        return new Guide(
            SchemaVersion,
            version,
            defaultLocale,
            locales,
            topicOrder,
            [.. startHere.Select(s => s.Value).Where(defaults.Topics.ContainsKey)],
            content.ToImmutable());
    }

    private static bool CheckSchema(MapReader map)
    {
        var (text, node) = map.Text("schema");
        if (text is null)
        {
            return false;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var schema) || schema != SchemaVersion)
        {
            var newer = schema > SchemaVersion ? " It was written for a newer AllyGuide library; update the library to read it." : "";
            map.File.Report(DiagnosticDescriptors.UnsupportedSchema, node,
                $"schema '{text}' is not supported; this library reads schema {SchemaVersion}.{newer}");
            return false;
        }

        return true;
    }

    private static ImmutableArray<LocaleInfo> ReadLocales(MapReader map)
    {
        var builder = ImmutableArray.CreateBuilder<LocaleInfo>();
        foreach (var item in map.List("locales"))
        {
            var locale = MapReader.Open(item, map.File, "a locale", map.Node, LocaleKeys);
            var (code, codeNode) = locale?.Text("code") ?? (null, null);
            var (name, _) = locale?.Text("name") ?? (null, null);
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

            builder.Add(new LocaleInfo(code, name));
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

    private void CheckFolders(FileReader file, ImmutableArray<LocaleInfo> locales)
    {
        foreach (var folder in _source.EnumerateDirectories(""))
        {
            if (NonLocaleFolders.Contains(folder) || folder.StartsWith('.'))
            {
                continue;
            }

            if (!locales.Any(l => string.Equals(l.Code, folder, StringComparison.OrdinalIgnoreCase)))
            {
                file.Report(DiagnosticDescriptors.InvalidLocale, 0, 0,
                    $"The folder '{folder}/' is not a locale listed in guide.yaml. Add '- code: {folder}' under 'locales', or move the folder out of the content.");
            }
        }
    }

    private static ImmutableArray<string> ResolveOrder(FileReader file, ImmutableArray<(string Value, YNode Node)> order, LocaleContent defaults, HashSet<string> brokenTopics)
    {
        var builder = ImmutableArray.CreateBuilder<string>();
        foreach (var (id, node) in order)
        {
            if (!defaults.Topics.ContainsKey(id))
            {
                if (brokenTopics.Contains(id))
                {
                    continue;
                }

                file.Report(DiagnosticDescriptors.MissingTopic, node,
                    $"The topic order names '{id}', but there is no topics/{id}.yaml in the default locale. {KnownTopics(defaults)}");
            }
            else if (builder.Contains(id))
            {
                file.Report(DiagnosticDescriptors.DuplicateId, node, $"The topic order lists '{id}' twice. Remove one.");
            }
            else
            {
                builder.Add(id);
            }
        }

        // Topics missing from the order still ship, after the ordered ones.
        builder.AddRange(defaults.Topics.Keys.Where(id => !builder.Contains(id)).Order(StringComparer.Ordinal));
        return builder.ToImmutable();
    }

    private static string KnownTopics(LocaleContent defaults) =>
        defaults.Topics.Count == 0 ? "There are no topics yet." : $"Known topics: {string.Join(", ", defaults.Topics.Keys.Order(StringComparer.Ordinal))}.";

    /// <summary>Reads and parses one file; reports a missing required file.</summary>
    private YNode? ReadFile(string path, FileReader file, bool required)
    {
        if (!_source.FileExists(path))
        {
            if (required)
            {
                file.Report(DiagnosticDescriptors.MissingFile, 0, 0, $"The file '{path}' is missing. Create it; the README describes its fields.");
            }

            return null;
        }

        byte[] bytes;
        try
        {
            var length = _source.GetLength(path);
            if (length > _options.MaxFileBytes)
            {
                file.Report(DiagnosticDescriptors.FileTooLarge, 0, 0,
                    $"The file is {length:N0} bytes; the limit is {_options.MaxFileBytes:N0} bytes. Split it into smaller files.");
                return null;
            }

            using var stream = _source.OpenRead(path);
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            bytes = memory.ToArray();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            file.Report(DiagnosticDescriptors.MissingFile, 0, 0, $"The file could not be read: {ex.Message}");
            return null;
        }

        var node = YamlDocumentReader.Read(bytes, file.Path, _options, _diagnostics, out var text);
        file.SetText(text);
        if (node is YScalar { Value: null })
        {
            file.Report(DiagnosticDescriptors.EmptyFile, node, "The file has no content. Add its fields, starting with 'schema: 1'.");
            return null;
        }

        return node;
    }

    /// <summary>Opens a content file as a mapping and checks its schema version.</summary>
    private MapReader? OpenFile(string path, string what, ImmutableArray<string> keys, bool required, out FileReader file)
    {
        var locale = path[..Math.Max(0, path.IndexOf('/', StringComparison.Ordinal))];
        file = new FileReader(_source.GetDisplayPath(path), _diagnostics, _options)
        {
            English = locale.Equals("en", StringComparison.OrdinalIgnoreCase) || locale.StartsWith("en-", StringComparison.OrdinalIgnoreCase),
        };
        var root = ReadFile(path, file, required);
        if (root is null)
        {
            return null;
        }

        var map = MapReader.Open(root, file, what, null, keys);
        return map is not null && CheckSchema(map) ? map : null;
    }

    private UiStrings LoadUi(string locale, bool isDefault)
    {
        var map = OpenFile(locale + "/ui.yaml", "ui.yaml", UiFileKeys, isDefault, out var file);
        var values = ImmutableDictionary.CreateBuilder<string, LocalizedString>(StringComparer.Ordinal);
        var strings = map is null ? null : MapReader.Open(map.Get("strings"), file, "the UI strings", map.Node, UiStrings.Keys);
        if (strings is null)
        {
            return new UiStrings(values.ToImmutable());
        }

        foreach (var key in UiStrings.Keys)
        {
            var (text, node) = strings.Text(key, required: isDefault);
            if (text is not null)
            {
                CheckPlain(file, text, node, $"UI string '{key}'");
                values[key] = new LocalizedString(text, locale);
            }
        }

        return new UiStrings(values.ToImmutable());
    }
}
