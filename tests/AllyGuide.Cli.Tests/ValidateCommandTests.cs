using System.Text;

namespace AllyGuide.Cli.Tests;

/// <summary>allyguide validate on a copy of the content with one broken file: located diagnostics, exit 1, quickly, no crash.</summary>
public sealed class ValidateCommandTests
{
    [Fact]
    public void The_built_in_guide_is_valid()
    {
        using var temp = new TempFolder();
        var result = CliRunner.Run(temp.Path, "validate", "--today", CliRunner.Today);
        Assert.Equal(0, result.ExitCode);
        Assert.EndsWith("\nthe built-in guide: 0 errors, 0 warnings.\n", result.Stdout, StringComparison.Ordinal);
        // Arabic has no lints yet: it is reported as unchecked, never passed as clean.
        Assert.Contains("info AG0100: 'ar' is not checked", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void The_content_folder_is_valid_in_strict_mode()
    {
        using var temp = new TempFolder();
        var result = CliRunner.Run(temp.Path, "validate", "--strict", "--content", temp.CopyOfContent(), "--today", CliRunner.Today);
        Assert.Equal(0, result.ExitCode);
        Assert.EndsWith(": 0 errors, 0 warnings.\n", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Readability_prints_every_topic_of_each_checked_locale_with_its_measure()
    {
        using var temp = new TempFolder();
        var result = CliRunner.Run(temp.Path, "validate", "--readability", "--today", CliRunner.Today);

        Assert.Equal(0, result.ExitCode);
        var rows = result.Stdout.Split('\n').Where(l => l.StartsWith("en ", StringComparison.Ordinal) || l.StartsWith("es ", StringComparison.Ordinal)).ToList();
        Assert.Equal(36, rows.Count);
        Assert.Contains(rows, r => r.StartsWith("en     helping-in-a-crisis ", StringComparison.Ordinal) && r.Contains("Flesch-Kincaid grade", StringComparison.Ordinal) && r.EndsWith(": ok", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.StartsWith("es     helping-in-a-crisis ", StringComparison.Ordinal) && r.Contains("INFLESZ", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Stdout.Split('\n'), l => l.StartsWith("ar ", StringComparison.Ordinal));
    }

    public static TheoryData<string, string> BrokenFiles() => new()
    {
        { "syntax-error", "AG0001" },
        { "binary-garbage", "AG0004" },
        { "nested-brackets", "AG0005" },
        { "alias-bomb", "AG0006" },
        { "misspelled-key", "AG0010" },
        { "invalid-utf8", "AG0003" },
        { "huge-file", "AG0002" },
    };

    [Theory]
    [MemberData(nameof(BrokenFiles))]
    public void A_broken_file_gives_located_diagnostics_and_exit_1(string breakage, string code)
    {
        using var temp = new TempFolder();
        var content = temp.CopyOfContent();
        var file = Path.Combine(content, "en", "topics", "listening.yaml");
        Break(file, breakage);

        var result = CliRunner.Run(temp.Path, "validate", "--content", content);

        Assert.Equal(1, result.ExitCode);
        result.AssertNoCrash();
        var expectedPath = Path.Combine(content, "en", "topics", "listening.yaml").Replace('\\', '/');
        Assert.Matches($@"(?m)^{System.Text.RegularExpressions.Regex.Escape(expectedPath)}(\(\d+,\d+\))?: error {code}: .+$", result.Stdout);
        Assert.Matches(@"(?m)^.+: [1-9]\d* errors?, \d+ warnings?\.$", result.Stdout);
        // Whole process, start to finish, including the .NET runtime starting up.
        Assert.True(result.Elapsed < TimeSpan.FromSeconds(20), $"took {result.Elapsed}");
    }

    [Fact]
    public void Diagnostics_use_the_compiler_format()
    {
        using var temp = new TempFolder();
        var content = temp.CopyOfContent();
        var file = Path.Combine(content, "en", "topics", "self-care.yaml");
        File.WriteAllText(file, File.ReadAllText(file).Replace("next_review:", "next_reveiw:", StringComparison.Ordinal));

        var lines = File.ReadAllLines(file);
        var typo = Array.FindIndex(lines, l => l.StartsWith("next_reveiw:", StringComparison.Ordinal)) + 1;
        var topic = Array.FindIndex(lines, l => l.StartsWith("schema:", StringComparison.Ordinal)) + 1;

        var result = CliRunner.Run(temp.Path, "validate", "--content", "content");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"content/en/topics/self-care.yaml({typo},1): error AG0010: Unknown key 'next_reveiw' in the topic. Did you mean 'next_review'?", result.Stdout, StringComparison.Ordinal);
        Assert.Contains($"content/en/topics/self-care.yaml({topic},1): error AG0011: The topic is missing the required field 'next_review'.", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Warnings_fail_only_in_strict_mode()
    {
        using var temp = new TempFolder();
        var content = temp.CopyOfContent();
        var guide = Path.Combine(content, "guide.yaml");
        File.WriteAllText(guide, File.ReadAllText(guide).Replace("  - code: en\n    name: English\n", "  - code: en\n    name: English\n  - code: fr\n    name: Français\n", StringComparison.Ordinal));
        Directory.CreateDirectory(Path.Combine(content, "fr", "topics"));
        File.WriteAllText(Path.Combine(content, "fr", "topics", "listening.yaml"), "schema: 1\nid: listening\nsections:\n  - id: no-such-section\n    title: Section\n");

        var relaxed = CliRunner.Run(temp.Path, "validate", "--content", content, "--today", CliRunner.Today);
        var strict = CliRunner.Run(temp.Path, "validate", "--content", content, "--strict", "--today", CliRunner.Today);

        Assert.Equal(0, relaxed.ExitCode);
        Assert.Contains("warning AG0028", relaxed.Stdout, StringComparison.Ordinal);
        Assert.Equal(1, strict.ExitCode);
    }

    [Fact]
    public void Review_dates_are_checked_as_of_the_date_given()
    {
        using var temp = new TempFolder();

        var now = CliRunner.Run(temp.Path, "validate", "--strict", "--today", CliRunner.Today);
        var later = CliRunner.Run(temp.Path, "validate", "--strict", "--today", "2030-01-01");
        var wrong = CliRunner.Run(temp.Path, "validate", "--today", "next week");

        Assert.Equal(0, now.ExitCode);
        Assert.Equal(1, later.ExitCode);
        Assert.Contains("warning AG0107: Topic 'listening' was due for review on 2027-11-20.", later.Stdout, StringComparison.Ordinal);
        Assert.Equal(2, wrong.ExitCode);
        Assert.Contains("'next week' is not a date in YYYY-MM-DD form.", wrong.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_publishes_overdue_content_with_a_warning()
    {
        using var temp = new TempFolder();

        var result = CliRunner.Run(temp.Path, "build", "--today", "2030-01-01");

        result.AssertNoCrash();
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("warning AG0107", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("allyguide: warning: 18 topics are past their review date (AG0107).", result.Stderr, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(temp.Path, "_site", "index.html")));
    }

    [Fact]
    public void Translations_load_when_the_host_runs_with_invariant_globalization()
    {
        using var temp = new TempFolder();
        var content = temp.CopyOfContent();
        var guide = Path.Combine(content, "guide.yaml");
        File.WriteAllText(guide, File.ReadAllText(guide).Replace("  - code: en\n    name: English\n", "  - code: en\n    name: English\n  - code: es-MX\n    name: Español (México)\n", StringComparison.Ordinal));
        Directory.CreateDirectory(Path.Combine(content, "es-MX", "topics"));
        File.WriteAllText(Path.Combine(content, "es-MX", "topics", "listening.yaml"), "schema: 1\nid: listening\ntitle: Escuchar de verdad\n");
        var invariant = new Dictionary<string, string> { ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1" };

        var validate = CliRunner.Run(temp.Path, invariant, "validate", "--content", content, "--today", CliRunner.Today);
        var render = CliRunner.Run(temp.Path, invariant, "render", "listening", "--locale", "es-MX", "--content", content, "--format", "fragment");

        Assert.Equal(0, validate.ExitCode);
        Assert.Equal(0, render.ExitCode);
        Assert.Contains("<h1>Escuchar de verdad</h1>", render.Stdout, StringComparison.Ordinal);
        Assert.Contains("lang=\"es-MX\"", render.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_printed_can_send_an_escape_sequence_to_the_terminal()
    {
        using var temp = new TempFolder();
        var content = temp.CopyOfContent();
        File.WriteAllText(Path.Combine(content, "en", "topics", "evil\u001B]0;pwned\u0007.yaml"), "schema: 1\nid: \"evil\\e[31m\"\n");
        var listening = Path.Combine(content, "en", "topics", "listening.yaml");
        File.WriteAllText(listening, File.ReadAllText(listening).Replace("title: Listening with empathy", "title: \"Listening \\e[2J\\u202Ewith empathy\"", StringComparison.Ordinal));

        var validate = CliRunner.Run(temp.Path, "validate", "--content", content, "--today", CliRunner.Today);
        var render = CliRunner.Run(temp.Path, "render", "listening", "--content", content);

        Assert.Equal(1, validate.ExitCode);
        Assert.Contains("error AG0044: The title holds U+001B (escape)", validate.Stdout, StringComparison.Ordinal);
        Assert.Equal(1, render.ExitCode);
        foreach (var output in new[] { validate.Stdout, validate.Stderr, render.Stdout, render.Stderr })
        {
            Assert.DoesNotContain('\u001B', output);
            Assert.DoesNotContain('\u0007', output);
            Assert.DoesNotContain('\u202E', output);
        }
    }

    private static void Break(string file, string breakage)
    {
        switch (breakage)
        {
            case "syntax-error":
                File.WriteAllText(file, File.ReadAllText(file).Replace("title: Listening with empathy", "title: \"Listening with empathy\n  bad: [", StringComparison.Ordinal));
                break;
            case "binary-garbage":
                var random = new Random(7);
                var bytes = new byte[4096];
                random.NextBytes(bytes);
                File.WriteAllBytes(file, bytes);
                break;
            case "nested-brackets":
                File.WriteAllText(file, "schema: 1\nid: listening\ntitle: " + new string('[', 100_000) + "\n");
                break;
            case "alias-bomb":
                var bomb = new StringBuilder("schema: 1\nid: listening\nl0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
                for (var i = 1; i < 30; i++)
                {
                    bomb.Append($"l{i}: &l{i} [").Append(string.Join(", ", Enumerable.Repeat($"*l{i - 1}", 9))).Append("]\n");
                }

                File.WriteAllText(file, bomb.ToString());
                break;
            case "misspelled-key":
                File.WriteAllText(file, File.ReadAllText(file).Replace("summary:", "sumary:", StringComparison.Ordinal));
                break;
            case "invalid-utf8":
                File.WriteAllBytes(file, [.. File.ReadAllBytes(file).Take(40), 0xFF, 0xFE, .. "\n"u8]);
                break;
            case "huge-file":
                File.WriteAllText(file, "schema: 1\n# " + new string('x', 3 * 1024 * 1024) + "\n");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(breakage));
        }
    }
}
