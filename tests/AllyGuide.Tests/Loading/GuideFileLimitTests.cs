using System.Text;
using AllyGuide.Loading;
using AllyGuide.Tests.Infrastructure;

namespace AllyGuide.Tests.Loading;

/// <summary>
/// guide.yaml lists every topic, so its size limit grows with the topic files there are: the file limit plus 128
/// bytes a topic file. A large guide stays expressible; a guide.yaml padded past what its topics need is refused.
/// </summary>
public sealed class GuideFileLimitTests
{
    private const int FileLimit = 20_000; // above the largest shipped topic file (about 18.5 KB)

    private static (MemoryContentSource Source, int TopicFiles) ShippedWithGuideFileOf(int bytes)
    {
        var files = MemoryContentSource.ReadAll(ContentSource.Embedded);
        var guide = files["guide.yaml"];
        var padding = "# " + new string('x', bytes - guide.Length - 3) + "\n";
        files["guide.yaml"] = [.. guide, .. Encoding.UTF8.GetBytes(padding)];
        Assert.Equal(bytes, files["guide.yaml"].Length);
        var topicFiles = files.Keys.Count(k => k.Contains("/topics/", StringComparison.Ordinal) && k.EndsWith(".yaml", StringComparison.Ordinal));
        return (new MemoryContentSource(files), topicFiles);
    }

    [Fact]
    public void A_guide_file_over_the_file_limit_loads_when_its_topics_account_for_it()
    {
        var topicFiles = ShippedWithGuideFileOf(2000).TopicFiles;
        Assert.True(topicFiles > 40, $"{topicFiles} topic files");
        var (source, _) = ShippedWithGuideFileOf(FileLimit + (topicFiles * 100));
        var result = Guide.TryLoad(source, LoadOptions.Default with { MaxFileBytes = FileLimit, EditorialLints = false, Today = new(2026, 11, 24) });
        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
        Assert.NotNull(result.Guide);
    }

    [Fact]
    public void A_guide_file_padded_past_what_its_topics_need_is_refused_with_the_limit_explained()
    {
        var topicFiles = ShippedWithGuideFileOf(2000).TopicFiles;
        var limit = FileLimit + (topicFiles * 128);
        var (source, _) = ShippedWithGuideFileOf(limit + 1);
        var result = Guide.TryLoad(source, LoadOptions.Default with { MaxFileBytes = FileLimit, EditorialLints = false, Today = new(2026, 11, 24) });
        var error = Assert.Single(result.Diagnostics, d => d.Code == "AG0002");
        Assert.Equal("memory:guide.yaml", error.FilePath);
        Assert.Contains($"the limit is {limit:N0} bytes", error.Message, StringComparison.Ordinal);
        Assert.Contains("plus 128 for each topic file", error.Message, StringComparison.Ordinal);
        Assert.Null(result.Guide);

        // Exactly at the limit it loads.
        (source, _) = ShippedWithGuideFileOf(limit);
        Assert.NotNull(Guide.TryLoad(source, LoadOptions.Default with { MaxFileBytes = FileLimit, EditorialLints = false, Today = new(2026, 11, 24) }).Guide);
    }
}
