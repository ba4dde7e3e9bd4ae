using System.Globalization;
using AllyGuide.Loading;

namespace AllyGuide.Tests.Infrastructure;

/// <summary>
/// A content folder for one test: the minimal valid content with a fixture's files laid over it.
/// A fixture's <c>.delete</c> lists files to remove; its <c>.options</c> sets load limits (<c>MaxFileBytes=N</c>);
/// its <c>.links</c> makes symbolic links, one <c>path -> target</c> per line (kept out of the repository itself, so
/// a checkout never holds a link that leads outside it).
/// </summary>
internal sealed class ContentFixture : IDisposable
{
    private readonly TempDirectory _temp = new();

    public ContentFixture(string? overlay = null, string baseFolder = "Minimal")
    {
        Root = _temp.Combine("content");
        TempDirectory.Copy(Path.Combine(TestPaths.Fixtures, baseFolder), Root);
        if (overlay is null)
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(overlay, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(overlay, file);
            switch (relative)
            {
                case ".delete":
                    foreach (var line in File.ReadAllLines(file).Where(l => l.Length > 0))
                    {
                        File.Delete(Path.Combine(Root, line));
                    }

                    break;
                case ".links":
                    foreach (var line in File.ReadAllLines(file).Where(l => l.Contains(" -> ", StringComparison.Ordinal)))
                    {
                        var (link, leadsTo) = (line[..line.IndexOf(" -> ", StringComparison.Ordinal)].Trim(), line[(line.IndexOf(" -> ", StringComparison.Ordinal) + 4)..].Trim());
                        var at = Path.Combine(Root, link);
                        Directory.CreateDirectory(Path.GetDirectoryName(at)!);
                        if (Directory.Exists(Path.GetFullPath(leadsTo, Path.GetDirectoryName(at)!)))
                        {
                            Directory.CreateSymbolicLink(at, leadsTo);
                        }
                        else
                        {
                            File.CreateSymbolicLink(at, leadsTo);
                        }
                    }

                    break;
                case ".options":
                    foreach (var line in File.ReadAllLines(file).Where(l => l.Contains('=')))
                    {
                        var (key, value) = (line[..line.IndexOf('=')], line[(line.IndexOf('=') + 1)..]);
                        Options = key switch
                        {
                            "MaxFileBytes" => Options with { MaxFileBytes = int.Parse(value, CultureInfo.InvariantCulture) },
                            "MaxDepth" => Options with { MaxDepth = int.Parse(value, CultureInfo.InvariantCulture) },
                            _ => throw new InvalidOperationException($"Unknown fixture option {key}"),
                        };
                    }

                    break;
                default:
                    var target = Path.Combine(Root, relative);
                    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                    File.Copy(file, target, overwrite: true);
                    break;
            }
        }
    }

    public string Root { get; }

    /// <summary>Load options with a fixed "today", so review-date checks give the same output every day.</summary>
    public LoadOptions Options { get; private set; } = TestClock.Options;

    public IContentSource Source => ContentSource.FromDirectory(Root);

    /// <summary>Diagnostics as the CLI prints them, with the temp folder shown as <c>content</c>.</summary>
    public string Format(IEnumerable<AllyGuide.Diagnostics.Diagnostic> diagnostics) =>
        string.Concat(diagnostics.Select(d => d.ToString().Replace(Root, "content", StringComparison.Ordinal) + "\n"));

    public void Dispose() => _temp.Dispose();
}
