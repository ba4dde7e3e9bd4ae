using System.Net;

namespace AllyGuide.Cli.Tests;

/// <summary><c>allyguide serve</c>, run as a real process on a free port, asked over HTTP.</summary>
public sealed class ServeCommandTests
{
    private const string ReloadScript = "<script data-allyguide-serve>";

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public void Serves_the_site_with_its_types_no_caching_and_the_reload_script_in_pages_only()
    {
        using var temp = new TempFolder();
        var content = temp.CopyOfContent();
        var site = temp.Combine("site");
        using var serve = ServeProcess.Start(temp.Path, null, "--content", content, "--out", site, "--port", "0", "--today", CliRunner.Today);

        using var first = serve.Send(HttpMethod.Get, "/");
        using var english = serve.Send(HttpMethod.Get, "/en/");
        using var folder = serve.Send(HttpMethod.Get, "/en?lang=1");
        using var css = serve.Send(HttpMethod.Get, "/assets/site.css");
        using var head = serve.Send(HttpMethod.Head, "/en/listening.html");
        using var post = serve.Send(HttpMethod.Post, "/");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("text/html; charset=utf-8", first.Content.Headers.ContentType!.ToString());
        Assert.True(first.Headers.CacheControl!.NoStore);
        var page = ServeProcess.Text(first);
        Assert.Contains("language-list", page, StringComparison.Ordinal);
        Assert.Contains(ReloadScript, page, StringComparison.Ordinal);
        Assert.Contains("</script>\n</body>\n</html>", page, StringComparison.Ordinal);
        Assert.DoesNotContain(ReloadScript, File.ReadAllText(Path.Combine(site, "index.html")), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, english.StatusCode);
        var index = ServeProcess.Text(english);
        Assert.Equal(File.ReadAllText(Path.Combine(site, "en", "index.html")), index.Replace(index[index.IndexOf(ReloadScript, StringComparison.Ordinal)..index.LastIndexOf("</body>", StringComparison.Ordinal)], "", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Found, folder.StatusCode);
        Assert.Equal("/en/?lang=1", folder.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Equal("text/css; charset=utf-8", css.Content.Headers.ContentType!.ToString());
        Assert.True(css.Headers.CacheControl!.NoStore);
        Assert.Equal(File.ReadAllBytes(Path.Combine(site, "assets", "site.css")), ServeProcess.Bytes(css));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.True(head.Content.Headers.ContentLength > new FileInfo(Path.Combine(site, "en", "listening.html")).Length);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
        Assert.Equal("1", serve.Get("/_allyguide/version"));
        Assert.Contains($"Wrote 102 files to {site}\n", serve.Stdout, StringComparison.Ordinal);
        Assert.Contains($"Watching {content}", serve.Stdout, StringComparison.Ordinal);
        Assert.Empty(serve.Stderr);
    }

    [Theory]
    [InlineData("extra/app.js", "text/javascript; charset=utf-8")]
    [InlineData("extra/data.json", "application/json; charset=utf-8")]
    [InlineData("extra/logo.svg", "image/svg+xml; charset=utf-8")]
    [InlineData("extra/sitemap.xml", "application/xml; charset=utf-8")]
    [InlineData("robots.txt", "text/plain; charset=utf-8")]
    [InlineData("extra/logo.png", "image/png")]
    [InlineData("favicon.ico", "image/x-icon")]
    [InlineData("extra/notes.bin", "application/octet-stream")]
    [InlineData("extra/page.html", "text/html; charset=utf-8")]
    public void Each_file_has_the_content_type_of_its_extension_and_only_html_gets_the_script(string file, string type)
    {
        using var temp = new TempFolder();
        var site = temp.Combine("site");
        using var serve = ServeProcess.Start(temp.Path, null, "--out", site, "--port", "0");
        var path = Path.Combine(site, file);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var bytes = "<html><body>x</body></html>"u8.ToArray();
        File.WriteAllBytes(path, bytes);

        using var response = serve.Send(HttpMethod.Get, "/" + file);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType!.ToString());
        Assert.True(response.Headers.CacheControl!.NoStore);
        var body = ServeProcess.Bytes(response);
        if (file.EndsWith(".html", StringComparison.Ordinal))
        {
            Assert.StartsWith("<html><body>x" + ReloadScript, System.Text.Encoding.UTF8.GetString(body), StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(bytes, body);
        }
    }

    [Fact]
    public void Never_serves_a_file_outside_the_site_the_manifest_a_dotfile_or_a_link()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.Combine("secret.txt"), "TOP SECRET");
        Directory.CreateDirectory(temp.Combine("outside"));
        File.WriteAllText(temp.Combine("outside", "secret.txt"), "TOP SECRET");
        var site = temp.Combine("site");
        Assert.Equal(0, CliRunner.Run(temp.Path, "build", "-q", "--out", site).ExitCode);
        // A person's own files in the site folder, which every build moves across: a dotfile and two links out.
        File.WriteAllText(Path.Combine(site, ".env"), "TOP SECRET");
        File.CreateSymbolicLink(Path.Combine(site, "leak.txt"), temp.Combine("secret.txt"));
        Directory.CreateSymbolicLink(Path.Combine(site, "en", "linked"), temp.Combine("outside"));

        using var serve = ServeProcess.Start(temp.Path, null, "--out", site, "--port", "0");
        Assert.True(File.Exists(Path.Combine(site, ".allyguide-site")));
        Assert.NotNull(new FileInfo(Path.Combine(site, "leak.txt")).LinkTarget);
        Assert.NotNull(new DirectoryInfo(Path.Combine(site, "en", "linked")).LinkTarget);

        string[] attempts =
        [
            "/../secret.txt", "/..", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt", "/..%2fsecret.txt", "/en/..%2f..%2fsecret.txt",
            "/en/../../secret.txt", "/%252e%252e/secret.txt", "/en\\..\\..\\secret.txt", "/en%5c..%5c..%5csecret.txt",
            "/./../secret.txt", "//" + temp.Combine("secret.txt").TrimStart('/'), "/" + temp.Combine("secret.txt").Replace('/', '\\'),
            "/C:/secret.txt", "/.allyguide-site", "/%2eallyguide-site", "/.env", "/leak.txt", "/en/linked/secret.txt",
            "/en/linked/", "/en/index.html%00.txt",
        ];
        foreach (var attempt in attempts)
        {
            var (status, body) = serve.Raw(attempt);
            Assert.True(status is 400 or 404, $"{attempt} gave {status}");
            Assert.DoesNotContain("TOP SECRET", body, StringComparison.Ordinal);
            Assert.DoesNotContain("# Files written by allyguide build", body, StringComparison.Ordinal);
        }

        Assert.Equal(200, serve.Raw("/en/./index.html".Replace("/./", "/", StringComparison.Ordinal)).Status);
        // A page elsewhere that resolves its own name to 127.0.0.1 gets nothing.
        Assert.Equal(400, serve.Raw("/en/", host: $"attacker.example:{serve.Port}").Status);
        Assert.Equal(200, serve.Raw("/en/", host: $"localhost:{serve.Port}").Status);
    }

    [Fact]
    public void A_missing_page_gets_the_page_not_found_of_its_language()
    {
        using var temp = new TempFolder();
        using var serve = ServeProcess.Start(temp.Path, null, "--port", "0");

        var (spanish, spanishBody) = serve.Raw("/es/no-such-page.html");
        var (english, englishBody) = serve.Raw("/en/no-such-page.html");
        var (root, rootBody) = serve.Raw("/no-such-page.html");

        Assert.Equal(404, spanish);
        Assert.Contains("<html lang=\"es\" dir=\"ltr\">", spanishBody, StringComparison.Ordinal);
        Assert.Contains("Página no encontrada", spanishBody, StringComparison.Ordinal);
        Assert.Contains(ReloadScript, spanishBody, StringComparison.Ordinal);
        Assert.Contains("</script>\n</body>\n</html>", spanishBody, StringComparison.Ordinal);
        Assert.Equal(404, english);
        Assert.Contains("<h1>Page not found</h1>", englishBody, StringComparison.Ordinal);
        Assert.Equal(404, root);
        Assert.Contains("<html lang=\"en\" dir=\"ltr\">", rootBody, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_page_in_an_unknown_folder_gets_the_root_page_not_found()
    {
        using var temp = new TempFolder();
        using var serve = ServeProcess.Start(temp.Path, null, "--port", "0");

        using var missing = serve.Send(HttpMethod.Get, "/xx/no-such-page.html");

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("text/html; charset=utf-8", missing.Content.Headers.ContentType!.ToString());
        Assert.Contains("<h1>Page not found</h1>", ServeProcess.Text(missing), StringComparison.Ordinal);
        Assert.Contains("there is no content folder to watch", serve.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Rebuilds_when_a_topic_changes_and_tells_open_pages()
    {
        using var temp = new TempFolder();
        var content = temp.CopyOfContent();
        using var serve = ServeProcess.Start(temp.Path, null, "--content", content, "--port", "0", "--today", CliRunner.Today);
        var before = serve.Get("/en/listening.html");
        Assert.Contains("Listening with empathy", before, StringComparison.Ordinal);
        Assert.Contains("t!==\"1\"", before, StringComparison.Ordinal);
        Assert.Equal("1", serve.Get("/_allyguide/version"));

        SetTitle(content, "listening", "Listening with care");

        Assert.True(serve.WaitFor(() => serve.Get("/_allyguide/version") == "2", Patience), $"Not rebuilt.\n{serve}");
        Assert.Contains("Listening with care", serve.Get("/en/listening.html"), StringComparison.Ordinal);
        Assert.Contains("t!==\"2\"", serve.Get("/en/listening.html"), StringComparison.Ordinal);
        Assert.Contains("Rebuilt 102 files (build 2)", serve.Stdout, StringComparison.Ordinal);
        Assert.Empty(serve.Stderr);
    }

    [Fact]
    public void Broken_content_keeps_the_last_good_site_and_says_so_until_it_is_fixed()
    {
        using var temp = new TempFolder();
        var content = temp.CopyOfContent();
        using var serve = ServeProcess.Start(temp.Path, null, "--content", content, "--port", "0", "--today", CliRunner.Today);
        var before = serve.Get("/en/listening.html");
        var topic = Path.Combine(content, "en", "topics", "listening.yaml");
        var good = File.ReadAllText(topic);

        File.WriteAllText(topic, good.Replace("title: Listening with empathy", "title: Listening with care", StringComparison.Ordinal) + "\nid: [\n");

        Assert.True(serve.WaitFor(() => serve.Stderr.Contains("the site was not rebuilt", StringComparison.Ordinal), Patience), $"No message.\n{serve}");
        Assert.Contains("listening.yaml", serve.Stderr, StringComparison.Ordinal);
        Assert.Contains(": error AG", serve.Stderr, StringComparison.Ordinal);
        Assert.Contains("still serving build 1, the last good one", serve.Stderr, StringComparison.Ordinal);
        Assert.False(serve.HasExited);
        Assert.Equal(before, serve.Get("/en/listening.html"));
        Assert.Equal("1", serve.Get("/_allyguide/version"));

        File.WriteAllText(topic, good.Replace("title: Listening with empathy", "title: Listening with care", StringComparison.Ordinal));

        Assert.True(serve.WaitFor(() => serve.Get("/_allyguide/version") == "2", Patience), $"Not rebuilt after the fix.\n{serve}");
        Assert.Contains("Listening with care", serve.Get("/en/listening.html"), StringComparison.Ordinal);
    }

    [UnixFact]
    public void A_signal_stops_it_with_exit_0_and_deletes_its_temporary_folder()
    {
        foreach (var signal in new[] { "INT", "TERM" })
        {
            using var temp = new TempFolder();
            var tmp = temp.Combine("tmp");
            Directory.CreateDirectory(tmp);
            using var serve = ServeProcess.Start(temp.Path, new Dictionary<string, string> { ["TMPDIR"] = tmp }, "--port", "0");
            var folder = Assert.Single(Directory.EnumerateDirectories(tmp, "allyguide-serve-*"));
            Assert.Contains($"Wrote 102 files to {Path.Combine(folder, "site")}, a temporary folder deleted when you stop.", serve.Stdout, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, serve.Send(HttpMethod.Get, "/en/").StatusCode);

            serve.Signal(signal);

            Assert.Equal(0, serve.WaitForExit(TimeSpan.FromSeconds(30)));
            Assert.False(Directory.Exists(folder), $"SIG{signal} left {folder}.");
            Assert.Empty(Directory.EnumerateFileSystemEntries(tmp, "*allyguide*"));
            Assert.EndsWith("Stopping.\n", serve.Stdout, StringComparison.Ordinal);
        }
    }

    [UnixFact]
    public void A_signal_leaves_a_chosen_out_folder_in_place()
    {
        using var temp = new TempFolder();
        var site = temp.Combine("site");
        using var serve = ServeProcess.Start(temp.Path, null, "--out", site, "--port", "0");

        serve.Signal("INT");

        Assert.Equal(0, serve.WaitForExit(TimeSpan.FromSeconds(30)));
        Assert.True(File.Exists(Path.Combine(site, "en", "index.html")));
        Assert.Equal(0, CliRunner.Run(temp.Path, "verify", site).ExitCode);
    }

    [Fact]
    public void A_port_in_use_is_a_usage_error_and_leaves_no_temporary_folder()
    {
        using var temp = new TempFolder();
        var tmp = temp.Combine("tmp");
        Directory.CreateDirectory(tmp);
        using var taken = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var result = CliRunner.Run(temp.Path, new Dictionary<string, string> { ["TMPDIR"] = tmp }, "serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"cannot listen on 127.0.0.1:{port}", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("--port 0", result.Stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(tmp, "*allyguide*"));
        result.AssertNoCrash();
    }

    [Fact]
    public void An_out_folder_inside_the_content_folder_is_refused()
    {
        using var temp = new TempFolder();
        var content = temp.CopyOfContent();

        var result = CliRunner.Run(temp.Path, "serve", "--content", content, "--out", Path.Combine(content, "site"), "--port", "0");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("must not be one inside the other", result.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(content, "site")));
    }

    [Fact]
    public void Broken_content_at_start_serves_nothing()
    {
        using var temp = new TempFolder();
        var content = temp.CopyOfContent();
        File.WriteAllText(Path.Combine(content, "en", "topics", "self-care.yaml"), "schema: 1\nid: [");

        var result = CliRunner.Run(temp.Path, "serve", "--content", content, "--port", "0");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error AG0001", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Serving", result.Stdout, StringComparison.Ordinal);
        result.AssertNoCrash();
    }

    private static void SetTitle(string content, string topic, string title)
    {
        var path = Path.Combine(content, "en", "topics", topic + ".yaml");
        var lines = File.ReadAllLines(path);
        var index = Array.FindIndex(lines, l => l.StartsWith("title: ", StringComparison.Ordinal));
        lines[index] = "title: " + title;
        File.WriteAllLines(path, lines);
    }
}
