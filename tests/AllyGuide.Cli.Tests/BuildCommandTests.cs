using AngleSharp.Html.Parser;

namespace AllyGuide.Cli.Tests;

public sealed class BuildCommandTests
{
    private static readonly string[] Topics =
    [
        "why-allies-matter", "helping-in-a-crisis", "empathy", "listening", "validating-feelings", "emotional-support", "professional-help",
        "kinds-of-help", "learning-about-mental-health", "everyday-roles", "talking-with-children", "self-harm", "psychosis-and-mania",
        "alcohol-and-drugs", "after-an-attempt", "crisis-plan", "your-own-safety", "self-care",
    ];

    private static readonly string[] Audiences = ["family", "friend", "partner", "parent", "coworker", "manager", "teacher", "professional"];

    private static readonly string[] LocalePages =
        [.. new[] { "crisis.html", "index.html", "about.html", "search.html", "search.json", "404.html" }.Concat(Topics.Select(t => t + ".html")).Concat(Audiences.Select(a => $"for-{a}.html"))];

    private static readonly string[] SiteFiles =
        [.. new[] { "assets/favicon.svg", "assets/search.js", "assets/site.css", "index.html", "404.html", "robots.txt" }.Concat(new[] { "en", "es", "ar" }.SelectMany(l => LocalePages.Select(p => $"{l}/{p}"))).Order(StringComparer.Ordinal)];

    [Fact]
    public void Build_and_render_of_a_content_folder_stop_at_a_safe_wording_error()
    {
        // The wording lints are skipped only for the built-in guide, which passed them when the tool was built; some
        // are errors, so a content folder always gets them.
        using var temp = new TempFolder();
        var content = temp.CopyOfContent();
        var listening = Path.Combine(content, "en", "topics", "listening.yaml");
        File.WriteAllText(listening, File.ReadAllText(listening).Replace("summary: How to listen", "summary: Someone who committed suicide was not heard. How to listen", StringComparison.Ordinal));

        var build = CliRunner.Run(temp.Path, "build", "--content", content, "--today", CliRunner.Today, "--quiet");
        Assert.Equal(1, build.ExitCode);
        Assert.Contains("error AG0103: 'committed suicide'", build.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.Combine("_site")), "a site was written from content with an error");

        var render = CliRunner.Run(temp.Path, "render", "listening", "--content", content, "--today", CliRunner.Today);
        Assert.Equal(1, render.ExitCode);
        Assert.Contains("error AG0103", render.Stderr, StringComparison.Ordinal);
        Assert.Empty(render.Stdout);
    }

    [Fact]
    public void Builds_the_site_into_the_default_folder()
    {
        using var temp = new TempFolder();
        var result = CliRunner.Run(temp.Path, "build", "--today", CliRunner.Today);

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Stderr);
        var site = temp.Combine("_site");
        Assert.Contains($"Wrote {SiteFiles.Length} files to {site}", result.Stdout, StringComparison.Ordinal);
        Assert.Equal(102, SiteFiles.Length);
        Assert.Contains($"Open {Path.Combine(site, "index.html")} in a browser.", result.Stdout, StringComparison.Ordinal);
        Assert.Equal(SiteFiles, Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith('.'))
            .Order(StringComparer.Ordinal));

        var root = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site, "index.html")));
        Assert.Equal(["en/index.html", "es/index.html", "ar/index.html"], root.QuerySelectorAll(".language-list a").Select(a => a.GetAttribute("href")));
        var index = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site, "es", "index.html")));
        var links = index.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")).ToList();
        foreach (var page in Topics.Select(t => t + ".html").Append("crisis.html"))
        {
            Assert.Contains(page, links);
        }
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("NO_COLOR", "1")]
    [InlineData("CI", "true")]
    public void Redirected_output_is_a_line_per_locale_and_no_escape_sequence(string? variable, string? value)
    {
        using var temp = new TempFolder();
        var environment = new Dictionary<string, string> { ["CI"] = "", ["NO_COLOR"] = "" };
        if (variable is not null)
        {
            environment[variable] = value!;
        }

        var result = CliRunner.Run(temp.Path, environment, "build", "--today", CliRunner.Today);

        Assert.Equal(0, result.ExitCode);
        var site = temp.Combine("_site");
        Assert.Equal(
            $"Rendered 31 pages in en/\nRendered 31 pages in es/\nRendered 31 pages in ar/\nWrote 102 files to {site}\nOpen {Path.Combine(site, "index.html")} in a browser.\n",
            result.Stdout);
        Assert.DoesNotContain('\u001b', result.Stdout + result.Stderr);
    }

    [Theory]
    [InlineData("-q")]
    [InlineData("--quiet")]
    public void Quiet_prints_nothing_and_writes_the_site(string quiet)
    {
        using var temp = new TempFolder();
        var site = temp.Combine("site");
        var first = CliRunner.Run(temp.Path, "build", quiet, "--out", site, "--today", CliRunner.Today);
        Assert.Equal(0, first.ExitCode);
        Assert.Equal("", first.Stdout);
        Assert.Equal("", first.Stderr);
        Assert.True(File.Exists(Path.Combine(site, "es", "listening.html")));

        var again = CliRunner.Run(temp.Path, "build", quiet, "--out", site, "--locale", "en", "--today", CliRunner.Today);
        // The second build drops two locales: the lines that say so are progress too, and are left out.
        Assert.Equal(0, again.ExitCode);
        Assert.Equal("", again.Stdout);
        Assert.Equal("", again.Stderr);
        Assert.False(Directory.Exists(Path.Combine(site, "es")));
    }

    [Fact]
    public void Quiet_still_prints_errors_and_warnings()
    {
        using var temp = new TempFolder();
        var content = temp.CopyOfContent();
        var overdue = CliRunner.Run(temp.Path, "build", "-q", "--content", content, "--out", temp.Combine("site"), "--today", "2099-01-01");
        File.WriteAllText(Path.Combine(content, "en", "topics", "self-care.yaml"), "schema: 1\nid: [");
        var broken = CliRunner.Run(temp.Path, "build", "-q", "--content", content, "--out", temp.Combine("site"));

        Assert.Equal(0, overdue.ExitCode);
        Assert.Equal("", overdue.Stdout);
        Assert.Contains("past their review date (AG0107)", overdue.Stderr, StringComparison.Ordinal);
        Assert.Equal(1, broken.ExitCode);
        Assert.Equal("", broken.Stdout);
        Assert.Contains("error AG0001", broken.Stderr, StringComparison.Ordinal);
    }

    [TerminalFact]
    public void On_a_terminal_progress_is_a_live_bar_that_leaves_the_summary()
    {
        using var temp = new TempFolder();
        var result = CliRunner.RunOnTerminal(temp.Path, new Dictionary<string, string> { ["CI"] = "", ["NO_COLOR"] = "", ["TERM"] = "xterm-256color" }, "build", "--today", CliRunner.Today);

        Assert.Equal(0, result.ExitCode);
        var output = Terminal.WithoutRuntimeSequences(result.Stdout);
        Assert.Contains("\u001b[?25l", output, StringComparison.Ordinal);
        // "Building the site", or "Building en/" when the first refresh comes after the first page: either way, the bar.
        Assert.Matches("Building (the site|[a-z-]+/)", output);
        Assert.Contains("100%", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Rendered 31 pages", output, StringComparison.Ordinal);
        Assert.Contains("Wrote 102 files to ", output, StringComparison.Ordinal);
        Assert.True(File.Exists(temp.Combine("_site", "ar", "crisis.html")));
    }

    [TerminalFact]
    public void On_a_terminal_NO_COLOR_or_CI_gives_plain_lines_and_no_escape_sequence()
    {
        foreach (var (name, value) in new[] { ("NO_COLOR", "1"), ("CI", "true"), ("TERM", "dumb") })
        {
            using var temp = new TempFolder();
            var environment = new Dictionary<string, string> { ["CI"] = "", ["NO_COLOR"] = "", ["TERM"] = "xterm-256color", [name] = value };
            var result = CliRunner.RunOnTerminal(temp.Path, environment, "build", "--today", CliRunner.Today);

            Assert.Equal(0, result.ExitCode);
            var output = Terminal.WithoutRuntimeSequences(result.Stdout);
            Assert.DoesNotContain('\u001b', output);
            Assert.Contains("Rendered 31 pages in ar/", output, StringComparison.Ordinal);
            Assert.Contains("Wrote 102 files to ", output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_base_url_adds_canonical_links_and_a_sitemap()
    {
        using var temp = new TempFolder();
        var result = CliRunner.Run(temp.Path, "build", "--base-url", "https://guide.example.org/help", "--report-url", "mailto:guide@example.org", "--today", CliRunner.Today);

        Assert.Equal(0, result.ExitCode);
        var site = temp.Combine("_site");
        Assert.Contains("<loc>https://guide.example.org/help/es/listening.html</loc>", File.ReadAllText(Path.Combine(site, "sitemap.xml")), StringComparison.Ordinal);
        Assert.EndsWith("Sitemap: https://guide.example.org/help/sitemap.xml\n", File.ReadAllText(Path.Combine(site, "robots.txt")), StringComparison.Ordinal);
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site, "es", "listening.html")));
        Assert.Equal("https://guide.example.org/help/es/listening.html", page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        var about = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site, "en", "about.html")));
        Assert.Equal("mailto:guide@example.org", about.QuerySelector(".report-link")?.GetAttribute("href"));
    }

    [Theory]
    [InlineData("--base-url", "http://guide.example.org/")]
    [InlineData("--base-url", "javascript:alert(1)")]
    [InlineData("--report-url", "http://example.org/")]
    public void An_address_that_is_not_https_is_refused_and_nothing_is_written(string option, string value)
    {
        using var temp = new TempFolder();
        var result = CliRunner.Run(temp.Path, "build", option, value, "--today", CliRunner.Today);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("allyguide: ", result.Stderr, StringComparison.Ordinal);
        Assert.Contains(value, result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Parameter", result.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.Combine("_site")));
    }

    [Fact]
    public void Builds_from_a_content_folder_into_a_chosen_folder_and_rebuilds()
    {
        using var temp = new TempFolder();
        var content = temp.CopyOfContent();
        var output = temp.Combine("out", "site");

        var first = CliRunner.Run(temp.Path, "build", "--content", content, "--out", output);
        var second = CliRunner.Run(temp.Path, "build", "--content", content, "--out", output);

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        Assert.True(File.Exists(Path.Combine(output, "en", "listening.html")));
    }

    [Fact]
    public void Locale_limits_the_build_and_an_undeclared_locale_is_a_usage_error()
    {
        using var temp = new TempFolder();
        var only = CliRunner.Run(temp.Path, "build", "--locale", "es,ar", "--out", temp.Combine("some"));
        var wrong = CliRunner.Run(temp.Path, "build", "--locale", "fr", "--out", temp.Combine("none"));

        Assert.Equal(0, only.ExitCode);
        Assert.Equal(["ar", "assets", "es"], Directory.EnumerateDirectories(temp.Combine("some")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(2, wrong.ExitCode);
        Assert.Contains("'fr' is not a declared locale", wrong.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.Combine("none")));
    }

    [Fact]
    public void Refuses_a_folder_it_did_not_create_and_leaves_it_alone()
    {
        using var temp = new TempFolder();
        var output = temp.Combine("docs");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "index.html"), "my own page");

        var result = CliRunner.Run(temp.Path, "build", "--out", output);

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("is not empty and was not created by allyguide build", result.Stderr, StringComparison.Ordinal);
        Assert.Equal("my own page", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.Single(Directory.EnumerateFileSystemEntries(output));
        result.AssertNoCrash();
    }

    [Fact]
    public void Broken_content_builds_nothing()
    {
        using var temp = new TempFolder();
        var content = temp.CopyOfContent();
        File.WriteAllText(Path.Combine(content, "en", "topics", "self-care.yaml"), "schema: 1\nid: [");
        var result = CliRunner.Run(temp.Path, "build", "--content", content);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error AG0001", result.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.Combine("_site")));
        result.AssertNoCrash();
    }

    [Fact]
    public void A_template_that_drops_the_crisis_help_fails_validate_and_build_and_keeps_the_old_site()
    {
        using var temp = new TempFolder();
        var content = temp.CopyOfContent();
        var site = temp.Combine("site");
        Assert.Equal(0, CliRunner.Run(temp.Path, "build", "--content", content, "--out", site).ExitCode);
        var before = File.ReadAllText(Path.Combine(site, "en", "listening.html"));
        File.WriteAllText(Path.Combine(content, "templates", "html", "fragment.scriban-html"), "<article>{{ topic.title }}</article>\n");

        var validate = CliRunner.Run(temp.Path, "validate", "--content", content, "--today", CliRunner.Today);
        var build = CliRunner.Run(temp.Path, "build", "--content", content, "--out", site);

        Assert.Equal(1, validate.ExitCode);
        Assert.Contains("fragment.scriban-html: error AG0042: The topic 'why-allies-matter' in html lacks its crisis help", validate.Stdout, StringComparison.Ordinal);
        Assert.Equal(4, build.ExitCode);
        Assert.Contains("error AG0042", build.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(Path.Combine(site, "en", "listening.html")));
        Assert.Equal(["site"], Directory.EnumerateDirectories(temp.Path).Select(Path.GetFileName).Where(n => n!.Contains("site", StringComparison.Ordinal)));
        build.AssertNoCrash();
    }

    [Fact]
    public void Verify_checks_a_published_copy_against_the_manifest()
    {
        using var temp = new TempFolder();
        var site = temp.Combine("site");
        Assert.Equal(0, CliRunner.Run(temp.Path, "build", "--out", site).ExitCode);

        var clean = CliRunner.Run(temp.Path, "verify", site);
        File.AppendAllText(Path.Combine(site, "ar", "index.html"), "x");
        var changed = CliRunner.Run(temp.Path, "verify", site);
        var notASite = CliRunner.Run(temp.Path, "verify", temp.Path);

        Assert.Equal(0, clean.ExitCode);
        Assert.EndsWith("102 files checked: every file is there and unchanged, and nothing was added.\n", clean.Stdout, StringComparison.Ordinal);
        Assert.Equal(1, changed.ExitCode);
        Assert.StartsWith("changed ar/index.html\n", changed.Stdout, StringComparison.Ordinal);
        Assert.Equal(2, notASite.ExitCode);
        Assert.Contains("holds no .allyguide-site manifest", notASite.Stderr, StringComparison.Ordinal);
        notASite.AssertNoCrash();
    }
}
