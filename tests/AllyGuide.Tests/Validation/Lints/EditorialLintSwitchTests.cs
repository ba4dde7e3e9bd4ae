using System.Text;
using AllyGuide.Loading;
using AllyGuide.Tests.Infrastructure;

namespace AllyGuide.Tests.Validation.Lints;

/// <summary>
/// LoadOptions.EditorialLints: loading can skip the plain-language and safe-wording lints, validation never does,
/// and nothing but those lints is skipped.
/// </summary>
public sealed class EditorialLintSwitchTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);

    private static MemoryContentSource ContentWithAWordingProblem()
    {
        var files = MemoryContentSource.ReadAll(ContentSource.Embedded);
        const string path = "en/topics/listening.yaml";
        var text = Encoding.UTF8.GetString(files[path]);
        var summary = text.IndexOf("summary: ", StringComparison.Ordinal) + "summary: ".Length;
        files[path] = Encoding.UTF8.GetBytes(text.Insert(summary, "Someone who committed suicide was heard. "));
        return new MemoryContentSource(files);
    }

    [Fact]
    public void Loading_without_editorial_lints_skips_them_and_only_them()
    {
        var source = ContentWithAWordingProblem();
        var checkedLoad = Guide.TryLoad(source, LoadOptions.Default with { Today = Today });
        var quickLoad = Guide.TryLoad(source, LoadOptions.Default with { Today = Today, EditorialLints = false });

        Assert.Contains(checkedLoad.Diagnostics, d => d.Code == "AG0103" && d.Message.Contains("committed suicide", StringComparison.Ordinal));
        Assert.DoesNotContain(quickLoad.Diagnostics, d => d.Code is "AG0101" or "AG0102" or "AG0103" or "AG0104" or "AG0105");
        // Every other diagnostic is the same: only the editorial lints were skipped.
        Assert.Equal(
            checkedLoad.Diagnostics.Where(d => d.Code is not ("AG0101" or "AG0102" or "AG0103" or "AG0104" or "AG0105")).Select(d => d.ToString()),
            quickLoad.Diagnostics.Select(d => d.ToString()));
        Assert.NotNull(quickLoad.Guide);
    }

    [Fact]
    public void Validation_always_runs_the_editorial_lints()
    {
        var folder = ContentFolder.FromSource(ContentWithAWordingProblem());
        var diagnostics = folder.Validate(LoadOptions.Default with { Today = Today, EditorialLints = false });
        Assert.Contains(diagnostics, d => d.Code == "AG0103");
    }
}
