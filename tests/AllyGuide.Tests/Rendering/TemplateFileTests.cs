using System.Text;
using AllyGuide.Rendering;
using AllyGuide.Tests.Infrastructure;

namespace AllyGuide.Tests.Rendering;

/// <summary>Template files get the protections YAML files get: a bad file is a located diagnostic, never an exception.</summary>
public sealed class TemplateFileTests
{
    public static TheoryData<string, string> BrokenTemplates() => new()
    {
        { "binary", "AG0004" },
        { "invalid-utf8", "AG0003" },
        { "too-large", "AG0002" },
        { "dangling-link", "AG0022" },
    };

    [Theory]
    [MemberData(nameof(BrokenTemplates))]
    public void A_broken_template_file_is_a_diagnostic(string breakage, string code)
    {
        using var fixture = new ContentFixture();
        var folder = Path.Combine(fixture.Root, "templates", "html");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "fragment.scriban-html");
        switch (breakage)
        {
            case "binary":
                File.WriteAllBytes(file, [.. "<p>\n"u8, 0, .. "</p>"u8]);
                break;
            case "invalid-utf8":
                File.WriteAllBytes(file, [.. "<p>caf"u8, 0xE9, .. "</p>"u8]);
                break;
            case "too-large":
                File.WriteAllText(file, new string('x', 2 * 1024 * 1024));
                break;
            case "dangling-link":
                File.CreateSymbolicLink(file, Path.Combine(fixture.Root, "no-such-file"));
                break;
        }

        var set = TemplateSet.Load(fixture.Source);
        var diagnostics = Guide.Validate(fixture.Source, fixture.Options);

        var found = Assert.Single(set.Diagnostics);
        Assert.Equal(code, found.Code);
        Assert.EndsWith("templates/html/fragment.scriban-html", found.FilePath, StringComparison.Ordinal);
        Assert.Contains(diagnostics, d => d.Code == code && d.FilePath == found.FilePath);
        Assert.False(GuideRenderer.TryCreate(RendererOptions.Default with { Templates = set }, out _, out var rendererDiagnostics));
        Assert.Contains(found, rendererDiagnostics);
        // The built-in template of the same name stays in use.
        Assert.Equal(TemplateSet.Embedded.Templates["html/fragment"].Text, set.Templates["html/fragment"].Text);
    }

    [Fact]
    public void A_binary_template_says_template_not_yaml()
    {
        using var fixture = new ContentFixture();
        Directory.CreateDirectory(Path.Combine(fixture.Root, "templates", "text"));
        File.WriteAllBytes(Path.Combine(fixture.Root, "templates", "text", "topic.scriban-txt"), Encoding.UTF8.GetBytes("a\0b"));

        var diagnostic = Assert.Single(TemplateSet.Load(fixture.Source).Diagnostics);
        Assert.Contains("UTF-8 template file", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal((1, 2), (diagnostic.Line, diagnostic.Column));
    }
}
