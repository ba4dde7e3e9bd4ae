using AllyGuide.Model;
using AllyGuide.Site;
using AllyGuide.Tests.Infrastructure;
using AngleSharp.Html.Parser;

namespace AllyGuide.Tests.Site;

public sealed class GuideSiteTests
{
    [Fact]
    public void Builds_an_index_a_crisis_page_every_topic_every_audience_and_the_stylesheet()
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("site");

        var guide = Guide.LoadEmbedded();
        var result = GuideSite.Build(guide, output);

        string[] pages = ["crisis.html", "index.html", "about.html", "search.html", "search.json", "404.html", .. guide.TopicOrder.Select(id => id + ".html"), .. Audiences.All.Select(a => $"for-{a}.html")];
        string[] expected = ["assets/favicon.svg", "assets/search.js", "assets/site.css", "index.html", "404.html", "robots.txt", .. guide.Locales.SelectMany(l => pages.Select(p => $"{l.Code}/{p}"))];
        Assert.Equal(expected.Order(StringComparer.Ordinal), result.Files.Order(StringComparer.Ordinal));
        Assert.Equal(6 + (3 * 32), result.Files.Length);
        // Without the site's public address there can be no sitemap: its addresses must be absolute.
        Assert.DoesNotContain("sitemap.xml", result.Files);
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
            foreach (var element in document.QuerySelectorAll("a[href], link[href], script[src]"))
            {
                var href = element.GetAttribute("href") ?? element.GetAttribute("src")!;
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
                // Relative to the page's own folder, as a browser resolves it; never outside the site.
                // The pages not found link from the site's root, since a host serves them at any address.
                var target = file.Length == 0 ? Path.Combine(output, page)
                    : file.StartsWith('/') ? Path.GetFullPath(Path.Combine(output, file.TrimStart('/')))
                    : Path.GetFullPath(Path.Combine(output, Path.GetDirectoryName(page)!, file));
                Assert.StartsWith(Path.GetFullPath(output) + Path.DirectorySeparatorChar, target, StringComparison.Ordinal);
                Assert.True(File.Exists(target), $"{page} links to missing {href}");
                if (anchor is not null)
                {
                    var targetDocument = parser.ParseDocument(File.ReadAllText(target));
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
        Assert.True(File.Exists(Path.Combine(output, "en", "beta.html")));

        File.Delete(Path.Combine(fixture.Root, "en", "topics", "beta.yaml"));
        File.WriteAllText(Path.Combine(fixture.Root, "guide.yaml"), File.ReadAllText(Path.Combine(fixture.Root, "guide.yaml")).Replace("  - beta\n", "", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(fixture.Root, "en", "topics", "alpha.yaml"), File.ReadAllText(Path.Combine(fixture.Root, "en", "topics", "alpha.yaml")).Replace("related: [beta]\n", "", StringComparison.Ordinal));
        var result = GuideSite.Build(Guide.Load(fixture.Source), output);

        // Beta was the only topic for coworkers, so their page goes with it.
        Assert.Equal(["en/beta.html", "en/for-coworker.html"], result.Removed.ToArray());
        Assert.False(File.Exists(Path.Combine(output, "en", "beta.html")));
        Assert.DoesNotContain("en/beta.html", File.ReadAllText(Path.Combine(output, GuideSite.ManifestName)), StringComparison.Ordinal);
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
        File.Delete(Path.Combine(output, "en", "beta.html"));
        File.WriteAllText(Path.Combine(output, "en", "beta.html"), "hand-written");
        File.WriteAllText(Path.Combine(output, GuideSite.ManifestName), string.Join("\n", File.ReadAllLines(Path.Combine(output, GuideSite.ManifestName)).Where(l => !l.EndsWith("  en/beta.html", StringComparison.Ordinal))));

        var error = Assert.Throws<SiteOutputException>(() => GuideSite.Build(guide, output));
        Assert.Contains("beta.html", error.Message, StringComparison.Ordinal);
        Assert.Equal("hand-written", File.ReadAllText(Path.Combine(output, "en", "beta.html")));
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

    [Fact]
    public void Each_audience_has_a_page_with_its_topics_its_own_tips_and_the_crisis_help()
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("site");
        var guide = Guide.LoadEmbedded();
        GuideSite.Build(guide, output);
        var parser = new HtmlParser();

        var index = parser.ParseDocument(File.ReadAllText(Path.Combine(output, "en", "index.html")));
        Assert.Equal(Audiences.All.Select(a => $"for-{a}.html"), index.QuerySelectorAll(".audience-list a").Select(a => a.GetAttribute("href")));
        Assert.Contains("For parents", index.QuerySelector(".audience-list")!.TextContent, StringComparison.Ordinal);

        var teachers = parser.ParseDocument(File.ReadAllText(Path.Combine(output, "en", "for-teacher.html")));
        Assert.Equal("For teachers", teachers.QuerySelector("h1")!.TextContent);
        Assert.NotNull(teachers.QuerySelector(".crisis-callout a[href='tel:988']"));
        var topics = teachers.QuerySelectorAll(".audience-topics > li h2 a").Select(a => a.GetAttribute("href")).ToList();
        var view = guide.ForAudience("teacher");
        Assert.Equal(view.Topics.Select(t => t.Topic.Id + ".html"), topics);
        // Tips narrowed to teachers are listed under their topic; tips for everyone are left to the topic page.
        var narrowed = view.Topics.SelectMany(t => t.Tips.Where(tip => tip.Audience.Length < t.Topic.Audience.Length)).ToList();
        Assert.NotEmpty(narrowed);
        Assert.Equal(narrowed.Count, teachers.QuerySelectorAll(".audience-tips li").Length);

        var managers = File.ReadAllText(Path.Combine(output, "en", "for-manager.html"));
        Assert.DoesNotContain("talking-with-children.html", managers, StringComparison.Ordinal);
    }

    [Fact]
    public void The_crisis_box_and_the_crisis_page_link_to_helping_in_a_crisis()
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("site");
        GuideSite.Build(Guide.LoadEmbedded(), output);
        var parser = new HtmlParser();

        foreach (var page in new[] { "index.html", "crisis.html", "listening.html", "for-parent.html" })
        {
            var document = parser.ParseDocument(File.ReadAllText(Path.Combine(output, "en", page)));
            var link = document.QuerySelector(".crisis-steps a");
            Assert.True(link is not null, $"{page} has no link to the crisis topic");
            Assert.Equal("helping-in-a-crisis.html", link.GetAttribute("href"));
            Assert.Equal("Helping in a crisis", link.TextContent);
        }

        // The topic itself does not link to itself from its own crisis box.
        var topic = parser.ParseDocument(File.ReadAllText(Path.Combine(output, "en", "helping-in-a-crisis.html")));
        Assert.Null(topic.QuerySelector(".crisis-steps"));
    }

    [Fact]
    public void Try_and_avoid_lists_carry_their_own_mark_and_label()
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("site");
        GuideSite.Build(Guide.LoadEmbedded(), output);
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, "en", "helping-in-a-crisis.html")));

        var avoid = page.QuerySelector("#tip-ask-directly .phrases-avoid")!;
        var label = avoid.QuerySelector(".phrases-label")!;
        Assert.Equal("✗ Avoid saying", label.TextContent);
        Assert.Equal("true", label.QuerySelector(".mark")!.GetAttribute("aria-hidden"));
        Assert.Equal(label.Id, avoid.QuerySelector("ul")!.GetAttribute("aria-labelledby"));
        Assert.Contains("I won't tell anyone, I promise.", avoid.TextContent, StringComparison.Ordinal);
        var trying = page.QuerySelector("#tip-ask-directly .phrases-try")!;
        Assert.Equal("✓ Try saying", trying.QuerySelector(".phrases-label")!.TextContent);
        Assert.Equal(trying.QuerySelector(".phrases-label")!.Id, trying.QuerySelector("ul")!.GetAttribute("aria-labelledby"));
        Assert.NotEqual(label.Id, trying.QuerySelector(".phrases-label")!.Id);
    }

    [Fact]
    public void Topic_pages_fold_their_contents_and_link_to_the_previous_and_next_topic()
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("site");
        var guide = Guide.LoadEmbedded();
        GuideSite.Build(guide, output);
        var parser = new HtmlParser();

        for (var i = 0; i < guide.TopicOrder.Length; i++)
        {
            var page = parser.ParseDocument(File.ReadAllText(Path.Combine(output, "en", guide.TopicOrder[i] + ".html")));
            var details = page.QuerySelector(".topic-contents details")!;
            Assert.False(details.HasAttribute("open"));
            Assert.Equal(i == 0 ? null : guide.TopicOrder[i - 1] + ".html", page.QuerySelector(".topic-pager a[rel=prev]")?.GetAttribute("href"));
            Assert.Equal(i == guide.TopicOrder.Length - 1 ? null : guide.TopicOrder[i + 1] + ".html", page.QuerySelector(".topic-pager a[rel=next]")?.GetAttribute("href"));
        }
    }

    [Theory]
    [InlineData("en", null, "us")]
    [InlineData("en", "GB", "uk")]
    [InlineData("es", "mx", "mx")]
    [InlineData("ar", null, "elsewhere")]
    public void The_crisis_box_links_every_other_region_and_the_crisis_page_jumps_to_each(string locale, string? region, string shown)
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("site");
        var guide = Guide.LoadEmbedded();
        GuideSite.Build(guide, output, SiteOptions.Default with { Locales = [locale], Renderer = AllyGuide.Rendering.RendererOptions.Default with { Region = region } });
        var parser = new HtmlParser();
        var crisis = guide.Localize(locale).Crisis;
        Assert.Equal([locale], Directory.EnumerateDirectories(output).Select(Path.GetFileName).Where(d => d != "assets"));
        var others = crisis.Regions.Where(r => r.Id != shown).Select(r => $"crisis.html#region-{r.Id}").ToList();

        var topic = parser.ParseDocument(File.ReadAllText(Path.Combine(output, locale, "listening.html")));
        Assert.Equal(others, topic.QuerySelectorAll(".crisis-callout .crisis-others a[href*='#region-']").Select(a => a.GetAttribute("href")));

        var page = parser.ParseDocument(File.ReadAllText(Path.Combine(output, locale, "crisis.html")));
        var jumps = page.QuerySelectorAll(".region-jumps a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(crisis.Regions.Length + 1, jumps.Count);
        Assert.Contains("#region-" + shown, jumps);
        Assert.All(jumps, j => Assert.NotNull(page.GetElementById(j[1..])));
    }

    [Fact]
    public void One_build_writes_every_locale_and_a_first_page_that_links_each_language()
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("site");
        var guide = Guide.LoadEmbedded();
        GuideSite.Build(guide, output);
        var parser = new HtmlParser();

        var root = parser.ParseDocument(File.ReadAllText(Path.Combine(output, "index.html")));
        var links = root.QuerySelectorAll(".language-list a").ToList();
        Assert.Equal(["en/index.html", "es/index.html", "ar/index.html"], links.Select(a => a.GetAttribute("href")));
        Assert.Equal(["English", "Español", "العربية"], links.Select(a => a.TextContent));
        Assert.Equal(["en", "es", "ar"], links.Select(a => a.GetAttribute("lang")));
        Assert.Equal("rtl", links[2].GetAttribute("dir"));
        // The first page cannot know the reader's country: it shows the directory of helplines, not one country's lines.
        Assert.Contains("Find A Helpline", root.QuerySelector(".crisis-callout")!.TextContent, StringComparison.Ordinal);
        Assert.Null(root.QuerySelector(".crisis-callout a[href='tel:988']"));
        Assert.Equal("assets/site.css", root.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));

        var spanish = parser.ParseDocument(File.ReadAllText(Path.Combine(output, "es", "listening.html")));
        Assert.Equal("es", spanish.DocumentElement.GetAttribute("lang"));
        var alternates = spanish.QuerySelectorAll("link[rel=alternate]").ToDictionary(l => l.GetAttribute("hreflang")!, l => l.GetAttribute("href"));
        Assert.Equal("../en/listening.html", alternates["en"]);
        Assert.Equal("../es/listening.html", alternates["es"]);
        Assert.Equal("../ar/listening.html", alternates["ar"]);
        Assert.Equal("../en/listening.html", alternates["x-default"]);
        var switcher = spanish.QuerySelectorAll(".site-header .languages a").ToList();
        Assert.Equal(3, switcher.Count);
        Assert.Equal("page", switcher.Single(a => a.GetAttribute("hreflang") == "es").GetAttribute("aria-current"));
        Assert.Equal("../assets/site.css", spanish.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));

        var arabicCrisis = parser.ParseDocument(File.ReadAllText(Path.Combine(output, "ar", "crisis.html")));
        Assert.Equal("rtl", arabicCrisis.DocumentElement.GetAttribute("dir"));
        Assert.Equal("../es/crisis.html", arabicCrisis.QuerySelector(".site-header .languages a[hreflang=es]")!.GetAttribute("href"));
    }

    [Fact]
    public void Locales_limit_the_build_and_an_undeclared_one_is_refused()
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("site");
        var guide = Guide.LoadEmbedded();

        var result = GuideSite.Build(guide, output, SiteOptions.Default with { Locales = ["es", "AR"] });

        Assert.Equal(["ar", "assets", "es"], Directory.EnumerateDirectories(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var root = new HtmlParser().ParseDocument(File.ReadAllText(result.IndexPath));
        Assert.Equal(["es/index.html", "ar/index.html"], root.QuerySelectorAll(".language-list a").Select(a => a.GetAttribute("href")));
        var error = Assert.Throws<ArgumentException>(() => GuideSite.Build(guide, temp.Combine("other"), SiteOptions.Default with { Locales = ["fr"] }));
        Assert.Contains("'fr' is not a locale the guide declares", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.Combine("other")));
    }

    [Fact]
    public void The_manifest_lists_every_file_with_its_sha256_and_verify_finds_what_changed()
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("site");
        var result = GuideSite.Build(Guide.LoadEmbedded(), output);

        var lines = File.ReadAllLines(Path.Combine(output, GuideSite.ManifestName)).Where(l => !l.StartsWith('#')).ToList();
        Assert.Equal(result.Files.Order(StringComparer.Ordinal), lines.Select(l => l[66..]));
        var listening = lines.Single(l => l.EndsWith("  en/listening.html", StringComparison.Ordinal));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Path.Combine(output, "en", "listening.html")))), listening[..64]);

        var clean = GuideSite.Verify(output);
        Assert.True(clean.IsIntact);
        Assert.Equal(result.Files.Length, clean.Checked);

        File.AppendAllText(Path.Combine(output, "en", "listening.html"), "<!-- edited on the host -->");
        File.Delete(Path.Combine(output, "es", "crisis.html"));
        File.WriteAllText(Path.Combine(output, "assets", "tracker.js"), "");
        var broken = GuideSite.Verify(output);

        Assert.False(broken.IsIntact);
        Assert.Equal(["en/listening.html"], broken.Changed.ToArray());
        Assert.Equal(["es/crisis.html"], broken.Missing.ToArray());
        Assert.Equal(["assets/tracker.js"], broken.Extra.ToArray());
        Assert.Throws<SiteOutputException>(() => GuideSite.Verify(temp.Combine("nothing-here")));
    }
}
