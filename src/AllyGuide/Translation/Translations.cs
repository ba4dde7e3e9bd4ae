using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using AllyGuide.Diagnostics;
using AllyGuide.Loading;
using AllyGuide.Localization;
using AllyGuide.Model;
using AllyGuide.Validation.Lints;

namespace AllyGuide.Translation;

/// <summary>
/// The translator's tools: where each locale stands (<see cref="Status"/>), a new locale scaffolded from the source
/// (<see cref="NewLocale"/>), a locale brought in step with a changed source (<see cref="Sync"/>), and XLIFF 2.0 export
/// and import for translation teams. Files are only ever written inside the content folder given, and nothing a
/// translator wrote is removed, reordered or rewritten.
/// </summary>
public static partial class Translations
{
    /// <summary>Where each locale (or the one named) stands: every unit with its state, and the counts.</summary>
    /// <exception cref="ArgumentException">The content could not be read, or the locale is not declared.</exception>
    public static TranslationReport Status(ContentLoadResult loaded, string? locale = null)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        var content = loaded.Content ?? throw new ArgumentException("The content could not be read; run allyguide validate for the reasons.", nameof(loaded));
        var locales = content.Locales.Where(l => l.Code != content.DefaultLocale).Select(l => l.Code).ToList();
        if (locale is not null)
        {
            locales = [Declared(content, locale)];
        }

        return new TranslationReport
        {
            SourceLocale = content.DefaultLocale,
            Locales = [.. locales.Select(code => new LocaleStatus
            {
                Locale = code,
                Units = TranslationInventory.For(loaded, content, code),
                Checked = LanguageLints.For(code) is not null,
            })],
        };
    }

    /// <summary>
    /// Adds a locale: declares it in <c>guide.yaml</c> (after the last locale, keeping the file's comments) and writes
    /// its folder with every unit of the source as a stub: its id, its pin, and the source text as a comment to translate from.
    /// </summary>
    /// <param name="contentDirectory">The content folder, holding guide.yaml.</param>
    /// <param name="locale">A BCP 47 code, for example <c>fr</c> or <c>es-MX</c>.</param>
    /// <param name="name">The locale's name in its own language; the code when null.</param>
    /// <param name="regions">Where its readers most likely live (region ids or country codes), in order.</param>
    /// <exception cref="ArgumentException">The content has errors, the code is malformed or already declared, or the folder already exists.</exception>
    public static TranslationEdit NewLocale(string contentDirectory, string locale, string? name = null, IEnumerable<string>? regions = null)
    {
        var (root, content) = Open(contentDirectory);
        if (!LocaleCode().IsMatch(locale))
        {
            throw new ArgumentException($"'{locale}' is not a locale code. Use a BCP 47 code such as 'fr', 'es' or 'es-MX'.", nameof(locale));
        }

        if (content.Locales.Any(l => string.Equals(l.Code, locale, StringComparison.OrdinalIgnoreCase)))
        {
            throw new ArgumentException($"The locale '{locale}' is already declared. Run 'allyguide sync {locale}' to bring it in step with the source.", nameof(locale));
        }

        var folder = Path.Combine(root, locale);
        if (Directory.Exists(folder) || File.Exists(folder))
        {
            throw new ArgumentException($"'{folder}' already exists; nothing was written. Declare the locale in guide.yaml and run 'allyguide sync {locale}' instead.", nameof(locale));
        }

        var guidePath = Path.Combine(root, "guide.yaml");
        var diagnostics = new List<Diagnostic>();
        var guide = YamlEditor.Open(File.ReadAllText(guidePath), "guide.yaml", diagnostics);
        if (guide?.Root["locales"] is not YSequence { IsFlow: false } list)
        {
            throw new ArgumentException("guide.yaml has no block list of locales to add to.", nameof(contentDirectory));
        }

        var indent = list.Column + 1;
        var pad = new string(' ', indent);
        var entry = new StringBuilder(new string(' ', list.Column - 1)).Append("- code: ").Append(locale).Append('\n')
            .Append(pad).Append("name: ").Append(YamlText.Value(name ?? locale, indent)).Append('\n');
        var regionList = regions?.Select(r => r.Trim()).Where(r => r.Length > 0).ToList() ?? [];
        if (regionList.Count > 0)
        {
            entry.Append(pad).Append("regions: [").Append(string.Join(", ", regionList)).Append("]\n");
        }

        guide.InsertAfterLine(list.LastLine, entry.ToString());
        File.WriteAllText(guidePath, guide.Apply(), new UTF8Encoding(false));

        var files = new TranslationFiles(root, content, locale);
        files.Sync();
        return new TranslationEdit { Written = ["guide.yaml", .. files.Written], Added = files.Added, Pinned = 0, Problems = files.Problems };
    }

    /// <summary>
    /// Brings a locale in step with the source: adds stubs for units the source gained, pins units translated by hand
    /// (as translated from the current source) and refreshes the pins of units not yet translated. Drifted units are
    /// left as they are, for a translator; <see cref="Status"/> lists them.
    /// </summary>
    /// <exception cref="ArgumentException">The content has errors, or the locale is not declared or is the default.</exception>
    /// <param name="contentDirectory">The content folder, holding guide.yaml.</param>
    /// <param name="locale">The locale to bring in step.</param>
    /// <param name="accept">
    /// Keys of drifted units (as <see cref="Status"/> lists them) whose translation a translator checked and found still
    /// right for the changed source: they are pinned to it as they are.
    /// </param>
    public static TranslationEdit Sync(string contentDirectory, string locale, IEnumerable<string>? accept = null)
    {
        var (root, content) = Open(contentDirectory);
        var code = Translatable(content, locale);
        var files = new TranslationFiles(root, content, code);
        files.Accepted.UnionWith(accept ?? []);
        files.Sync();
        return new TranslationEdit { Written = files.Written, Added = files.Added, Pinned = files.Pinned, Updated = files.Updated, Problems = files.Problems };
    }

    /// <summary>The locale's units as XLIFF 2.0: the source texts, the translations so far, their states, pins and notes.</summary>
    /// <exception cref="ArgumentException">The content could not be read, or the locale is not declared or is the default.</exception>
    public static string ExportXliff(ContentLoadResult loaded, string locale)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        var content = loaded.Content ?? throw new ArgumentException("The content could not be read; run allyguide validate for the reasons.", nameof(loaded));
        var code = Translatable(content, locale);
        return Xliff.Export(content.DefaultLocale, code, TranslationInventory.For(loaded, content, code));
    }

    /// <summary>
    /// Writes the translations of an XLIFF 2.0 file into the locale it names (<c>trgLang</c>): each target into its unit,
    /// a unit marked translated pinned to the current source, one left initial kept as a draft. Texts that did not change
    /// are not touched, so exporting and importing again changes nothing.
    /// </summary>
    /// <exception cref="System.Xml.XmlException">The file is not XLIFF 2.</exception>
    /// <exception cref="ArgumentException">The content has errors, or the locale is not declared or is the default.</exception>
    public static TranslationEdit ImportXliff(string contentDirectory, string xliff)
    {
        ArgumentNullException.ThrowIfNull(xliff);
        var (root, content) = Open(contentDirectory);
        var (target, units) = Xliff.Import(xliff);
        var code = Translatable(content, target);
        var files = new TranslationFiles(root, content, code);
        files.Sync(units);
        return new TranslationEdit { Written = files.Written, Added = files.Added, Pinned = files.Pinned, Updated = files.Updated, Imported = units.Count, Problems = files.Problems };
    }

    /// <summary>The report as JSON, for scripts and CI.</summary>
    public static string ToJson(TranslationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) }))
        {
            json.WriteStartObject();
            json.WriteString("sourceLocale", report.SourceLocale);
            json.WriteStartArray("locales");
            foreach (var locale in report.Locales)
            {
                json.WriteStartObject();
                json.WriteString("locale", locale.Locale);
                json.WriteBoolean("checked", locale.Checked);
                json.WriteNumber("total", locale.Total);
                foreach (var state in new[] { TranslationState.Translated, TranslationState.Drifted, TranslationState.Missing, TranslationState.Draft })
                {
                    json.WriteNumber(state.ToString().ToLowerInvariant(), locale.Count(state));
                }

                json.WriteNumber("complete", Math.Round(locale.Complete, 1));
                json.WriteStartArray("units");
                foreach (var unit in locale.Units.Where(u => u.State != TranslationState.Translated))
                {
                    json.WriteStartObject();
                    json.WriteString("key", unit.Key);
                    json.WriteString("state", unit.State.ToString().ToLowerInvariant());
                    json.WriteString("file", (unit.TargetLocation ?? unit.SourceLocation)?.File);
                    json.WriteNumber("line", (unit.TargetLocation ?? unit.SourceLocation)?.Line ?? 0);
                    if (unit.Note is not null)
                    {
                        json.WriteString("note", unit.Note);
                    }

                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static (string Root, GuideContent Content) Open(string contentDirectory)
    {
        ArgumentException.ThrowIfNullOrEmpty(contentDirectory);
        var root = Path.GetFullPath(contentDirectory);
        var loaded = ContentLoader.Load(ContentSource.FromDirectory(root));
        if (loaded.Content is not { } content || loaded.Diagnostics.Any(d => d.IsError))
        {
            throw new ArgumentException("The content has errors, so no translation file was changed. Run 'allyguide validate' and fix them first.", nameof(contentDirectory));
        }

        return (root, content);
    }

    private static string Declared(GuideContent content, string locale) =>
        content.Locales.FirstOrDefault(l => string.Equals(l.Code, locale.Trim(), StringComparison.OrdinalIgnoreCase))?.Code
        ?? throw new ArgumentException($"The locale '{locale}' is not declared. Declared locales: {string.Join(", ", content.Locales.Select(l => l.Code))}.", nameof(locale));

    private static string Translatable(GuideContent content, string locale)
    {
        var code = Declared(content, locale);
        return code == content.DefaultLocale
            ? throw new ArgumentException($"'{code}' is the default locale: it is the source every translation follows.", nameof(locale))
            : code;
    }

    [System.Text.RegularExpressions.GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z]{4})?(-(?:[A-Za-z]{2}|[0-9]{3}))?(-[A-Za-z0-9]{5,8})*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex LocaleCode();
}

/// <summary>Where every translated locale stands.</summary>
public sealed class TranslationReport
{
    internal TranslationReport()
    {
    }

    /// <summary>The default locale, which every translation follows.</summary>
    public string SourceLocale { get; internal init; } = "";

    /// <summary>Each locale's status.</summary>
    public ImmutableArray<LocaleStatus> Locales { get; internal init; } = [];
}

/// <summary>Where one locale stands: each unit's state, and the counts.</summary>
public sealed class LocaleStatus
{
    internal LocaleStatus()
    {
    }

    /// <summary>The locale.</summary>
    public string Locale { get; internal init; } = "";

    /// <summary>Every unit, in the source's order.</summary>
    public ImmutableArray<TranslationUnit> Units { get; internal init; } = [];

    /// <summary>True when the guide has plain-language and wording lints for the locale's language.</summary>
    public bool Checked { get; internal init; }

    /// <summary>How many units there are.</summary>
    public int Total => Units.Length;

    /// <summary>The percentage of units translated from the current source.</summary>
    public double Complete => Total == 0 ? 100 : 100.0 * Count(TranslationState.Translated) / Total;

    /// <summary>How many units are in <paramref name="state"/>.</summary>
    public int Count(TranslationState state) => Units.Count(u => u.State == state);
}

/// <summary>What a translation tool wrote.</summary>
public sealed class TranslationEdit
{
    internal TranslationEdit()
    {
    }

    /// <summary>The files written or created, relative to the content folder.</summary>
    public ImmutableArray<string> Written { get; internal init; } = [];

    /// <summary>Units (or whole files) added as stubs.</summary>
    public int Added { get; internal init; }

    /// <summary>Units translated by hand that were given a pin.</summary>
    public int Pinned { get; internal init; }

    /// <summary>Drifted units pinned again: their translation was updated since, or accepted as it is.</summary>
    public int Updated { get; internal init; }

    /// <summary>Units an XLIFF file gave translations for.</summary>
    public int Imported { get; internal init; }

    /// <summary>Parts the tools could not edit, with why.</summary>
    public ImmutableArray<Diagnostic> Problems { get; internal init; } = [];
}
