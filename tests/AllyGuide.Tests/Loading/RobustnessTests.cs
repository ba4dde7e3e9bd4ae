using System.Text;
using AllyGuide.Loading;
using AllyGuide.Tests.Infrastructure;

namespace AllyGuide.Tests.Loading;

/// <summary>Broken files produce diagnostics, never exceptions, and never take the process down.</summary>
public sealed class RobustnessTests
{
    private static AllyGuide.Diagnostics.Diagnostic[] LoadWithTopic(byte[] alpha, LoadOptions? options = null)
    {
        using var fixture = new ContentFixture();
        File.WriteAllBytes(Path.Combine(fixture.Root, "en", "topics", "alpha.yaml"), alpha);
        var result = Guide.TryLoad(fixture.Source, options);
        Assert.NotNull(result.Guide);
        Assert.False(result.Success);
        return [.. result.Diagnostics];
    }

    [Theory]
    [InlineData(100_000, '[')]
    [InlineData(100_000, '{')]
    [InlineData(1_000_000, '[')]
    public void Deep_nesting_is_a_diagnostic_not_a_stack_overflow(int depth, char bracket)
    {
        var diagnostics = LoadWithTopic(Encoding.UTF8.GetBytes("schema: 1\nid: alpha\ntitle: " + new string(bracket, depth)), LoadOptions.Default with { MaxFileBytes = 2_000_000 });
        var deep = Assert.Single(diagnostics, d => d.Code == "AG0005");
        Assert.Equal(3, deep.Line);
    }

    [Fact]
    public void Deep_block_nesting_is_a_diagnostic()
    {
        var yaml = new StringBuilder("schema: 1\nid: alpha\n");
        for (var i = 0; i < 2000; i++)
        {
            yaml.Append(new string(' ', i)).Append("k:\n");
        }

        var diagnostics = LoadWithTopic(Encoding.UTF8.GetBytes(yaml.ToString()), LoadOptions.Default with { MaxFileBytes = 4_000_000 });
        Assert.Contains(diagnostics, d => d.Code == "AG0005");
    }

    [Fact]
    public void An_alias_bomb_is_refused_without_expanding_it()
    {
        var yaml = new StringBuilder("schema: 1\nid: alpha\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (var i = 1; i < 40; i++)
        {
            yaml.Append($"a{i}: &a{i} [").Append(string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))).Append("]\n");
        }

        var diagnostics = LoadWithTopic(Encoding.UTF8.GetBytes(yaml.ToString()));
        var alias = Assert.Single(diagnostics, d => d.Code == "AG0006");
        Assert.Equal((4, 10), (alias.Line, alias.Column));
    }

    [Fact]
    public void A_file_over_the_size_limit_is_not_read()
    {
        var diagnostics = LoadWithTopic(new byte[2 * 1024 * 1024]);
        var large = Assert.Single(diagnostics, d => d.Code == "AG0002");
        Assert.Contains("2,097,152 bytes", large.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_is_located()
    {
        var diagnostics = LoadWithTopic([.. "schema: 1\nid: alpha\ntitle: caf"u8, 0xC3, 0x28, .. "\n"u8]);
        var utf8 = Assert.Single(diagnostics, d => d.Code == "AG0003");
        Assert.Equal((3, 11), (utf8.Line, utf8.Column));
    }

    [Fact]
    public void A_byte_order_mark_is_accepted()
    {
        using var fixture = new ContentFixture();
        var path = Path.Combine(fixture.Root, "en", "topics", "alpha.yaml");
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. File.ReadAllBytes(path)]);
        Assert.True(Guide.TryLoad(fixture.Source).Success);
    }

    private const string Special = "[]{}:-&*!|>'\"%@`#,?\n\t ";

    [Fact]
    public void Random_bytes_never_throw()
    {
        var random = new Random(20261123);
        var samples = new List<byte[]>();
        var valid = File.ReadAllBytes(Path.Combine(TestPaths.Fixtures, "Minimal", "en", "topics", "alpha.yaml"));
        for (var i = 0; i < 400; i++)
        {
            // Mutate a valid file: flip, drop and insert bytes, including YAML's special characters.
            var bytes = valid.ToList();
            for (var j = 0; j < 1 + (i % 12); j++)
            {
                var at = random.Next(bytes.Count);
                switch (random.Next(3))
                {
                    case 0:
                        bytes[at] = (byte)Special[random.Next(Special.Length)];
                        break;
                    case 1:
                        bytes.RemoveAt(at);
                        break;
                    default:
                        bytes.Insert(at, (byte)random.Next(256));
                        break;
                }
            }

            samples.Add([.. bytes]);
        }

        foreach (var sample in samples)
        {
            using var fixture = new ContentFixture();
            File.WriteAllBytes(Path.Combine(fixture.Root, "en", "topics", "alpha.yaml"), sample);
            var result = Guide.TryLoad(fixture.Source);
            Assert.All(result.Diagnostics, d => Assert.Matches("^AG[0-9]{4}$", d.Code));
        }
    }

    [Fact]
    public void Missing_guide_file_is_a_diagnostic()
    {
        using var fixture = new ContentFixture();
        File.Delete(Path.Combine(fixture.Root, "guide.yaml"));
        var result = Guide.TryLoad(fixture.Source);
        Assert.Null(result.Guide);
        Assert.Equal("AG0022", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Load_throws_one_exception_with_every_error()
    {
        using var fixture = new ContentFixture(Path.Combine(TestPaths.Fixtures, "Invalid", "AG0014-invalid-date"));
        var error = Assert.Throws<AllyGuide.Diagnostics.GuideContentException>(() => Guide.Load(fixture.Source));
        Assert.Equal(2, error.Diagnostics.Count(d => d.Code == "AG0014"));
        Assert.Contains("2 errors", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_keys_suggest_the_nearest_valid_key()
    {
        Assert.Equal("next_review", AllyGuide.Text.Suggestions.Suggest("next_reveiw", ["reviewed", "next_review", "related"]));
        Assert.Equal("title", AllyGuide.Text.Suggestions.Suggest("Titel", ["title", "summary"]));
        Assert.Null(AllyGuide.Text.Suggestions.Suggest("colour", ["title", "summary"]));
    }
}
