using AllyGuide.Loading;
using AllyGuide.Localization;
using AllyGuide.Rendering;
using AllyGuide.Tests.Infrastructure;
using AllyGuide.Translation;

namespace AllyGuide.Tests.Translation;

/// <summary>
/// The translator's tools on real files: a new locale, sync, drift from a changed source to a translator's update, and
/// XLIFF out and back. None of them removes, reorders or rewrites what a translator wrote, or loses a comment.
/// </summary>
public sealed class TranslationToolTests
{
    private static string Read(ContentFixture fixture, string relative) => File.ReadAllText(Path.Combine(fixture.Root, relative));

    private static void Write(ContentFixture fixture, string relative, string text) => File.WriteAllText(Path.Combine(fixture.Root, relative), text);

    private static LocaleStatus Status(ContentFixture fixture, string locale = "fr") =>
        Translations.Status(ContentLoader.Load(fixture.Source, fixture.Options), locale).Locales.Single();

    private static Dictionary<string, string> Snapshot(ContentFixture fixture) =>
        Directory.EnumerateFiles(fixture.Root, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(fixture.Root, f), File.ReadAllText);

    /// <summary>A fixture with a French locale made by new-locale and one topic's title and first section translated by hand.</summary>
    private static ContentFixture WithFrench()
    {
        var fixture = new ContentFixture();
        Write(fixture, "guide.yaml", Read(fixture, "guide.yaml").Replace("locales:", "# The locales, in the order of the language switcher.\nlocales:", StringComparison.Ordinal));
        Translations.NewLocale(fixture.Root, "fr", "Français", ["FR"]);
        var alpha = Read(fixture, "fr/topics/alpha.yaml");
        alpha = alpha.Replace("# title (en): Alpha topic\n", "# title (en): Alpha topic\ntitle: Sujet alpha\n", StringComparison.Ordinal)
            .Replace("    # title (en): First section\n", "    # A translator's own note, to keep.\n    title: Première partie\n", StringComparison.Ordinal)
            .Replace("    # body (en): A short body with *emphasis* and a [link](https://example.org/page).\n",
                "    body: Un court texte avec de l'*emphase* et un [lien](https://example.org/page).\n", StringComparison.Ordinal);
        Write(fixture, "fr/topics/alpha.yaml", alpha);
        Translations.Sync(fixture.Root, "fr");
        return fixture;
    }

    [Fact]
    public void A_new_locale_is_declared_and_every_unit_waits_to_be_translated()
    {
        using var fixture = new ContentFixture();
        var edit = Translations.NewLocale(fixture.Root, "fr", "Français", ["FR", "BE"]);

        Assert.Contains("guide.yaml", edit.Written);
        Assert.Contains("  - code: fr\n    name: Français\n    regions: [FR, BE]\n", Read(fixture, "guide.yaml"), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(fixture.Root, "fr", "ui.yaml")));
        Assert.True(File.Exists(Path.Combine(fixture.Root, "fr", "crisis.yaml")));
        Assert.Contains("# title (en): Alpha topic", Read(fixture, "fr/topics/alpha.yaml"), StringComparison.Ordinal);

        var status = Status(fixture);
        Assert.True(status.Total > 20);
        Assert.Equal(status.Total, status.Count(TranslationState.Missing));
        Assert.DoesNotContain(Guide.Validate(fixture.Source, fixture.Options), d => d.IsError || d.Severity == Diagnostics.DiagnosticSeverity.Warning);

        var error = Assert.Throws<ArgumentException>(() => Translations.NewLocale(fixture.Root, "fr"));
        Assert.Contains("already declared", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sync_pins_what_was_translated_by_hand_and_then_changes_nothing()
    {
        using var fixture = WithFrench();
        var alpha = Read(fixture, "fr/topics/alpha.yaml");

        Assert.Matches(@"id: alpha\npin: [0-9a-f]{8}-[0-9a-f]{8}\n", alpha);
        Assert.Contains("# A translator's own note, to keep.", alpha, StringComparison.Ordinal);
        Assert.Equal(TranslationState.Translated, Status(fixture).Units.Single(u => u.Key == "topic:alpha:section:first").State);

        var before = Snapshot(fixture);
        var again = Translations.Sync(fixture.Root, "fr");
        Assert.Empty(again.Written);
        Assert.Equal(before, Snapshot(fixture));
    }

    [Fact]
    public void Sync_adds_what_the_source_gained_and_keeps_every_line_the_translator_wrote()
    {
        using var fixture = WithFrench();
        var before = Read(fixture, "fr/topics/alpha.yaml");
        var english = Read(fixture, "en/topics/alpha.yaml");
        Write(fixture, "en/topics/alpha.yaml", english.TrimEnd('\n') + "\n  - id: added-later\n    title: Added later\n    body: A new part.\n");

        var edit = Translations.Sync(fixture.Root, "fr");

        Assert.Equal(["fr/topics/alpha.yaml"], edit.Written.ToArray());
        var after = Read(fixture, "fr/topics/alpha.yaml");
        var kept = before.Split('\n').Where(l => l.Length > 0).ToList();
        var lines = after.Split('\n').ToList();
        var position = 0;
        foreach (var line in kept)
        {
            position = lines.IndexOf(line, position);
            Assert.True(position >= 0, $"Line lost or moved: {line}");
        }

        Assert.Contains("  - id: added-later\n", after, StringComparison.Ordinal);
        Assert.Contains("    # title (en): Added later\n", after, StringComparison.Ordinal);
        Assert.Equal(TranslationState.Missing, Status(fixture).Units.Single(u => u.Key == "topic:alpha:section:added-later").State);
    }

    [Fact]
    public void Editing_one_source_sentence_drifts_exactly_that_unit_until_a_translator_updates_it()
    {
        using var fixture = WithFrench();
        var translatedBefore = Status(fixture).Units.Where(u => u.State == TranslationState.Translated).Select(u => u.Key).ToHashSet();
        Write(fixture, "en/topics/alpha.yaml", Read(fixture, "en/topics/alpha.yaml").Replace("A short body with", "A short body, now changed, with", StringComparison.Ordinal));

        var drifted = Status(fixture).Units.Where(u => u.State == TranslationState.Drifted).ToList();
        var unit = Assert.Single(drifted);
        Assert.Equal("topic:alpha:section:first", unit.Key);
        Assert.Equal(translatedBefore.Count - 1, Status(fixture).Count(TranslationState.Translated));
        Assert.EndsWith("fr/topics/alpha.yaml", unit.TargetLocation!.Value.File, StringComparison.Ordinal);

        // The page says so, in the reader's language (here the fallback's, since French has no UI strings yet).
        var page = GuideRenderer.Default.Render(Guide.Load(fixture.Source, fixture.Options).GetTopic("alpha", "fr"), OutputFormat.HtmlFragment);
        Assert.Contains("notice-drifted", page, StringComparison.Ordinal);

        // Sync alone does not hide it: nobody has looked at the translation yet.
        Translations.Sync(fixture.Root, "fr");
        Assert.Equal("topic:alpha:section:first", Assert.Single(Status(fixture).Units, u => u.State == TranslationState.Drifted).Key);

        // A translator updates the text; sync then pins it to the new source.
        Write(fixture, "fr/topics/alpha.yaml", Read(fixture, "fr/topics/alpha.yaml").Replace("Un court texte", "Un court texte, modifié,", StringComparison.Ordinal));
        var edit = Translations.Sync(fixture.Root, "fr");
        Assert.Equal(1, edit.Updated);
        Assert.DoesNotContain(Status(fixture).Units, u => u.State == TranslationState.Drifted);
        Assert.DoesNotContain("notice-drifted", GuideRenderer.Default.Render(Guide.Load(fixture.Source, fixture.Options).GetTopic("alpha", "fr"), OutputFormat.HtmlFragment), StringComparison.Ordinal);
    }

    [Fact]
    public void A_translator_can_accept_a_drifted_unit_whose_translation_still_fits()
    {
        using var fixture = WithFrench();
        Write(fixture, "en/topics/alpha.yaml", Read(fixture, "en/topics/alpha.yaml").Replace("title: First section", "title: First  section", StringComparison.Ordinal));
        Assert.Equal(TranslationState.Drifted, Status(fixture).Units.Single(u => u.Key == "topic:alpha:section:first").State);

        var edit = Translations.Sync(fixture.Root, "fr", ["topic:alpha:section:first"]);

        Assert.Equal(1, edit.Updated);
        Assert.Equal(TranslationState.Translated, Status(fixture).Units.Single(u => u.Key == "topic:alpha:section:first").State);
        Assert.Contains("title: Première partie", Read(fixture, "fr/topics/alpha.yaml"), StringComparison.Ordinal);
    }

    [Fact]
    public void Xliff_export_then_import_changes_nothing()
    {
        using var fixture = WithFrench();
        var before = Snapshot(fixture);
        var xliff = Translations.ExportXliff(ContentLoader.Load(fixture.Source, fixture.Options), "fr");

        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<xliff version=\"2.0\" srcLang=\"en\" trgLang=\"fr\"", xliff, StringComparison.Ordinal);
        Assert.Contains("<unit id=\"topic:alpha:section:first\">", xliff, StringComparison.Ordinal);
        Assert.Contains("<segment id=\"title\" state=\"translated\">", xliff, StringComparison.Ordinal);
        Assert.Contains("subState=\"allyguide:missing\"", xliff, StringComparison.Ordinal);

        var edit = Translations.ImportXliff(fixture.Root, xliff);

        Assert.Empty(edit.Written);
        Assert.Equal(before, Snapshot(fixture));
    }

    [Fact]
    public void An_imported_translation_is_written_and_pinned_and_an_unfinished_one_is_a_draft()
    {
        using var fixture = WithFrench();
        var xliff = Translations.ExportXliff(ContentLoader.Load(fixture.Source, fixture.Options), "fr");
        var document = System.Xml.Linq.XDocument.Parse(xliff);
        var ns = System.Xml.Linq.XNamespace.Get("urn:oasis:names:tc:xliff:document:2.0");
        void Fill(string unit, string field, string target, string state)
        {
            var segment = document.Descendants(ns + "unit").Single(u => (string?)u.Attribute("id") == unit).Elements(ns + "segment").Single(s => (string?)s.Attribute("id") == field);
            segment.SetAttributeValue("state", state);
            segment.SetAttributeValue("subState", null);
            segment.Add(new System.Xml.Linq.XElement(ns + "target", target));
        }

        Fill("topic:alpha:tip:first-tip", "text", "Écoute plus que tu ne parles.", "translated");
        Fill("topic:alpha:phrase:here-for-you", "text", "Je suis là pour toi.", "initial");
        var edit = Translations.ImportXliff(fixture.Root, document.ToString());

        Assert.Equal(["fr/topics/alpha.yaml"], edit.Written.ToArray());
        var alpha = Read(fixture, "fr/topics/alpha.yaml");
        Assert.Contains("text: Écoute plus que tu ne parles.", alpha, StringComparison.Ordinal);
        Assert.Contains("draft: true\n", alpha, StringComparison.Ordinal);
        var status = Status(fixture);
        Assert.Equal(TranslationState.Translated, status.Units.Single(u => u.Key == "topic:alpha:tip:first-tip").State);
        Assert.Equal(TranslationState.Draft, status.Units.Single(u => u.Key == "topic:alpha:phrase:here-for-you").State);
        // A draft is not shown to readers: they see the original, marked as such.
        var tip = Guide.Load(fixture.Source, fixture.Options).GetTopic("alpha", "fr").Sections[0].Tips[0];
        Assert.Equal(("I'm here for you.", "en"), (tip.TrySaying[0].Text.Text, tip.TrySaying[0].Text.Locale));
        Assert.Equal(("Écoute plus que tu ne parles.", "fr"), (tip.Text.Text, tip.Text.Locale));
    }

    [Fact]
    public void Tools_refuse_content_with_errors_and_touch_nothing()
    {
        using var fixture = WithFrench();
        Write(fixture, "en/topics/alpha.yaml", Read(fixture, "en/topics/alpha.yaml").Replace("title: Alpha topic", "title: [broken", StringComparison.Ordinal));
        var before = Snapshot(fixture);

        Assert.Throws<ArgumentException>(() => Translations.Sync(fixture.Root, "fr"));
        Assert.Throws<ArgumentException>(() => Translations.NewLocale(fixture.Root, "de"));
        Assert.Equal(before, Snapshot(fixture));
    }

    [Fact]
    public void A_list_written_in_flow_style_is_reported_not_rewritten()
    {
        using var fixture = WithFrench();
        Write(fixture, "fr/crisis.yaml", "schema: 2\nregions: [ ]\n");
        var edit = Translations.Sync(fixture.Root, "fr");

        Assert.Contains(edit.Problems, p => p.Message.Contains("'regions' is not a list of one item per line", StringComparison.Ordinal));
        Assert.StartsWith("schema: 2\nregions: [ ]\n", Read(fixture, "fr/crisis.yaml"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_drifted_unit_exported_and_imported_as_it_was_stays_drifted_and_is_not_made_a_draft()
    {
        using var fixture = WithFrench();
        Write(fixture, "en/topics/alpha.yaml", Read(fixture, "en/topics/alpha.yaml").Replace("A short body with", "A short body, now changed, with", StringComparison.Ordinal));
        var before = Snapshot(fixture);
        var xliff = Translations.ExportXliff(ContentLoader.Load(fixture.Source, fixture.Options), "fr");
        Assert.Contains("subState=\"allyguide:drifted\"", xliff, StringComparison.Ordinal);

        var edit = Translations.ImportXliff(fixture.Root, xliff);

        Assert.Empty(edit.Written);
        Assert.Equal(before, Snapshot(fixture));
        Assert.Equal(TranslationState.Drifted, Status(fixture).Units.Single(u => u.Key == "topic:alpha:section:first").State);
    }
}
