using System.Collections.Concurrent;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;

namespace AllyGuide.AspNetCore.Tests;

/// <summary>A served content folder reloads when it changes; a request sees one version whole; broken content is not published.</summary>
public sealed partial class ReloadTests
{
    private const string Original = "Listening with empathy";

    [Fact]
    public async Task The_etag_changes_after_the_content_reloads()
    {
        using var temp = new TempFolder();
        var content = temp.CopyOfContent();
        await using var server = await GuideServer.StartAsync(o => (o.ContentPath, o.ReloadDelay) = (content, TimeSpan.FromMilliseconds(100)));

        using var before = await server.GetAsync("/guide/listening");
        var etag = before.Headers.ETag!.Tag;
        Assert.Equal("public, no-cache", before.Headers.CacheControl?.ToString());

        ContentEdits.Replace(ContentEdits.ListeningPath(content), "title: " + Original, "title: Listening with care");
        await ContentEdits.WaitUntilAsync(async () => (await (await server.GetAsync("/guide/listening?format=text")).Content.ReadAsStringAsync()).StartsWith("Listening with care", StringComparison.Ordinal), "the new title is served");

        using var after = await server.GetAsync("/guide/listening", ifNoneMatch: etag);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(etag, after.Headers.ETag!.Tag);
        Assert.Contains("Listening with care", await after.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Requests_during_reloads_each_see_one_whole_version_and_broken_content_keeps_the_last_good_one()
    {
        using var temp = new TempFolder();
        var content = temp.CopyOfContent();
        await using var server = await GuideServer.StartAsync(o => (o.ContentPath, o.ReloadDelay) = (content, TimeSpan.FromMilliseconds(50)));
        var path = ContentEdits.ListeningPath(content);
        string[] titles = [Original, .. Enumerable.Range(1, 5).Select(i => $"Listening well, version {i}")];

        var problems = new ConcurrentQueue<string>();
        var seen = new ConcurrentDictionary<string, int>();
        var responses = 0;
        using var stop = new CancellationTokenSource();
        var hammer = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                using var response = await server.GetAsync("/guide/listening");
                var body = await response.Content.ReadAsStringAsync();
                Interlocked.Increment(ref responses);
                var head = HeadTitle().Match(body);
                var heading = Heading().Match(body);
                if (response.StatusCode != HttpStatusCode.OK || !head.Success || !heading.Success || !body.TrimEnd().EndsWith("</html>", StringComparison.Ordinal) || !body.Contains("988", StringComparison.Ordinal))
                {
                    problems.Enqueue($"{(int)response.StatusCode}: {body[..Math.Min(body.Length, 300)]}");
                    continue;
                }

                var title = WebUtility.HtmlDecode(heading.Groups[1].Value);
                if (!titles.Contains(title) || !WebUtility.HtmlDecode(head.Groups[1].Value).StartsWith(title, StringComparison.Ordinal))
                {
                    problems.Enqueue($"A mix or an unknown title: <title>{head.Groups[1].Value}</title> <h1>{heading.Groups[1].Value}</h1>");
                }

                seen.AddOrUpdate(title, 1, (_, n) => n + 1);
            }
        })).ToList();

        var previous = Original;
        foreach (var title in titles.Skip(1))
        {
            await Task.Delay(400);
            ContentEdits.Replace(path, "title: " + previous, "title: " + title);
            previous = title;
        }

        await ContentEdits.WaitUntilAsync(() => Task.FromResult(seen.ContainsKey(titles[^1])), "the last title is served");

        // A broken edit: the old content stays, and the error is logged with its code.
        var logged = server.Logs.Entries.Count;
        var generation = server.Provider.Current.Generation;
        ContentEdits.Write(path, File.ReadAllText(path).Replace("title: " + titles[^1], "title: [unclosed", StringComparison.Ordinal));
        await ContentEdits.WaitUntilAsync(() => Task.FromResult(server.Logs.Entries.Skip(logged).Any(e => e.EventId.Name == "AllyGuideReloadRejected")), "the broken edit is rejected");
        await Task.Delay(300);
        await stop.CancelAsync();
        await Task.WhenAll(hammer);

        Assert.Empty(problems);
        Assert.True(responses > 50, $"Only {responses} responses.");
        Assert.True(seen.Count >= 2, "The hammer saw only one version: " + string.Join(", ", seen.Keys));
        Assert.Equal(generation, server.Provider.Current.Generation);
        using var last = await server.GetAsync("/guide/listening?format=text");
        Assert.StartsWith(titles[^1], await last.Content.ReadAsStringAsync());
        // The watcher may report the edit in more than one burst; every load of it is rejected the same way.
        var error = server.Logs.Entries.Skip(logged).First(e => e.Level == LogLevel.Error && e.EventId.Name == "AG0001");
        Assert.Equal(1, error.EventId.Id);
        Assert.Equal("AG0001", error.Properties["DiagnosticCode"]);
        Assert.EndsWith("listening.yaml", (string)error.Properties["FilePath"]!);
    }

    [GeneratedRegex("<title>([^<]*)</title>")]
    private static partial Regex HeadTitle();

    [GeneratedRegex("<h1[^>]*>([^<]*)</h1>")]
    private static partial Regex Heading();
}
