using AllyGuide.Site;
using AllyGuide.Tests.Infrastructure;
using AngleSharp.Html.Parser;

namespace AllyGuide.Tests.Site;

public sealed class GuideSiteTests
{
    [Fact]
    public void Builds_an_index_a_crisis_page_every_topic_and_the_stylesheet()
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("site");

        var guide = Guide.LoadEmbedded();
        var result = GuideSite.Build(guide, output);

        string[] expected = ["assets/site.css", "crisis.html", "index.html", .. guide.TopicOrder.Select(id => id + ".html")];
        Assert.Equal(expected.Order(StringComparer.Ordinal), result.Files.Order(StringComparer.Ordinal));
        Assert.Equal(14, result.Files.Length);
        foreach (var file in result.Files)
        {
            Assert.True(File.Exists(Path.Combine(output, file)), file);
        }

        Assert.Equal(Path.Combine(output, "index.html"), result.IndexPath);
    }

    [Fact]
    public void Every_local_link_and_anchor_resolves()
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("site");
        var result = GuideSite.Build(Guide.LoadEmbedded(), output);
        var parser = new HtmlParser();

        var checkedLinks = 0;
        foreach (var page in result.Files.Where(f => f.EndsWith(".html", StringComparison.Ordinal)))
        {
            var document = parser.ParseDocument(File.ReadAllText(Path.Combine(output, page)));
            var ids = document.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
            Assert.Equal(ids.Count, ids.Distinct().Count());
            foreach (var element in document.QuerySelectorAll("a[href], link[href]"))
            {
                var href = element.GetAttribute("href")!;
                if (href.Contains(':', StringComparison.Ordinal))
                {
                    Assert.Matches("^(https|tel|sms|mailto):", href);
                    continue;
                }

                var (file, anchor) = href.Split('#') switch
                {
                    [var f] => (f, (string?)null),
                    [var f, var a] => (f, a),
                    _ => throw new InvalidOperationException(href),
                };
                var target = file.Length == 0 ? page : file;
                Assert.True(File.Exists(Path.Combine(output, target)), $"{page} links to missing {href}");
                if (anchor is not null)
                {
                    var targetDocument = parser.ParseDocument(File.ReadAllText(Path.Combine(output, target)));
                    Assert.True(targetDocument.GetElementById(anchor) is not null, $"{page} links to missing anchor {href}");
                }

                checkedLinks++;
            }
        }

        Assert.True(checkedLinks > 30, $"Only {checkedLinks} local links checked");
    }

    [Fact]
    public void Refuses_a_non_empty_folder_it_did_not_create_and_touches_nothing()
    {
        using var temp = new TempDirectory();
        var mine = temp.Combine("notes.txt");
        File.WriteAllText(mine, "my notes");

        var error = Assert.Throws<SiteOutputException>(() => GuideSite.Build(Guide.LoadEmbedded(), temp.Path));

        Assert.Contains("not empty", error.Message, StringComparison.Ordinal);
        Assert.Equal(["notes.txt"], Directory.EnumerateFileSystemEntries(temp.Path).Select(Path.GetFileName));
        Assert.Equal("my notes", File.ReadAllText(mine));
    }

    [Fact]
    public void Rebuilds_its_own_folder_and_keeps_files_it_did_not_write()
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("site");
        GuideSite.Build(Guide.LoadEmbedded(), output);
        var mine = Path.Combine(output, "my-notes.txt");
        File.WriteAllText(mine, "keep me");

        var again = GuideSite.Build(Guide.LoadEmbedded(), output);

        Assert.Empty(again.Removed);
        Assert.Equal("keep me", File.ReadAllText(mine));
        Assert.Empty(Directory.EnumerateFiles(output, "*.tmp-*", SearchOption.AllDirectories));
    }

    [Fact]
    public void Removes_pages_it_wrote_earlier_that_are_no_longer_part_of_the_site()
    {
        using var temp = new TempDirectory();
        using var fixture = new ContentFixture();
        var output = temp.Combine("site");
        GuideSite.Build(Guide.Load(fixture.Source), output);
        Assert.True(File.Exists(Path.Combine(output, "beta.html")));

        File.Delete(Path.Combine(fixture.Root, "en", "topics", "beta.yaml"));
        File.WriteAllText(Path.Combine(fixture.Root, "guide.yaml"), File.ReadAllText(Path.Combine(fixture.Root, "guide.yaml")).Replace("  - beta\n", "", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(fixture.Root, "en", "topics", "alpha.yaml"), File.ReadAllText(Path.Combine(fixture.Root, "en", "topics", "alpha.yaml")).Replace("related: [beta]\n", "", StringComparison.Ordinal));
        var result = GuideSite.Build(Guide.Load(fixture.Source), output);

        Assert.Equal(["beta.html"], result.Removed.ToArray());
        Assert.False(File.Exists(Path.Combine(output, "beta.html")));
        Assert.DoesNotContain("beta.html", File.ReadAllText(Path.Combine(output, GuideSite.ManifestName)), StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_to_overwrite_a_file_it_did_not_write_even_in_its_own_folder()
    {
        using var temp = new TempDirectory();
        using var fixture = new ContentFixture();
        var output = temp.Combine("site");
        File.WriteAllText(Path.Combine(fixture.Root, "guide.yaml"), File.ReadAllText(Path.Combine(fixture.Root, "guide.yaml")).Replace("  - beta\n", "", StringComparison.Ordinal));
        GuideSite.Build(Guide.Load(fixture.Source), output);
        // beta is still shipped (topics missing from the order come last), so write a user file where gamma would go.
        var guide = Guide.Load(fixture.Source);
        Assert.Contains("beta", guide.TopicOrder);
        File.Delete(Path.Combine(output, "beta.html"));
        File.WriteAllText(Path.Combine(output, "beta.html"), "hand-written");
        File.WriteAllText(Path.Combine(output, GuideSite.ManifestName), string.Join("\n", File.ReadAllLines(Path.Combine(output, GuideSite.ManifestName)).Where(l => l != "beta.html")));

        var error = Assert.Throws<SiteOutputException>(() => GuideSite.Build(guide, output));
        Assert.Contains("beta.html", error.Message, StringComparison.Ordinal);
        Assert.Equal("hand-written", File.ReadAllText(Path.Combine(output, "beta.html")));
    }

    [Fact]
    public void Refuses_a_path_that_is_a_file()
    {
        using var temp = new TempDirectory();
        var file = temp.Combine("file");
        File.WriteAllText(file, "x");
        Assert.Throws<SiteOutputException>(() => GuideSite.Build(Guide.LoadEmbedded(), file));
        Assert.Equal("x", File.ReadAllText(file));
    }

    [Fact]
    public void Reports_each_file_as_it_is_written()
    {
        using var temp = new TempDirectory();
        var reported = new List<string>();
        var result = GuideSite.Build(Guide.LoadEmbedded(), temp.Combine("site"), progress: new SyncProgress(reported.Add));
        Assert.Equal(result.Files.ToArray(), reported);
    }

    private sealed class SyncProgress(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }
}
