using System.Collections.Immutable;
using System.Xml;
using System.Xml.Linq;
using AllyGuide.Localization;

namespace AllyGuide.Translation;

/// <summary>
/// XLIFF 2.0 for translation teams (Weblate, Crowdin, CAT tools): one <c>file</c> per content file, one <c>unit</c> per
/// translation unit, one <c>segment</c> per text field. Each unit's metadata carries its pins; notes carry the note for
/// translators and, for a drifted unit, that its source changed. Segment states: <c>initial</c> (missing, drifted or
/// draft, told apart by <c>subState</c>) and <c>translated</c>.
/// </summary>
internal static class Xliff
{
    public static readonly XNamespace Core = "urn:oasis:names:tc:xliff:document:2.0";
    public static readonly XNamespace Metadata = "urn:oasis:names:tc:xliff:metadata:2.0";
    private const string SubStatePrefix = "allyguide:";

    public static string Export(string sourceLocale, string targetLocale, ImmutableArray<TranslationUnit> units)
    {
        var root = new XElement(Core + "xliff",
            new XAttribute("version", "2.0"),
            new XAttribute("srcLang", sourceLocale),
            new XAttribute("trgLang", targetLocale),
            new XAttribute(XNamespace.Xmlns + "mda", Metadata.NamespaceName));
        var index = 0;
        foreach (var file in units.GroupBy(u => u.File))
        {
            root.Add(new XElement(Core + "file",
                new XAttribute("id", "f" + (++index).ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new XAttribute("original", file.Key),
                file.Select(Unit)));
        }

        var document = new XDocument(new XDeclaration("1.0", "utf-8", null), root);
        using var writer = new Utf8StringWriter();
        document.Save(writer, SaveOptions.None);
        return writer.ToString().ReplaceLineEndings("\n") + "\n";
    }

    private static XElement Unit(TranslationUnit unit)
    {
        var targets = unit.Target.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var notes = new List<XElement>();
        if (unit.Note is { } note)
        {
            notes.Add(new XElement(Core + "note", new XAttribute("category", "translator"), note));
        }

        if (unit.State == TranslationState.Drifted)
        {
            notes.Add(new XElement(Core + "note", new XAttribute("category", "allyguide"),
                "The source changed after this was translated. Update the target, then mark it translated."));
        }

        var (state, subState) = unit.State switch
        {
            TranslationState.Translated => ("translated", null),
            TranslationState.Drifted => ("initial", "drifted"),
            TranslationState.Draft => ("initial", "draft"),
            _ => ("initial", "missing"),
        };
        return new XElement(Core + "unit",
            new XAttribute("id", unit.Key),
            new XElement(Metadata + "metadata",
                new XElement(Metadata + "metaGroup", new XAttribute("category", "allyguide"),
                    new XElement(Metadata + "meta", new XAttribute("type", "pin"), unit.Pin ?? unit.SourcePin),
                    new XElement(Metadata + "meta", new XAttribute("type", "sourcePin"), unit.SourcePin))),
            notes.Count == 0 ? null : new XElement(Core + "notes", notes),
            unit.Source.Where(p => p.Value.Length > 0).Select(field => new XElement(Core + "segment",
                new XAttribute("id", field.Key),
                new XAttribute("state", state),
                subState is null ? null : new XAttribute("subState", SubStatePrefix + subState),
                new XElement(Core + "source", new XAttribute(XNamespace.Xml + "space", "preserve"), field.Value),
                targets.TryGetValue(field.Key, out var target)
                    ? new XElement(Core + "target", new XAttribute(XNamespace.Xml + "space", "preserve"), target)
                    : null)));
    }

    /// <summary>Reads a file made by <see cref="Export"/> (or by a tool that kept its ids): the target locale and each unit's targets.</summary>
    /// <exception cref="XmlException">The file is not XLIFF 2.0.</exception>
    public static (string TargetLocale, Dictionary<string, TargetUnit> Units) Import(string xml)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = 64 * 1024 * 1024 };
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        var document = XDocument.Load(reader, LoadOptions.None);
        var root = document.Root;
        if (root is null || root.Name != Core + "xliff" || (string?)root.Attribute("version") is not ("2.0" or "2.1" or "2.2"))
        {
            throw new XmlException("This is not an XLIFF 2 file: its root must be <xliff version=\"2.0\"> in the XLIFF 2.0 namespace.");
        }

        var target = (string?)root.Attribute("trgLang") ?? throw new XmlException("The XLIFF file has no trgLang: it does not say which locale it translates into.");
        var units = new Dictionary<string, TargetUnit>(StringComparer.Ordinal);
        foreach (var unit in root.Descendants(Core + "unit"))
        {
            var id = (string?)unit.Attribute("id");
            if (id is null)
            {
                continue;
            }

            var fields = new Dictionary<string, string>(StringComparer.Ordinal);
            var translated = true;
            foreach (var segment in unit.Elements(Core + "segment"))
            {
                var field = (string?)segment.Attribute("id");
                var text = segment.Element(Core + "target")?.Value;
                if (field is null || text is null)
                {
                    continue;
                }

                fields[field] = text;
                translated &= (string?)segment.Attribute("state") is "translated" or "reviewed" or "final";
            }

            if (fields.Count > 0)
            {
                units[id] = new TargetUnit(fields, translated);
            }
        }

        return (target, units);
    }

    private sealed class Utf8StringWriter : StringWriter
    {
        public Utf8StringWriter()
            : base(System.Globalization.CultureInfo.InvariantCulture)
        {
        }

        public override System.Text.Encoding Encoding => new System.Text.UTF8Encoding(false);
    }
}
