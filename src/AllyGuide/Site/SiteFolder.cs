using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace AllyGuide.Site;

/// <summary>
/// The folder a site is built into, changed only as a whole. A build writes the new site into a hidden staging folder
/// beside it, then swaps the two with renames, so readers see the old site or the new one and never a mix. Files a
/// person added to the site are moved across, never deleted. A build that is killed part way leaves hidden folders
/// that the next build uses to restore or finish the swap. Nothing is ever written or deleted through a link.
/// </summary>
internal sealed partial class SiteFolder
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private SiteFolder(string root, HashSet<string> manifest)
    {
        Root = root;
        Manifest = manifest;
    }

    /// <summary>The site folder's full path (where a link to it leads, when it is one).</summary>
    public string Root { get; }

    /// <summary>The files the previous build recorded.</summary>
    public HashSet<string> Manifest { get; }

    private string Parent => Path.GetDirectoryName(Root)!;

    private string Name => Path.GetFileName(Root);

    /// <summary>Opens the site folder: finishes or undoes an interrupted build, then reads what the last build wrote.</summary>
    /// <exception cref="SiteOutputException">The folder holds files AllyGuide did not write, or is a file.</exception>
    public static SiteFolder Open(string outputDirectory)
    {
        var root = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var info = new DirectoryInfo(root);
        if (info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } target)
        {
            // The site folder is a link (for example into a web server's folder): build where it leads, keep the link.
            root = Path.GetFullPath(target.FullName).TrimEnd(Path.DirectorySeparatorChar);
        }

        if (Path.GetDirectoryName(root) is null)
        {
            throw new SiteOutputException($"'{root}' is the root of the file system; choose a folder inside it.");
        }

        var folder = new SiteFolder(root, []);
        folder.Recover();
        if (File.Exists(root))
        {
            throw new SiteOutputException($"'{root}' is a file, not a folder. Choose another output folder.");
        }

        if (!Directory.Exists(root))
        {
            return folder;
        }

        var manifest = Path.Combine(root, GuideSite.ManifestName);
        if (!File.Exists(manifest))
        {
            if (Directory.EnumerateFileSystemEntries(root).Any())
            {
                throw new SiteOutputException($"'{root}' is not empty and was not created by allyguide build. Choose an empty or new folder, so nothing in it is overwritten.");
            }

            return folder;
        }

        if (new FileInfo(manifest).LinkTarget is not null)
        {
            throw new SiteOutputException($"'{manifest}' is a link; allyguide never reads, writes or deletes through a link. Replace it with the file, or remove it.");
        }

        return new SiteFolder(root, ReadManifest(manifest));
    }

    /// <summary>Refuses a build that would replace a file a person wrote, or pass through a link inside the site.</summary>
    public void CheckPaths(IEnumerable<string> planned)
    {
        foreach (var file in planned)
        {
            var full = FullPath(Root, file);
            if (File.Exists(full) && !Manifest.Contains(file))
            {
                throw new SiteOutputException($"'{full}' already exists and was not written by allyguide build. Move it away or choose another output folder.");
            }
        }

        foreach (var file in planned.Concat(Manifest))
        {
            var current = Root;
            foreach (var part in file.Split('/'))
            {
                current = Path.Combine(current, part);
                if ((Directory.Exists(current) || File.Exists(current)) && new FileInfo(current).LinkTarget is { } target)
                {
                    throw new SiteOutputException($"'{current}' is a link to {target}; allyguide never writes or deletes through a link, so the site is not built. Replace the link with a real folder or file, or remove it.");
                }
            }
        }
    }

    /// <summary>A new, empty staging folder beside the site.</summary>
    public string CreateStaging()
    {
        var staging = Path.Combine(Parent, $".{Name}.allyguide-staging-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        return staging;
    }

    /// <summary>Writes one file of the new site into the staging folder.</summary>
    /// <returns>The SHA-256 of what was written, taken as it was written, so no file is read back for the manifest.</returns>
    public static string Write(string staging, string relative, Action<Stream> write)
    {
        var target = FullPath(staging, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        using var file = new FileStream(target, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        using var sha = SHA256.Create();
        using (var hashing = new CryptoStream(file, sha, CryptoStreamMode.Write, leaveOpen: true))
        {
            write(hashing);
            if (!hashing.HasFlushedFinalBlock)
            {
                hashing.FlushFinalBlock();
            }
        }

        return Convert.ToHexStringLower(sha.Hash!);
    }

    /// <summary>Writes the manifest of the new site: what this build wrote, which is all a later build may replace or remove.</summary>
    /// <param name="staging">The staging folder.</param>
    /// <param name="files">Each file the build wrote, with the SHA-256 <see cref="Write"/> returned for it.</param>
    public static void WriteManifest(string staging, IReadOnlyDictionary<string, string> files) =>
        Write(staging, GuideSite.ManifestName, stream =>
        {
            using var writer = new StreamWriter(stream, Utf8) { NewLine = "\n" };
            writer.WriteLine(ManifestHeader);
            foreach (var (file, hash) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                // The form sha256sum writes and checks: the hash, two spaces, the path.
                writer.WriteLine($"{hash}  {file}");
            }
        });

    /// <summary>Puts the staged site in place of the old one, in two renames, then moves a person's own files across.</summary>
    public void Swap(string staging)
    {
        if (!Directory.Exists(Root))
        {
            Directory.CreateDirectory(Parent);
            Directory.Move(staging, Root);
            return;
        }

        var old = Path.Combine(Parent, $".{Name}.allyguide-old-{Guid.NewGuid():N}");
        Directory.Move(Root, old);
        Directory.Move(staging, Root);
        Retire(old);
    }

    /// <summary>Deletes a staging folder this build made and did not use.</summary>
    public static void Discard(string staging)
    {
        if (Directory.Exists(staging))
        {
            Directory.Delete(staging, recursive: true);
        }
    }

    /// <summary>
    /// Finishes what an interrupted build left: an old site whose new one never arrived is put back; an old site beside
    /// a new one gives up a person's files to the new one and is deleted; an unfinished staging folder is deleted.
    /// </summary>
    private void Recover()
    {
        if (!Directory.Exists(Parent))
        {
            return;
        }

        foreach (var old in Directory.EnumerateDirectories(Parent, $".{Name}.allyguide-old-*").Order(StringComparer.Ordinal))
        {
            if (!Directory.Exists(Root) && !File.Exists(Root))
            {
                Directory.Move(old, Root);
            }
            else
            {
                Retire(old);
            }
        }

        foreach (var staging in Directory.EnumerateDirectories(Parent, $".{Name}.allyguide-staging-*"))
        {
            Directory.Delete(staging, recursive: true);
        }
    }

    /// <summary>Moves every file of the old site that no build wrote into the new site, then deletes the old site.</summary>
    private void Retire(string old)
    {
        var manifest = Path.Combine(old, GuideSite.ManifestName);
        var written = File.Exists(manifest) && new FileInfo(manifest).LinkTarget is null ? ReadManifest(manifest) : [];
        written.Add(GuideSite.ManifestName);
        MoveOwnFiles(old, Root, "", written);
        // Deletes links themselves, never what they lead to.
        Directory.Delete(old, recursive: true);
    }

    private static void MoveOwnFiles(string from, string to, string relative, HashSet<string> written)
    {
        foreach (var entry in new DirectoryInfo(Path.Combine(from, relative)).EnumerateFileSystemInfos())
        {
            var path = relative.Length == 0 ? entry.Name : relative + "/" + entry.Name;
            var target = FullPath(to, path);
            var taken = File.Exists(target) || Directory.Exists(target) || new FileInfo(target).LinkTarget is not null;
            if (entry is DirectoryInfo && entry.LinkTarget is null)
            {
                if (!written.Any(w => w.StartsWith(path + "/", StringComparison.Ordinal)) && !taken)
                {
                    // Wholly the person's own folder: it moves across as it is.
                    Directory.Move(entry.FullName, target);
                }
                else if (!File.Exists(target))
                {
                    MoveOwnFiles(from, to, path, written);
                }

                continue;
            }

            if (written.Contains(path) || LeftoverTemporary().IsMatch(entry.Name) || taken)
            {
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            // A link moves as a link; what it leads to is never touched.
            if (entry is DirectoryInfo)
            {
                Directory.Move(entry.FullName, target);
            }
            else
            {
                File.Move(entry.FullName, target);
            }
        }
    }

    private static HashSet<string> ReadManifest(string manifest) => [.. ReadHashes(manifest).Keys];

    /// <summary>The SHA-256 of a file, in lower-case hexadecimal.</summary>
    public static string Hash(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <summary>Each path a manifest lists, with its SHA-256, or null for a line of an earlier version that had none.</summary>
    public static Dictionary<string, string?> ReadHashes(string manifest)
    {
        var files = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var line in File.ReadAllLines(manifest, Utf8))
        {
            var entry = line.Trim();
            string? hash = null;
            if (HashedLine().Match(entry) is { Success: true } hashed)
            {
                hash = hashed.Groups[1].Value;
                entry = hashed.Groups[2].Value;
            }

            // Only plain relative paths inside the folder count; anything else in a hand-edited manifest is ignored.
            if (entry.Length > 0 && !entry.StartsWith('#') && !entry.Split('/').Contains("..") && !Path.IsPathRooted(entry) && !entry.Contains('\\', StringComparison.Ordinal))
            {
                files[entry] = hash;
            }
        }

        return files;
    }

    private static string FullPath(string root, string relative) => Path.Combine(root, relative.Replace('/', Path.DirectorySeparatorChar));

    private const string ManifestHeader = "# Files written by allyguide build. Only these are replaced or removed by the next build.";

    [GeneratedRegex("^([0-9a-f]{64})  (.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex HashedLine();

    /// <summary>A temporary file earlier versions wrote beside a page (<c>listening.html.tmp-&lt;32 hex&gt;</c>): never a person's.</summary>
    [GeneratedRegex(@"\.tmp-[0-9a-f]{32}$", RegexOptions.CultureInvariant)]
    private static partial Regex LeftoverTemporary();
}
