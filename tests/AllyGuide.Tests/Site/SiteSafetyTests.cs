using AllyGuide.Rendering;
using AllyGuide.Site;
using AllyGuide.Tests.Infrastructure;

namespace AllyGuide.Tests.Site;

/// <summary>
/// The site folder changes as a whole or not at all, nothing outside it is written or deleted through a link, files a
/// person added survive every build, and what an interrupted build left behind is restored or cleaned by the next.
/// </summary>
public sealed class SiteSafetyTests
{
    private static readonly Guide Shipped = Guide.LoadEmbedded();

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllText);

    [Fact]
    public void A_page_that_fails_leaves_the_previous_site_untouched()
    {
        using var temp = new TempDirectory();
        var site = temp.Combine("site");
        GuideSite.Build(Shipped, site);
        File.WriteAllText(Path.Combine(site, "mine.txt"), "my notes");
        var before = Snapshot(site);
        var broken = SiteOptions.Default with
        {
            Renderer = RendererOptions.Default with { Templates = TemplateSet.Embedded.WithTemplate("html/fragment", "<article>{{ topic.title }}</article>") },
        };

        var error = Assert.Throws<GuideTemplateException>(() => GuideSite.Build(Shipped, site, broken));

        Assert.Equal("AG0042", error.Diagnostics[0].Code);
        Assert.Equal(before, Snapshot(site));
        Assert.Equal(["site"], Directory.EnumerateFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void A_rebuild_keeps_a_persons_files_and_folders_and_leaves_nothing_beside_the_site()
    {
        using var temp = new TempDirectory();
        var site = temp.Combine("site");
        GuideSite.Build(Shipped, site);
        File.WriteAllText(Path.Combine(site, "mine.txt"), "my notes");
        Directory.CreateDirectory(Path.Combine(site, "downloads"));
        File.WriteAllText(Path.Combine(site, "downloads", "leaflet.txt"), "leaflet");
        File.WriteAllText(Path.Combine(site, "assets", "logo.svg"), "<svg/>");
        File.CreateSymbolicLink(Path.Combine(site, "shortcut.html"), "index.html");

        var result = GuideSite.Build(Shipped, site);

        Assert.Equal("my notes", File.ReadAllText(Path.Combine(site, "mine.txt")));
        Assert.Equal("leaflet", File.ReadAllText(Path.Combine(site, "downloads", "leaflet.txt")));
        Assert.Equal("<svg/>", File.ReadAllText(Path.Combine(site, "assets", "logo.svg")));
        Assert.Equal("index.html", new FileInfo(Path.Combine(site, "shortcut.html")).LinkTarget);
        Assert.True(File.Exists(result.IndexPath));
        Assert.Equal(["site"], Directory.EnumerateFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void A_folder_of_the_site_replaced_by_a_link_is_refused_and_nothing_outside_changes()
    {
        using var temp = new TempDirectory();
        var site = temp.Combine("site");
        var outside = temp.Combine("outside");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "site.css"), "someone else's file");
        GuideSite.Build(Shipped, site);
        Directory.Delete(Path.Combine(site, "assets"), recursive: true);
        Directory.CreateSymbolicLink(Path.Combine(site, "assets"), outside);

        var error = Assert.Throws<SiteOutputException>(() => GuideSite.Build(Shipped, site));

        Assert.Contains("is a link", error.Message, StringComparison.Ordinal);
        Assert.Equal("someone else's file", File.ReadAllText(Path.Combine(outside, "site.css")));
    }

    [Fact]
    public void A_manifest_line_under_a_linked_folder_deletes_nothing_outside()
    {
        using var temp = new TempDirectory();
        var site = temp.Combine("site");
        var outside = temp.Combine("outside");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "precious.txt"), "keep me");
        GuideSite.Build(Shipped, site);
        Directory.CreateSymbolicLink(Path.Combine(site, "old"), outside);
        File.AppendAllText(Path.Combine(site, GuideSite.ManifestName), "old/precious.txt\n../outside/precious.txt\n");

        Assert.Throws<SiteOutputException>(() => GuideSite.Build(Shipped, site));

        Assert.Equal("keep me", File.ReadAllText(Path.Combine(outside, "precious.txt")));
    }

    [Fact]
    public void A_site_folder_that_is_a_link_is_built_where_it_leads_and_stays_a_link()
    {
        using var temp = new TempDirectory();
        var real = temp.Combine("www", "guide");
        Directory.CreateDirectory(real);
        var site = temp.Combine("site");
        Directory.CreateSymbolicLink(site, real);

        GuideSite.Build(Shipped, site);
        GuideSite.Build(Shipped, site);

        Assert.Equal(real, new DirectoryInfo(site).ResolveLinkTarget(true)!.FullName);
        Assert.True(File.Exists(Path.Combine(real, "index.html")));
    }

    [Fact]
    public void What_an_interrupted_build_left_is_restored_or_cleaned_by_the_next()
    {
        using var temp = new TempDirectory();
        var site = temp.Combine("site");
        var clean = GuideSite.Build(Shipped, site);
        File.WriteAllText(Path.Combine(site, "mine.txt"), "my notes");
        // Killed between the two renames: the old site moved aside, the new one never arrived.
        Directory.Move(site, temp.Combine(".site.allyguide-old-0123456789abcdef0123456789abcdef"));
        Directory.CreateDirectory(temp.Combine(".site.allyguide-staging-fedcba9876543210fedcba9876543210"));
        File.WriteAllText(temp.Combine(".site.allyguide-staging-fedcba9876543210fedcba9876543210", "index.html"), "half");

        var result = GuideSite.Build(Shipped, site);

        Assert.Equal("my notes", File.ReadAllText(Path.Combine(site, "mine.txt")));
        Assert.Equal(clean.Files.Order(StringComparer.Ordinal), result.Files.Order(StringComparer.Ordinal));
        Assert.Equal(["site"], Directory.EnumerateFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Temporary_files_earlier_versions_left_in_the_site_are_removed_not_published()
    {
        using var temp = new TempDirectory();
        var site = temp.Combine("site");
        GuideSite.Build(Shipped, site);
        var leftover = Path.Combine(site, "listening.html.tmp-0123456789abcdef0123456789abcdef");
        File.WriteAllText(leftover, "half a page");

        GuideSite.Build(Shipped, site);

        Assert.False(File.Exists(leftover));
    }

    [Fact]
    public void Only_known_asset_types_are_published_from_templates()
    {
        using var fixture = new ContentFixture();
        var assets = Path.Combine(fixture.Root, "templates", "assets");
        Directory.CreateDirectory(assets);
        File.WriteAllText(Path.Combine(assets, "extra.css"), "p { }");
        File.WriteAllText(Path.Combine(assets, ".env"), "SECRET=1");
        File.WriteAllText(Path.Combine(assets, "site.css~"), "backup");
        File.WriteAllText(Path.Combine(assets, ".site.css.swp"), "swap");
        File.WriteAllText(Path.Combine(assets, "notes.md"), "notes");
        using var temp = new TempDirectory();
        var folder = ContentFolder.FromDirectory(fixture.Root);

        var templates = folder.Templates;

        Assert.Equal(["assets/extra.css", "assets/favicon.svg", "assets/search.js", "assets/site.css"], templates.Assets.Keys.Order(StringComparer.Ordinal));
        var note = Assert.Single(templates.Diagnostics);
        Assert.Equal("AG0034", note.Code);
        Assert.Contains("notes.md", note.Message, StringComparison.Ordinal);
    }
}
