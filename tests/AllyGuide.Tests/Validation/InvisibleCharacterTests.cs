using AllyGuide.Localization;
using AllyGuide.Rendering;
using AllyGuide.Tests.Infrastructure;

namespace AllyGuide.Tests.Validation;

/// <summary>Invisible characters that change what people see never pass: in content, in diagnostics, in plain-text output.</summary>
public sealed class InvisibleCharacterTests
{
    public static TheoryData<string, string, string> Fields() => new()
    {
        { "en/topics/beta.yaml", "title: Beta topic", "title: \"Beta \\u202Etopic\"" },
        { "en/topics/beta.yaml", "body: Plain body.", "body: \"Plain \\e]8;;https://evil.example\\e\\\\body\\e]8;;\\e\\\\.\"" },
        { "en/ui.yaml", "crisis_heading: Need help right now?", "crisis_heading: \"Need help\\u2067 right now?\"" },
        { "en/crisis.yaml", "description: \"A test service.\"", "description: \"A test\\u2028service.\"" },
        { "en/sources.yaml", "title: First source", "title: \"First\\x7F source\"" },
        { "guide.yaml", "name: English", "name: \"Eng\\u200Flish\"" },
    };

    [Theory]
    [MemberData(nameof(Fields))]
    public void Each_text_field_refuses_an_invisible_control(string file, string from, string to)
    {
        using var fixture = new ContentFixture();
        var path = Path.Combine(fixture.Root, file);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));

        var diagnostics = Guide.Validate(fixture.Source, fixture.Options);

        var hit = Assert.Single(diagnostics, d => d.Code == "AG0044");
        Assert.EndsWith(file, hit.FilePath, StringComparison.Ordinal);
        Assert.True(hit.Line > 0);
    }

    [Fact]
    public void Direction_marks_belong_to_right_to_left_languages_only()
    {
        using var fixture = new ContentFixture();
        var guide = Path.Combine(fixture.Root, "guide.yaml");
        File.WriteAllText(guide, File.ReadAllText(guide).Replace("topics:", "  - code: ar\n    name: العربية\ntopics:", StringComparison.Ordinal));
        Directory.CreateDirectory(Path.Combine(fixture.Root, "ar", "topics"));
        // An Arabic title with a right-to-left mark after the Latin word, as Arabic typesetting needs.
        File.WriteAllText(Path.Combine(fixture.Root, "ar", "topics", "beta.yaml"), "schema: 1\nid: beta\ntitle: \"موضوع Beta\u200F\"\n");

        var diagnostics = Guide.Validate(fixture.Source, fixture.Options);

        Assert.DoesNotContain(diagnostics, d => d.Code == "AG0044");
    }

    [Fact]
    public void A_diagnostic_quoting_content_shows_invisible_characters_by_their_code()
    {
        using var fixture = new ContentFixture();
        var path = Path.Combine(fixture.Root, "en", "topics", "beta.yaml");
        File.WriteAllText(path, File.ReadAllText(path).Replace("summary:", "\"summ\\e[2J\\u202Eary\": x\nsummary:", StringComparison.Ordinal));

        var diagnostics = Guide.Validate(fixture.Source, fixture.Options);

        var unknown = Assert.Single(diagnostics, d => d.Code == "AG0010");
        Assert.Contains("summ\\u001B[2J\\u202Eary", unknown.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(diagnostics, d => d.ToString().Any(c => char.IsControl(c) || c is '\u202E'));
    }

    [Fact]
    public void Plain_text_output_never_carries_a_control_character()
    {
        // Validation refuses such content; a host building its own model gets safe text all the same.
        var shipped = Guide.LoadEmbedded().GetTopic("listening", "en");
        var hostile = new LocalizedTopic
        {
            Id = "t",
            Title = new LocalizedText("Title\u001B]0;pwned\u0007", "en"),
            Summary = new LocalizedText("Summary \u001B[31mred\u001B[0m", "en"),
            Sections = [],
            Locale = "en",
            FallbackChain = ["en"],
            Sources = [],
            Crisis = shipped.Crisis,
            Ui = shipped.Ui,
            ContentVersion = shipped.ContentVersion,
        };

        var text = GuideRenderer.Default.Render(hostile, OutputFormat.Text);

        Assert.DoesNotContain('\u001B', text);
        Assert.DoesNotContain('\u0007', text);
        Assert.Contains("Summary \uFFFD[31mred", text, StringComparison.Ordinal);
    }
}
