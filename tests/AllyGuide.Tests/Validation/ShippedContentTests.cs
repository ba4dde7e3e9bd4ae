using AllyGuide.Loading;
using AllyGuide.Tests.Infrastructure;
using AllyGuide.Validation;

namespace AllyGuide.Tests.Validation;

public sealed class ShippedContentTests
{
    [Fact]
    public void The_content_folder_has_no_diagnostics()
    {
        var diagnostics = Guide.Validate(ContentSource.FromDirectory(TestPaths.ContentDirectory), TestClock.Options);
        AssertOnlyUncheckedLanguages(diagnostics);
    }

    [Fact]
    public void The_embedded_content_has_no_diagnostics()
    {
        var diagnostics = Guide.Validate(ContentSource.Embedded, TestClock.Options);
        AssertOnlyUncheckedLanguages(diagnostics);
    }

    /// <summary>No error or warning; the one info is that Arabic has no lints, which is reported, never passed as clean.</summary>
    private static void AssertOnlyUncheckedLanguages(System.Collections.Immutable.ImmutableArray<AllyGuide.Diagnostics.Diagnostic> diagnostics)
    {
        var info = Assert.Single(diagnostics);
        Assert.Equal("AG0100", info.Code);
        Assert.Contains("'ar'", info.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_topic_file_is_named_by_its_id_and_in_the_reading_order()
    {
        var files = Directory.EnumerateFiles(Path.Combine(TestPaths.ContentDirectory, "en", "topics")).Select(Path.GetFileNameWithoutExtension).Order();
        Assert.Equal(files, Guide.LoadEmbedded().TopicOrder.Order());
    }

    [Fact]
    public void The_embedded_content_is_the_content_folder()
    {
        var folder = ContentSource.FromDirectory(TestPaths.ContentDirectory);
        var embedded = ContentSource.Embedded;
        foreach (var file in new[] { "guide.yaml", "en/ui.yaml", "en/crisis.yaml", "en/sources.yaml", "templates/html/page.scriban-html" })
        {
            using var a = folder.OpenRead(file);
            using var b = embedded.OpenRead(file);
            using var ra = new StreamReader(a);
            using var rb = new StreamReader(b);
            Assert.Equal(ra.ReadToEnd(), rb.ReadToEnd());
        }

        Assert.Equal(folder.EnumerateFiles("en/topics"), embedded.EnumerateFiles("en/topics"));
    }

    [Fact]
    public void The_embedded_guide_has_every_topic_in_reading_order()
    {
        var guide = Guide.LoadEmbedded();
        Assert.Equal(
            ["why-allies-matter", "helping-in-a-crisis", "empathy", "listening", "validating-feelings", "emotional-support", "professional-help",
             "kinds-of-help", "learning-about-mental-health", "everyday-roles", "talking-with-children", "self-harm", "psychosis-and-mania",
             "alcohol-and-drugs", "after-an-attempt", "crisis-plan", "your-own-safety", "self-care"],
            guide.TopicOrder.ToArray());
        // A frightened reader finds what to do in a crisis first on the start-here path, second in the reading order.
        Assert.Equal(["helping-in-a-crisis", "listening", "validating-feelings", "professional-help", "self-care"], guide.StartHere.ToArray());
        Assert.Equal("helping-in-a-crisis", guide.Content.CrisisTopic);
        Assert.Same(guide, Guide.LoadEmbedded());
    }

    /// <summary>The guide promises more than the lint asks (grade 8): every English topic at grade 6 or lower, every Spanish one "normal" or easier.</summary>
    [Fact]
    public void Every_topic_reads_at_grade_6_or_lower_by_the_librarys_own_count()
    {
        var guide = Guide.LoadEmbedded();
        var report = ReadabilityReport.Measure(guide.Content);

        var english = report.Where(r => r.Locale == "en").ToList();
        Assert.Equal(guide.TopicOrder, english.Select(r => r.TopicId));
        Assert.All(english, r => Assert.True(r.Value <= 6.0, $"{r.TopicId} reads at grade {r.Value:0.0}"));
        var spanish = report.Where(r => r.Locale == "es").ToList();
        Assert.Equal(guide.TopicOrder.Length, spanish.Count);
        Assert.All(spanish, r => Assert.True(r.WithinLimit && r.Measure == "INFLESZ", $"{r.TopicId} scores {r.Value:0.0} INFLESZ"));
        Assert.DoesNotContain(report, r => r.Locale == "ar");
    }

    [Fact]
    public void Every_topic_cites_two_or_more_specific_pages_and_no_home_page()
    {
        var guide = Guide.LoadEmbedded();
        foreach (var id in guide.TopicOrder)
        {
            var sources = guide.GetTopic(id).Sources;
            Assert.True(sources.Length >= 2, $"{id} cites {sources.Length} sources");
            Assert.All(sources, s => Assert.NotEqual("/", new Uri(s.Url).AbsolutePath));
        }
    }

    [Fact]
    public void No_phrase_is_given_twice_anywhere_in_the_guide()
    {
        var repeated = Guide.LoadEmbedded().Phrases().Items
            .GroupBy(m => (m.Phrase.Kind, Text: m.Phrase.Text.Text.Trim().ToUpperInvariant()))
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key.Text} in {string.Join(", ", g.Select(m => m.TopicId))}");
        Assert.Empty(repeated);
    }
}
