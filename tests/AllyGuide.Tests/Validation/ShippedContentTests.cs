using AllyGuide.Loading;
using AllyGuide.Tests.Infrastructure;

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
            ["why-allies-matter", "empathy", "listening", "validating-feelings", "emotional-support", "professional-help", "kinds-of-help",
             "learning-about-mental-health", "self-care", "everyday-roles", "helping-in-a-crisis"],
            guide.TopicOrder.ToArray());
        Assert.Equal(["listening", "validating-feelings", "professional-help", "self-care"], guide.StartHere.ToArray());
        Assert.Same(guide, Guide.LoadEmbedded());
    }
}
