using System.Security.Cryptography;
using System.Text;
using AllyGuide.Loading;

namespace AllyGuide.Hosting;

/// <summary>
/// A SHA-256 over every file a content source holds (path, length, bytes), with the same care the loader takes: no
/// read past the size limit, no file of no length opened, a few folders deep at most. A load reads its sources between
/// two fingerprints; when they differ the files changed under it and the load is done again.
/// </summary>
internal static class ContentFingerprint
{
    private const int MaxDepth = 8;

    public static string Of(IEnumerable<IContentSource> sources, IEnumerable<string> extra, int maxFileBytes, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var text in extra)
        {
            Add(hash, "extra:" + text);
        }

        var buffer = new byte[81_920];
        foreach (var source in sources)
        {
            Add(hash, "source");
            foreach (var path in Walk(source, "", 0))
            {
                cancellationToken.ThrowIfCancellationRequested();
                Add(hash, path);
                try
                {
                    var length = source.GetLength(path);
                    Add(hash, length.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    if (length <= 0 || length > maxFileBytes)
                    {
                        continue;
                    }

                    using var stream = source.OpenRead(path);
                    long total = 0;
                    int read;
                    while (total <= maxFileBytes && (read = stream.Read(buffer, 0, buffer.Length)) > 0)
                    {
                        hash.AppendData(buffer, 0, read);
                        total += read;
                    }
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    Add(hash, "unreadable:" + ex.GetType().Name);
                }
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }

    private static IEnumerable<string> Walk(IContentSource source, string directory, int depth) =>
        depth > MaxDepth
            ? []
            : source.EnumerateFiles(directory).Concat(source.EnumerateDirectories(directory).SelectMany(d => Walk(source, d, depth + 1)));

    private static void Add(IncrementalHash hash, string text)
    {
        hash.AppendData(Encoding.UTF8.GetBytes(text));
        hash.AppendData([0]);
    }
}
