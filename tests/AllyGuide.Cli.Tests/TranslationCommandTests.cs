using System.Text.Json;

namespace AllyGuide.Cli.Tests;

/// <summary>
/// The translator's commands through the real process, on a copy of the shipped content: status, new-locale, sync,
/// export and import, and the locale and region checks of render and build.
/// </summary>
public sealed class TranslationCommandTests
{
    private const string DriftedUnit = "topic:listening:section:give-full-attention";

    [Fact]
    public void Status_shows_spanish_complete_and_arabic_partly_translated_and_unchecked()
    {
        using var temp = new TempFolder();

        var table = CliRunner.Run(temp.Path, "status");
        var json = CliRunner.Run(temp.Path, "status", "--format", "json");

        Assert.Equal(0, table.ExitCode);
        Assert.Matches(@"\nes\s+\d+\s+(\d+)\s+0\s+0\s+0\s+100\.0%\s+checked\n", table.Stdout);
        // Arabic is partial: some units are missing, and a few drifted when the English they came from was rewritten.
        Assert.Matches(@"\nar\s+\d+\s+\d+\s+\d+\s+\d+\s+0\s+\d+\.\d%\s+not checked\n", table.Stdout);
        Assert.Contains("ar/topics/why-allies-matter.yaml(", table.Stdout, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json.Stdout);
        var locales = document.RootElement.GetProperty("locales").EnumerateArray().ToDictionary(l => l.GetProperty("locale").GetString()!);
        Assert.Equal(["es", "ar"], locales.Keys);
        Assert.Equal(100.0, locales["es"].GetProperty("complete").GetDouble());
        Assert.True(locales["ar"].GetProperty("complete").GetDouble() is > 0 and < 100);
    }

    [Fact]
    public void Min_complete_fails_only_for_a_locale_below_it()
    {
        using var temp = new TempFolder();

        var spanish = CliRunner.Run(temp.Path, "status", "--locale", "es", "--min-complete", "100");
        var every = CliRunner.Run(temp.Path, "status", "--min-complete", "100");
        var unknown = CliRunner.Run(temp.Path, "status", "--locale", "xx");

        Assert.Equal(0, spanish.ExitCode);
        Assert.Equal(1, every.ExitCode);
        Assert.Contains("allyguide: 'ar' is ", every.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("'es' is", every.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, unknown.ExitCode);
        unknown.AssertNoCrash();
    }

    /// <summary>The issue's own test: one English sentence changes, exactly that Spanish unit drifts, on the page too, until a translator updates it and syncs.</summary>
    [Fact]
    public void Editing_one_english_sentence_drifts_exactly_that_spanish_unit_until_it_is_updated()
    {
        using var temp = new TempFolder();
        var content = temp.CopyOfContent();
        var english = Path.Combine(content, "en", "topics", "listening.yaml");
        Replace(english, "Put your phone away. Turn off the TV.", "Put your phone away. Turn off the TV or music.");

        var status = CliRunner.Run(temp.Path, "status", "--locale", "es", "--content", content);
        var page = CliRunner.Run(temp.Path, "render", "listening", "--locale", "es", "--format", "fragment", "--content", content);

        var counts = System.Text.RegularExpressions.Regex.Match(status.Stdout, @"\nes\s+(\d+)\s+(\d+)\s+1\s+0\s+0\s+");
        Assert.True(counts.Success, status.Stdout);
        Assert.Equal(int.Parse(counts.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) - 1, int.Parse(counts.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
        var line = File.ReadAllLines(Path.Combine(content, "es", "topics", "listening.yaml")).ToList().FindIndex(l => l.Contains("id: give-full-attention", StringComparison.Ordinal)) + 1;
        Assert.Contains($"es/topics/listening.yaml({line},", status.Stdout, StringComparison.Ordinal);
        Assert.Contains($"): {DriftedUnit}\n", status.Stdout, StringComparison.Ordinal);
        Assert.Contains("body is now: When someone opens up, make them your focus. Put your phone away. Turn off the TV or music.", status.Stdout, StringComparison.Ordinal);
        Assert.Equal(1, Count(page.Stdout, "notice-drifted"));
        var section = page.Stdout[page.Stdout.IndexOf("id=\"give-full-attention\"", StringComparison.Ordinal)..];
        Assert.Contains("notice-drifted", section[..section.IndexOf("</section>", StringComparison.Ordinal)], StringComparison.Ordinal);

        Replace(Path.Combine(content, "es", "topics", "listening.yaml"), "Apaga la tele.", "Apaga la tele o la música.");
        var sync = CliRunner.Run(temp.Path, "sync", "es", "--content", content);
        var after = CliRunner.Run(temp.Path, "status", "--locale", "es", "--content", content, "--min-complete", "100");
        var pageAfter = CliRunner.Run(temp.Path, "render", "listening", "--locale", "es", "--format", "fragment", "--content", content);

        Assert.Equal(0, sync.ExitCode);
        Assert.StartsWith("Added 0 units, pinned 0, updated 1 that had drifted; changed es/topics/listening.yaml.", sync.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, after.ExitCode);
        Assert.Equal(0, Count(pageAfter.Stdout, "notice-drifted"));
        Assert.Contains("Apaga la tele o la música.", pageAfter.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_drifted_unit_can_be_accepted_as_it_is()
    {
        using var temp = new TempFolder();
        var content = temp.CopyOfContent();
        Replace(Path.Combine(content, "en", "topics", "listening.yaml"), "Put your phone away. Turn off the TV.", "Put your phone away. Switch off the TV.");

        var sync = CliRunner.Run(temp.Path, "sync", "es", "--content", content, "--accept", DriftedUnit);
        var status = CliRunner.Run(temp.Path, "status", "--locale", "es", "--content", content, "--min-complete", "100");

        Assert.Equal(0, sync.ExitCode);
        Assert.Equal(0, status.ExitCode);
    }

    [Fact]
    public void New_locale_scaffolds_a_valid_locale_that_sync_then_leaves_alone()
    {
        using var temp = new TempFolder();
        var content = temp.CopyOfContent();

        var created = CliRunner.Run(temp.Path, "new-locale", "fr", "--content", content, "--name", "Français", "--regions", "FR,CA");
        var files = Snapshot(content);
        var validate = CliRunner.Run(temp.Path, "validate", "--content", content, "--today", CliRunner.Today);
        var status = CliRunner.Run(temp.Path, "status", "--locale", "fr", "--content", content);
        var sync = CliRunner.Run(temp.Path, "sync", "fr", "--content", content);
        var again = CliRunner.Run(temp.Path, "new-locale", "fr", "--content", content);
        var render = CliRunner.Run(temp.Path, "render", "listening", "--locale", "fr-CA", "--content", content);

        Assert.Equal(0, created.ExitCode);
        Assert.Contains("  - code: fr\n    name: Français\n    regions: [FR, CA]\n", File.ReadAllText(Path.Combine(content, "guide.yaml")), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(content, "fr", "topics", "listening.yaml")));
        Assert.Contains("0 errors", validate.Stdout, StringComparison.Ordinal);
        var counts = System.Text.RegularExpressions.Regex.Match(status.Stdout, @"\nfr\s+(\d+)\s+0\s+0\s+(\d+)\s+0\s+0\.0%");
        Assert.True(counts.Success, status.Stdout);
        Assert.Equal(counts.Groups[1].Value, counts.Groups[2].Value);
        Assert.Equal(0, sync.ExitCode);
        Assert.Equal(files, Snapshot(content));
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("'fr' is already declared", again.Stderr, StringComparison.Ordinal);
        // Nothing is translated yet: English text, with Canada's lines for a reader in Canada.
        Assert.Equal(0, render.ExitCode);
        Assert.Contains("9-8-8 Suicide Crisis Helpline", render.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_then_import_changes_nothing()
    {
        using var temp = new TempFolder();
        var content = temp.CopyOfContent();
        var before = Snapshot(content);
        var file = temp.Combine("es.xlf");

        var stdout = CliRunner.Run(temp.Path, "export", "es", "--content", content);
        var written = CliRunner.Run(temp.Path, "export", "es", "--content", content, "--out", file);
        var import = CliRunner.Run(temp.Path, "import", file, "--content", content);

        Assert.Equal(0, stdout.ExitCode);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<xliff ", stdout.Stdout, StringComparison.Ordinal);
        Assert.Contains("srcLang=\"en\" trgLang=\"es\"", stdout.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, written.ExitCode);
        Assert.Equal(stdout.Stdout, File.ReadAllText(file));
        Assert.Equal(0, import.ExitCode);
        Assert.Contains("nothing changed", import.Stdout, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(content));
    }

    [Fact]
    public void Export_never_replaces_a_file_and_import_refuses_what_is_not_xliff()
    {
        using var temp = new TempFolder();
        var content = temp.CopyOfContent();
        var before = Snapshot(content);
        var existing = temp.Combine("mine.xlf");
        File.WriteAllText(existing, "my notes");
        var notXliff = temp.Combine("notes.xml");
        File.WriteAllText(notXliff, "<notes/>");

        var export = CliRunner.Run(temp.Path, "export", "es", "--content", content, "--out", existing);
        var missing = CliRunner.Run(temp.Path, "import", temp.Combine("nowhere.xlf"), "--content", content);
        var wrong = CliRunner.Run(temp.Path, "import", notXliff, "--content", content);
        var noContent = CliRunner.Run(temp.Path, "sync", "es");

        Assert.Equal(3, export.ExitCode);
        Assert.Equal("my notes", File.ReadAllText(existing));
        Assert.Equal(2, missing.ExitCode);
        Assert.Equal(2, wrong.ExitCode);
        Assert.Contains("not XLIFF 2.0", wrong.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, noContent.ExitCode);
        Assert.Contains("--content", noContent.Stderr, StringComparison.Ordinal);
        foreach (var result in new[] { export, missing, wrong, noContent })
        {
            result.AssertNoCrash();
        }

        Assert.Equal(before, Snapshot(content));
    }

    [Fact]
    public void An_unknown_region_is_refused_by_render_and_build()
    {
        using var temp = new TempFolder();

        var render = CliRunner.Run(temp.Path, "render", "listening", "--region", "atlantis");
        var build = CliRunner.Run(temp.Path, "build", "--region", "atlantis");

        Assert.Equal(2, render.ExitCode);
        Assert.Equal("", render.Stdout);
        Assert.Contains("'atlantis' is not a crisis region", render.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, build.ExitCode);
        Assert.False(Directory.Exists(temp.Combine("_site")));
    }

    [Theory]
    [InlineData("fr", "'fr' is not a declared locale (en, es, ar); showing 'en', with the crisis services of United States.")]
    [InlineData("es-AR", "'es-AR' is not a declared locale (en, es, ar); showing 'es', with the crisis services of En cualquier otro lugar.")]
    public void An_undeclared_locale_says_what_is_shown_instead(string locale, string notice)
    {
        using var temp = new TempFolder();

        var result = CliRunner.Run(temp.Path, "render", "listening", "--locale", locale);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(notice, result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-GB", "Call 116 123", "999")]
    [InlineData("en-AU", "Call 13 11 14", "000")]
    [InlineData("es-MX", "Llama al 800 911 2000", "911")]
    [InlineData("es", "Llama al 024", "112")]
    public void Each_locale_shows_its_own_regions_lines_first(string locale, string call, string emergency)
    {
        using var temp = new TempFolder();

        var result = CliRunner.Run(temp.Path, "render", "helping-in-a-crisis", "--locale", locale);

        Assert.Equal(0, result.ExitCode);
        // The title, the summary and the crisis box come first, before the first section.
        var crisisBlock = result.Stdout[..result.Stdout.IndexOf("\n\n\n", StringComparison.Ordinal)];
        Assert.Contains(call, crisisBlock, StringComparison.Ordinal);
        Assert.Contains($": {emergency}", crisisBlock, StringComparison.Ordinal);
        Assert.DoesNotContain("988", crisisBlock, StringComparison.Ordinal);
    }

    private static void Replace(string file, string from, string to)
    {
        var text = File.ReadAllText(file);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(file, text.Replace(from, to, StringComparison.Ordinal));
    }

    private static int Count(string text, string word) => text.Split(word).Length - 1;

    private static SortedDictionary<string, string> Snapshot(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))), StringComparer.Ordinal);
}
