using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AllyGuide.Loading;

namespace AllyGuide.Benchmarks;

/// <summary>
/// Writes a content folder of any size shaped like the shipped guide: every shipped file as it is, plus
/// <c>count</c> English topics, each a copy of a shipped topic (rotating through all of them) under a new id and
/// title, listed in <c>guide.yaml</c>'s reading order after the shipped ones. The copies keep their sections, tips,
/// phrases, audiences, related topics and sources, so they pass the same loader rules and render like real pages;
/// Spanish and Arabic readers get them by fallback, as an untranslated topic is shown.
/// </summary>
public static partial class SyntheticGuide
{
    /// <summary>Writes the folder; returns the number of topics in its reading order.</summary>
    public static int Write(string directory, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (Directory.Exists(directory) && Directory.EnumerateFileSystemEntries(directory).Any())
        {
            throw new IOException($"'{directory}' is not empty; the generator writes only into a new or empty folder.");
        }

        var source = ContentSource.Embedded;
        var shipped = new List<string>();
        Copy(source, "", directory);

        var guideText = File.ReadAllText(Path.Combine(directory, "guide.yaml"));
        foreach (Match match in OrderEntry().Matches(TopicsBlock().Match(guideText).Value))
        {
            shipped.Add(match.Groups[1].Value);
        }

        var templates = shipped.Select(id => File.ReadAllText(Path.Combine(directory, "en", "topics", id + ".yaml"))).ToArray();
        var ids = new StringBuilder();
        for (var i = 1; i <= count; i++)
        {
            var template = templates[(i - 1) % templates.Length];
            var original = shipped[(i - 1) % shipped.Count];
            var id = string.Create(CultureInfo.InvariantCulture, $"{original}-{i:D6}");
            var text = IdLine().Replace(template, $"id: {id}", 1);
            text = TitleLine().Replace(text, m => $"{m.Value} ({i.ToString(CultureInfo.InvariantCulture)})", 1);
            File.WriteAllText(Path.Combine(directory, "en", "topics", id + ".yaml"), text);
            ids.Append("  - ").Append(id).Append('\n');
        }

        var block = TopicsBlock().Match(guideText);
        guideText = guideText.Insert(block.Index + block.Length, ids.ToString());
        File.WriteAllText(Path.Combine(directory, "guide.yaml"), guideText);
        return shipped.Count + count;
    }

    private static void Copy(IContentSource source, string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in source.EnumerateFiles(from))
        {
            using var input = source.OpenRead(file);
            using var output = File.Create(Path.Combine(to, Path.GetFileName(file)));
            input.CopyTo(output);
        }

        foreach (var folder in source.EnumerateDirectories(from))
        {
            Copy(source, folder, Path.Combine(to, Path.GetFileName(folder)));
        }
    }

    /// <summary>The <c>topics:</c> list of guide.yaml, up to its last entry's line end.</summary>
    [GeneratedRegex(@"^topics:\n(?:  - [a-z0-9-]+\n)+", RegexOptions.Multiline)]
    private static partial Regex TopicsBlock();

    [GeneratedRegex(@"^  - ([a-z0-9-]+)$", RegexOptions.Multiline)]
    private static partial Regex OrderEntry();

    [GeneratedRegex(@"^id: [a-z0-9-]+$", RegexOptions.Multiline)]
    private static partial Regex IdLine();

    [GeneratedRegex(@"^title: .+$", RegexOptions.Multiline)]
    private static partial Regex TitleLine();
}
