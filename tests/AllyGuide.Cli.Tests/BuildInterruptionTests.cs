using System.Security.Cryptography;

namespace AllyGuide.Cli.Tests;

/// <summary>
/// A build killed at any moment (SIGKILL, no chance to clean up) leaves the old site or the new one, never a mix and
/// never a person's file lost, and the next build restores or finishes the swap and leaves nothing behind. Runs a few
/// trials in CI; set ALLYGUIDE_KILL_TRIALS for more.
/// </summary>
public sealed class BuildInterruptionTests
{
    private static int Trials => int.TryParse(Environment.GetEnvironmentVariable("ALLYGUIDE_KILL_TRIALS"), out var n) && n > 0 ? n : 6;

    [Fact]
    public void A_build_killed_part_way_leaves_a_whole_site_and_the_next_build_cleans_up()
    {
        using var temp = new TempFolder();
        var first = temp.CopyOfContent();
        var second = temp.Combine("second");
        Directory.Move(first, second);
        first = temp.CopyOfContent();
        // Every page of the second guide differs from the first: a changed word in each topic's title and in the UI.
        foreach (var topic in Directory.EnumerateFiles(Path.Combine(second, "en", "topics")))
        {
            var lines = File.ReadAllLines(topic);
            var title = Array.FindIndex(lines, l => l.StartsWith("title: ", StringComparison.Ordinal));
            lines[title] += " (revised)";
            File.WriteAllLines(topic, lines);
        }

        var ui = Path.Combine(second, "en", "ui.yaml");
        File.WriteAllText(ui, File.ReadAllText(ui).Replace("site_title: AllyGuide", "site_title: AllyGuide revised", StringComparison.Ordinal));

        var site = temp.Combine("site");
        var guides = new[] { first, second };
        var expected = new Dictionary<string, string>[2];
        for (var g = 0; g < 2; g++)
        {
            var reference = temp.Combine("reference" + g);
            Assert.Equal(0, CliRunner.Run(temp.Path, "build", "--content", guides[g], "--out", reference).ExitCode);
            expected[g] = Pages(reference);
        }

        Assert.NotEqual(expected[0]["index.html"], expected[1]["index.html"]);
        Assert.Equal(0, CliRunner.Run(temp.Path, "build", "--content", first, "--out", site).ExitCode);
        File.WriteAllText(Path.Combine(site, "mine.txt"), "my notes");

        var random = new Random(20261124);
        var outcomes = new List<string>();
        for (var trial = 0; trial < Trials; trial++)
        {
            var (from, to) = (expected[trial % 2], expected[(trial + 1) % 2]);
            using (var process = CliRunner.Start(temp.Path, "build", "--content", guides[(trial + 1) % 2], "--out", site))
            {
                Thread.Sleep(random.Next(0, 1500));
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
            }

            var leftovers = Directory.EnumerateDirectories(temp.Path, ".site.allyguide-*").ToList();
            if (Directory.Exists(site))
            {
                var now = Pages(site);
                var whole = Same(now, from) ? "old" : Same(now, to) ? "new" : null;
                Assert.True(whole is not null, $"Trial {trial}: the site is a mix of old and new pages.");
                outcomes.Add(whole!);
            }
            else
            {
                // Killed in the instant between the two renames: the old site waits beside, whole, for the next build.
                var aside = Assert.Single(leftovers, d => d.Contains("-old-", StringComparison.Ordinal));
                Assert.True(Same(Pages(aside), from), $"Trial {trial}: the site set aside is not whole.");
                outcomes.Add("aside");
            }

            var next = CliRunner.Run(temp.Path, "build", "--content", guides[(trial + 1) % 2], "--out", site);
            Assert.Equal(0, next.ExitCode);
            Assert.True(Same(Pages(site), to), $"Trial {trial}: the next build did not give the new site.");
            Assert.Equal("my notes", File.ReadAllText(Path.Combine(site, "mine.txt")));
            Assert.Empty(Directory.EnumerateFileSystemEntries(temp.Path, ".site*"));
            Assert.Empty(Directory.EnumerateFiles(site, "*.tmp-*", SearchOption.AllDirectories));
        }

        Assert.Equal(Trials, outcomes.Count);
        if (Trials >= 20)
        {
            // Enough trials land both before and after the swap for the test to mean something.
            Assert.True(outcomes.Contains("old") && outcomes.Contains("new"), string.Join(", ", outcomes));
        }
    }

    /// <summary>The site's pages and assets by path, with a hash of each; a person's own file is left out.</summary>
    private static Dictionary<string, string> Pages(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => (Path: Path.GetRelativePath(folder, f), Full: f))
            .Where(f => f.Path != "mine.txt")
            .ToDictionary(f => f.Path, f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f.Full))));

    private static bool Same(Dictionary<string, string> a, Dictionary<string, string> b) =>
        a.Count == b.Count && a.All(p => b.TryGetValue(p.Key, out var v) && v == p.Value);
}
