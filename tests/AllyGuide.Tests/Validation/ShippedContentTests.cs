using AllyGuide.Loading;
using AllyGuide.Tests.Infrastructure;

namespace AllyGuide.Tests.Validation;

public sealed class ShippedContentTests
{
    [Fact]
    public void The_content_folder_has_no_diagnostics()
    {
        var diagnostics = Guide.Validate(ContentSource.FromDirectory(TestPaths.ContentDirectory));
        Assert.True(diagnostics.IsEmpty, string.Join(Environment.NewLine, diagnostics));
    }

    [Fact]
    public void The_embedded_content_has_no_diagnostics()
    {
        var diagnostics = Guide.Validate(ContentSource.Embedded);
        Assert.True(diagnostics.IsEmpty, string.Join(Environment.NewLine, diagnostics));
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
    public void The_embedded_guide_has_the_four_foundation_topics()
    {
        var guide = Guide.LoadEmbedded();
        Assert.Equal(["listening", "emotional-support", "professional-help", "self-care"], guide.TopicOrder.ToArray());
        Assert.Same(guide, Guide.LoadEmbedded());
    }
}
