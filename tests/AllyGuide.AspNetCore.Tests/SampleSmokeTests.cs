using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace AllyGuide.AspNetCore.Tests;

/// <summary>Each sample, run from its build output as its own process, does what it shows.</summary>
public sealed partial class SampleSmokeTests
{
    [Fact]
    public async Task The_console_sample_writes_a_topic_as_text_html_and_json()
    {
        var run = await SampleProcess.RunAsync("AllyGuide.Sample");

        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.StartsWith("Listening with empathy\n=====", run.Output);
        // en-US: the United States' line first, in the text and in the JSON.
        Assert.Contains("Call 988", run.Output);
        Assert.Contains("HTML fragment:", run.Output);
        Assert.Contains("<article class=\"allyguide-topic\" lang=\"en\"", run.Output);
        Assert.Contains("crisis line first: 988 Suicide & Crisis Lifeline", run.Output);
    }

    [Fact]
    public async Task The_console_sample_lists_the_topics_for_an_unknown_one()
    {
        var run = await SampleProcess.RunAsync("AllyGuide.Sample", "no-such-topic");

        Assert.True(run.ExitCode == 2, run.Describe());
        Assert.Contains("No topic 'no-such-topic'", run.Errors);
        Assert.Contains("listening", run.Errors);
        Assert.Empty(run.Output);
    }

    [Fact]
    public async Task The_web_sample_serves_a_topic()
    {
        await using var sample = await SampleProcess.StartWebAsync("AllyGuide.WebSample");

        using var response = await sample.Client.GetAsync("/guide/listening?format=text");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        Assert.StartsWith("Listening with empathy", body);
        Assert.Contains("988", body);
    }

    [Fact]
    public async Task The_razor_sample_embeds_a_topic_in_its_own_layout_in_the_readers_language_and_region()
    {
        await using var sample = await SampleProcess.StartWebAsync("AllyGuide.RazorSample");

        var english = await GetPageAsync(sample, "/support/listening");
        Assert.Contains("<html lang=\"en\" dir=\"ltr\">", english);
        Assert.Contains("<header class=\"host-header\">", english);
        Assert.Contains("Harbour Community Centre", english);
        // The fragment is written as HTML, not escaped a second time.
        Assert.Contains("<article class=\"allyguide-topic\"", english);
        Assert.Contains("<h1>Listening with empathy</h1>", english);
        Assert.Contains("href=\"tel:988\"", english);
        // Its links stay in the app and in the reader's language.
        Assert.Contains("href=\"/support/validating-feelings?lang=en\"", english);

        // The layout's own stylesheet is served whole, also to a browser that accepts compression.
        var stylesheet = Regex.Match(english, "<link rel=\"stylesheet\" href=\"([^\"]+)\"").Groups[1].Value;
        Assert.StartsWith("/css/site.css", stylesheet, StringComparison.Ordinal);
        using (var css = new HttpRequestMessage(HttpMethod.Get, stylesheet))
        {
            css.Headers.TryAddWithoutValidation("Accept-Encoding", "gzip, br");
            using var response = await sample.Client.SendAsync(css);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains(".host-header", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // A regional form keeps its region: Spanish text, Mexico's line.
        var mexico = await GetPageAsync(sample, "/support/listening", acceptLanguage: "es-MX");
        Assert.Contains("<html lang=\"es\" dir=\"ltr\">", mexico);
        Assert.Contains("<title>Escuchar con empatía · Harbour Community Centre</title>", mexico);
        Assert.Contains("<h1>Escuchar con empatía</h1>", mexico);
        Assert.Contains("href=\"tel:8009112000\"", mexico);

        // ?lang= wins over Accept-Language; Spanish alone shows Spain's line.
        var spanish = await GetPageAsync(sample, "/support/listening?lang=es", acceptLanguage: "en-US");
        Assert.Contains("<html lang=\"es\" dir=\"ltr\">", spanish);
        Assert.Contains("<h1>Escuchar con empatía</h1>", spanish);
        Assert.Contains("href=\"tel:024\"", spanish);

        var arabic = await GetPageAsync(sample, "/support/listening?lang=ar");
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", arabic);
        Assert.Contains("<h1>الاستماع بتعاطف</h1>", arabic);

        // ?region= chooses the crisis lines, by country code too, and links keep it.
        var britain = await GetPageAsync(sample, "/support/listening?region=GB");
        Assert.Contains("href=\"tel:116123\"", britain);
        Assert.Contains("href=\"tel:999\"", britain);
        Assert.DoesNotContain("href=\"tel:988\"", britain);
        Assert.Contains("href=\"/support/validating-feelings?lang=en&amp;region=uk\"", britain);
    }

    [Fact]
    public async Task The_razor_sample_answers_an_unknown_topic_with_404_and_every_topic()
    {
        await using var sample = await SampleProcess.StartWebAsync("AllyGuide.RazorSample");

        using var response = await sample.Client.GetAsync("/support/no-such-topic?lang=es");
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<header class=\"host-header\">", body);
        Assert.Contains("no-such-topic", body);
        Assert.Contains("<a href=\"/support/listening?lang=es\">Escuchar con empatía</a>", body);
        Assert.Contains("<a href=\"/support/self-care?lang=es\">", body);

        using var unknownRegion = await sample.Client.GetAsync("/support/listening?region=atlantis");
        Assert.Equal(HttpStatusCode.BadRequest, unknownRegion.StatusCode);
    }

    [Fact]
    public async Task The_site_sample_builds_every_locale_and_keeps_out_of_a_folder_it_did_not_make()
    {
        using var temp = new TempFolder();
        var site = temp.Combine("site");

        var run = await SampleProcess.RunAsync("AllyGuide.SiteSample", site);

        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.Contains("Locales: en, es, ar", run.Output);
        foreach (var page in new[] { "index.html", "en/index.html", "en/listening.html", "es/listening.html", "ar/index.html", "assets/site.css" })
        {
            Assert.True(File.Exists(Path.Combine(site, page)), $"{page} is missing.\n{run.Describe()}");
        }

        Assert.Contains("Escuchar con empatía", await File.ReadAllTextAsync(Path.Combine(site, "es", "listening.html")));
        var written = Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories).Count(f => Path.GetFileName(f) != ".allyguide-site");
        Assert.Contains($"Wrote {written} files to {site}", run.Output);

        // A folder holding someone else's file is refused, and the file is left as it was.
        var other = temp.Combine("notes");
        Directory.CreateDirectory(other);
        await File.WriteAllTextAsync(Path.Combine(other, "notes.txt"), "mine");
        var refused = await SampleProcess.RunAsync("AllyGuide.SiteSample", other);
        Assert.True(refused.ExitCode == 3, refused.Describe());
        Assert.Contains("is not empty and was not created by allyguide build", refused.Errors);
        Assert.Equal("notes.txt", Path.GetFileName(Assert.Single(Directory.EnumerateFileSystemEntries(other))));
        Assert.Equal("mine", await File.ReadAllTextAsync(Path.Combine(other, "notes.txt")));

        // A site it built can be built again; a file a person added to it is kept.
        await File.WriteAllTextAsync(Path.Combine(site, "extra.txt"), "added by hand");
        var again = await SampleProcess.RunAsync("AllyGuide.SiteSample", site);
        Assert.True(again.ExitCode == 0, again.Describe());
        Assert.Equal("added by hand", await File.ReadAllTextAsync(Path.Combine(site, "extra.txt")));
        Assert.True(File.Exists(Path.Combine(site, "ar", "index.html")));
    }

    [Fact]
    public async Task The_site_sample_prints_the_diagnostics_of_broken_content_and_writes_nothing()
    {
        using var temp = new TempFolder();
        var content = temp.CopyOfContent();
        var topic = Path.Combine(content, "en", "topics", "listening.yaml");
        var yaml = await File.ReadAllTextAsync(topic);
        await File.WriteAllTextAsync(topic, yaml.Replace("title: Listening with empathy", "title: [Listening", StringComparison.Ordinal));
        var site = temp.Combine("site");

        var run = await SampleProcess.RunAsync("AllyGuide.SiteSample", site, "--content", content);

        Assert.True(run.ExitCode == 1, run.Describe());
        Assert.Matches(DiagnosticLine(), run.Errors);
        Assert.Contains("no site was written", run.Errors);
        Assert.False(Directory.Exists(site));
    }

    [Fact]
    public async Task The_custom_format_sample_renders_its_own_text_template_and_markdown_with_the_crisis_lines()
    {
        var run = await SampleProcess.RunAsync("AllyGuide.CustomFormatSample", "listening");

        Assert.True(run.ExitCode == 0, run.Describe());
        var parts = run.Output.Split("----- md (text/markdown) -----");
        Assert.Equal(2, parts.Length);
        var (text, markdown) = (parts[0], parts[1]);

        // The text format, through the app's own template.
        Assert.StartsWith("Listening with empathy\n=====", text);
        Assert.Contains("[ ] Silence your phone", text);
        Assert.Contains("Printed at the Harbour Community Centre.", text);
        Assert.Contains("Call 988", text);
        Assert.Contains("Emergency services: 911", text);

        // The added format, with the crisis lines, and the & of a service's name escaped.
        Assert.Contains("\n# Listening with empathy\n", markdown);
        Assert.Contains("- **988 Suicide \\& Crisis Lifeline**: [Call 988](tel:988), [Text 988](sms:988)", markdown);
        Assert.Contains("- Emergency services: [911](tel:911)", markdown);
        Assert.Contains("## Give them your full attention", markdown);
        Assert.Contains("They often start with *what* or *how*.", markdown);
        Assert.DoesNotContain("Printed at the Harbour Community Centre", markdown);
    }

    [Fact]
    public async Task The_custom_format_sample_escapes_markdown_written_in_the_content()
    {
        using var temp = new TempFolder();
        var content = temp.CopyOfContent();
        var topic = Path.Combine(content, "en", "topics", "listening.yaml");
        var yaml = await File.ReadAllTextAsync(topic);
        yaml = Replace(yaml, "title: Listening with empathy", "title: \"Listening *with* empathy #1\"");
        yaml = Replace(yaml, "text: Silence your phone", "text: 1. Silence your phone");
        yaml = Replace(yaml, "      When someone opens up,", "      # When someone opens up,");
        yaml = Replace(yaml, "text: \"You went quiet just then.", "text: \"You went [quiet] just then.");
        await File.WriteAllTextAsync(topic, yaml);

        var run = await SampleProcess.RunAsync("AllyGuide.CustomFormatSample", "listening", "--content", content);

        Assert.True(run.ExitCode == 0, run.Describe());
        var markdown = run.Output.Split("----- md (text/markdown) -----")[1];
        Assert.Contains("\n# Listening \\*with\\* empathy \\#1\n", markdown);
        // Neither a heading nor a list inside the list: the guide reads both as plain text.
        Assert.Contains("\n\\# When someone opens up,", markdown);
        Assert.Contains("\n- 1\\. Silence your phone", markdown);
        Assert.Contains("Try saying: \"You went \\[quiet\\] just then.", markdown);
    }

    private static async Task<string> GetPageAsync(SampleProcess sample, string path, string? acceptLanguage = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (acceptLanguage is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }

        using var response = await sample.Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}\n{body}");
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        return body;
    }

    private static string Replace(string text, string old, string replacement)
    {
        Assert.Contains(old, text);
        return text.Replace(old, replacement, StringComparison.Ordinal);
    }

    /// <summary><c>path(line,col): error AG0001: message</c>, for the file that was broken.</summary>
    [GeneratedRegex(@"listening\.yaml\(\d+,\d+\): error AG\d{4}: \S")]
    private static partial Regex DiagnosticLine();

    /// <summary>A sample's build output, started with <c>dotnet</c> as a process of its own; its output is kept by line.</summary>
    private sealed partial class SampleProcess : IAsyncDisposable
    {
        private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
        private readonly Process _process;
        private readonly List<string> _output = [];
        private readonly List<string> _errors = [];
        private readonly TaskCompletionSource<string> _address = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private HttpClient? _client;

        private SampleProcess(Process process) => _process = process;

        public HttpClient Client => _client ?? throw new InvalidOperationException("Not a web sample.");

        /// <summary>Standard output, lines joined with <c>\n</c>.</summary>
        public string Output
        {
            get
            {
                lock (_output)
                {
                    return string.Join('\n', _output);
                }
            }
        }

        /// <summary>Standard error, lines joined with <c>\n</c>.</summary>
        public string Errors
        {
            get
            {
                lock (_errors)
                {
                    return string.Join('\n', _errors);
                }
            }
        }

        /// <summary>Runs a console sample to its end.</summary>
        public static async Task<SampleRun> RunAsync(string sample, params string[] args)
        {
            await using var process = Start(sample, args);
            using var timeout = new CancellationTokenSource(Patience);
            try
            {
                await process._process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                Assert.Fail($"{sample} did not finish in {Patience.TotalSeconds} s.\n{process.Output}\n{process.Errors}");
            }

            return new SampleRun(process._process.ExitCode, process.Output, process.Errors);
        }

        /// <summary>Starts a web sample on a port the system picks and waits until it listens.</summary>
        public static async Task<SampleProcess> StartWebAsync(string sample)
        {
            var process = Start(sample, ["--urls", "http://127.0.0.1:0"], ("ASPNETCORE_ENVIRONMENT", "Production"));
            var started = await Task.WhenAny(process._address.Task, Task.Delay(Patience), process._process.WaitForExitAsync());
            if (started != process._address.Task)
            {
                await process.DisposeAsync();
                Assert.Fail($"{sample} did not start:\n{process.Output}\n{process.Errors}");
            }

            process._client = new HttpClient { BaseAddress = new Uri(await process._address.Task), Timeout = TimeSpan.FromSeconds(30) };
            return process;
        }

        private static SampleProcess Start(string sample, IEnumerable<string> args, params (string Name, string Value)[] environment)
        {
            var folder = Path.Combine(TestPaths.RepositoryRoot, "samples", sample, "bin", TestPaths.Configuration, "net10.0");
            var dll = Path.Combine(folder, sample + ".dll");
            Assert.True(File.Exists(dll), $"The sample is not built: {dll}");
            var start = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = folder,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardOutputEncoding = Encoding.UTF8,
                StandardErrorEncoding = Encoding.UTF8,
                UseShellExecute = false,
            };
            start.ArgumentList.Add(dll);
            foreach (var arg in args)
            {
                start.ArgumentList.Add(arg);
            }

            start.Environment["DOTNET_NOLOGO"] = "1";
            // The console sample follows the culture: the same one on every machine.
            start.Environment["LC_ALL"] = "en_US.UTF-8";
            foreach (var (name, value) in environment)
            {
                start.Environment[name] = value;
            }

            var process = new SampleProcess(Process.Start(start)!);
            process._process.OutputDataReceived += (_, e) =>
            {
                if (e.Data is not { } line)
                {
                    return;
                }

                lock (process._output)
                {
                    process._output.Add(line);
                }

                if (Listening().Match(line) is { Success: true } match)
                {
                    process._address.TrySetResult(match.Groups[1].Value);
                }
            };
            process._process.ErrorDataReceived += (_, e) =>
            {
                if (e.Data is { } line)
                {
                    lock (process._errors)
                    {
                        process._errors.Add(line);
                    }
                }
            };
            process._process.BeginOutputReadLine();
            process._process.BeginErrorReadLine();
            return process;
        }

        public async ValueTask DisposeAsync()
        {
            _client?.Dispose();
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            await _process.WaitForExitAsync();
            _process.Dispose();
        }

        [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
        private static partial Regex Listening();
    }

    /// <summary>How a console sample ended.</summary>
    private sealed record SampleRun(int ExitCode, string Output, string Errors)
    {
        public string Describe() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Errors}";
    }
}
