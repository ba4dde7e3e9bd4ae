using System.Text.RegularExpressions;
using AllyGuide.Tests.Infrastructure;

namespace AllyGuide.Tests.Rendering;

/// <summary>The site's stylesheet mirrors for right-to-left pages by using logical properties only.</summary>
public sealed partial class StylesheetTests
{
    [Fact]
    public void The_stylesheet_uses_no_physical_side()
    {
        var css = File.ReadAllText(Path.Combine(TestPaths.ContentDirectory, "templates", "assets", "site.css"));
        var rules = Comments().Replace(css, "");

        Assert.Empty(PhysicalSide().Matches(rules).Select(m => m.Value));
        // A shorthand with more than one value names sides by position (top right bottom left).
        Assert.Empty(SidedShorthand().Matches(rules).Select(m => m.Value));
    }

    [GeneratedRegex(@"/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex Comments();

    [GeneratedRegex(@"(?<![\w-])(?:(?:margin|padding|border|inset)-(?:left|right|top|bottom)[\w-]*|left|right|top|bottom)\s*:|(?:float|clear|text-align)\s*:\s*(?:left|right)")]
    private static partial Regex PhysicalSide();

    [GeneratedRegex(@"(?<![\w-])(?:margin|padding|inset)\s*:\s*[^;}\s]+\s+[^;}]+")]
    private static partial Regex SidedShorthand();
}
