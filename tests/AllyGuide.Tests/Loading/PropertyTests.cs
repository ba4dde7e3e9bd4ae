using System.Text;
using AllyGuide.Loading;
using AllyGuide.Rendering;
using AllyGuide.Tests.Infrastructure;
using CsCheck;

namespace AllyGuide.Tests.Loading;

/// <summary>
/// Property tests over the real content: thousands of files as a hurried translator or an attacker might leave them
/// (edits of a real file with YAML's special characters, controls, bidirectional marks, markup, huge numbers, deep
/// brackets, anchors, tags, dropped and repeated lines). Whatever the file, loading never throws and every diagnostic
/// is located with a stable code; content that loads renders whole in every format with its crisis help. CI runs
/// 2,000 cases; set ALLYGUIDE_FUZZ_CASES (for example 1000000) for more.
/// </summary>
public sealed class PropertyTests
{
    private static readonly Dictionary<string, byte[]> Shipped = MemoryContentSource.ReadAll(ContentSource.Embedded);

    private static readonly string[] Targets =
    [
        "guide.yaml", "crisis.yaml", "en/ui.yaml", "en/crisis.yaml", "en/sources.yaml", "en/topics/listening.yaml",
        "en/topics/helping-in-a-crisis.yaml", "es/topics/listening.yaml", "es/ui.yaml", "ar/crisis.yaml", "ar/topics/self-care.yaml",
    ];

    private static readonly string[] Tokens =
    [
        "[", "]", "{", "}", ":", ": ", "- ", "&a ", "*a", "!!binary ", "!!python/object ", "<<: ", "? ", "|", ">", "'", "\"", "#", "%YAML 1.1\n", "---\n", "...\n",
        "\t", "\r", "\0", "\u001B[31m", "\u0007", "\u202E", "\u2066", "\u200F", "\uFEFF", "\u2028", "\uD800", "\uFFFF",
        "<script>alert(1)</script>", "[x](javascript:alert(1))", "**", "*", "\\", "{number}", "{count}", "{", "99999999999999999999",
        "2026-02-30", "-1", "1e400", "~", "null", "true", "schema: 9\n", "id: Bad Id\n", new string('[', 200), new string(' ', 300), "ü", "العربية", "😀",
    ];

    /// <summary>
    /// The shipped templates with a long time limit: this test is about content, and on a busy two-core machine running
    /// every suite at once a thread can wait seconds for a core, which the default two-second limit would report as a
    /// slow template (AG0041).
    /// </summary>
    private static readonly GuideRenderer Renderer = new(RendererOptions.Default with { RenderTimeout = TimeSpan.FromMinutes(1) });

    private static int Cases => int.TryParse(Environment.GetEnvironmentVariable("ALLYGUIDE_FUZZ_CASES"), out var n) && n > 0 ? n : 2_000;

    /// <summary>One edit of a file: where (a fraction of its length), what, and the token or span length it uses.</summary>
    private static readonly Gen<(double At, int Kind, int Token, int Length)> Edit =
        Gen.Select(Gen.Double[0, 1], Gen.Int[0, 4], Gen.Int[0, Tokens.Length - 1], Gen.Int[1, 40]);

    private static readonly Gen<(int Target, (double At, int Kind, int Token, int Length)[] Edits)> Case =
        Gen.Select(Gen.Int[0, Targets.Length - 1], Edit.Array[1, 12]);

    [Fact]
    public void Any_edit_of_a_real_file_loads_or_is_located_and_what_loads_renders_whole()
    {
        var rendered = 0;
        Case.Sample(c =>
        {
            var target = Targets[c.Target];
            var text = Mutate(Encoding.UTF8.GetString(Shipped[target]), c.Edits);
            var files = new Dictionary<string, byte[]>(Shipped) { [target] = Encoding.UTF8.GetBytes(text) };
            var source = new MemoryContentSource(files);

            var result = Guide.TryLoad(source, TestClock.Options);

            foreach (var diagnostic in result.Diagnostics)
            {
                Assert.Matches("^AG[0-9]{4}$", diagnostic.Code);
                Assert.StartsWith("memory:", diagnostic.FilePath, StringComparison.Ordinal);
                Assert.True(diagnostic.Line >= 0 && diagnostic.Column >= 0);
                Assert.DoesNotContain(diagnostic.Message, ch => char.IsControl(ch) || ch is '\u202E' or '\u2066');
            }

            if (result.Success)
            {
                var guide = result.Guide;
                var locale = target.Contains('/', StringComparison.Ordinal) ? target[..target.IndexOf('/', StringComparison.Ordinal)] : "en";
                var topic = guide.Localize(locale).Topics[0];
                foreach (var format in FormatterRegistry.Default.Formats)
                {
                    Assert.NotEmpty(Renderer.Render(topic, format));
                }

                using var index = new StringWriter();
                Renderer.RenderIndexPage(guide.Localize(locale), index);
                Interlocked.Increment(ref rendered);
            }
        }, iter: Cases, seed: Environment.GetEnvironmentVariable("ALLYGUIDE_FUZZ_SEED"));

        // Enough edits leave valid content (a changed word, a repeated harmless line) for the rendering half to count.
        Assert.True(rendered > Cases / 50, $"Only {rendered} of {Cases} cases loaded cleanly.");
    }

    private static string Mutate(string text, (double At, int Kind, int Token, int Length)[] edits)
    {
        var result = new StringBuilder(text);
        foreach (var (at, kind, token, length) in edits)
        {
            var position = (int)(at * result.Length);
            switch (kind)
            {
                case 0:
                case 1:
                    result.Insert(position, Tokens[token]);
                    break;
                case 2:
                    result.Remove(position, Math.Min(length, result.Length - position));
                    break;
                case 3:
                    // Repeat the line the position is in (a pasted line, a duplicated key).
                    var whole = result.ToString();
                    var start = position == 0 ? 0 : whole.LastIndexOf('\n', position - 1) + 1;
                    var end = whole.IndexOf('\n', start);
                    var line = whole[start..(end < 0 ? whole.Length : end)];
                    result.Insert(start, line + "\n");
                    break;
                default:
                    result[Math.Min(position, result.Length - 1)] = Tokens[token][0];
                    break;
            }

            if (result.Length == 0)
            {
                break;
            }
        }

        return result.ToString();
    }
}
