using System.Buffers;

namespace AllyGuide.Cli.Preview;

/// <summary>What a request path leads to in the site folder.</summary>
internal enum LookupKind
{
    /// <summary>A file of the site, to send.</summary>
    File,

    /// <summary>A folder asked for without its closing slash: redirect, so the page's relative links work.</summary>
    Redirect,

    /// <summary>Nothing to send: missing, hidden, or reached through a link.</summary>
    NotFound,

    /// <summary>A path no site file can have: <c>..</c>, a backslash, an encoded slash, a drive, a control character.</summary>
    BadRequest,
}

/// <summary>The outcome of <see cref="SiteFiles.Find"/>: the file's full path, or where to redirect.</summary>
internal readonly record struct Lookup(LookupKind Kind, string? Path = null)
{
    public static Lookup NotFound { get; } = new(LookupKind.NotFound);

    public static Lookup BadRequest { get; } = new(LookupKind.BadRequest);
}

/// <summary>
/// Maps a request target to a file inside the site folder, and nothing outside it. The target is checked as the client
/// sent it, before the server's own normalization, and percent-decoded once: any <c>.</c> or <c>..</c> segment, empty
/// segment, backslash, <c>%</c> left after decoding (double encoding), colon or control character is a bad request;
/// a segment starting with a dot (the <c>.allyguide-site</c> manifest, dotfiles) is not found; so is any path that
/// passes through a link, wherever it leads. The folder is looked up on every request, since each build swaps it.
/// </summary>
internal static class SiteFiles
{
    private static readonly SearchValues<char> Forbidden = SearchValues.Create("\\%:*?\"<>|");

    /// <summary>Finds the file for <paramref name="target"/> (the raw request target, query included) under <paramref name="root"/>.</summary>
    public static Lookup Find(string root, string target)
    {
        var end = target.IndexOfAny(['?', '#']);
        var raw = end < 0 ? target : target[..end];
        if (!raw.StartsWith('/') || raw.StartsWith("//", StringComparison.Ordinal))
        {
            return Lookup.BadRequest;
        }

        var path = Uri.UnescapeDataString(raw);
        if (path.IndexOfAny(Forbidden) >= 0 || path.Any(char.IsControl))
        {
            return Lookup.BadRequest;
        }

        var segments = path[1..].Split('/');
        var folderAsked = segments[^1].Length == 0;
        var parts = folderAsked ? segments[..^1] : segments;
        if (parts.Any(p => p.Length == 0 || p is "." or ".."))
        {
            return Lookup.BadRequest;
        }

        // Dotfiles (the manifest among them) are never served; a trailing dot or space is another name for a file on Windows.
        if (parts.Any(p => p.StartsWith('.') || p.EndsWith('.') || p.EndsWith(' ')))
        {
            return Lookup.NotFound;
        }

        var current = root;
        foreach (var part in parts)
        {
            current = Path.Combine(current, part);
            if (IsLink(current))
            {
                return Lookup.NotFound;
            }
        }

        if (!IsInside(root, current))
        {
            return Lookup.BadRequest;
        }

        if (Directory.Exists(current))
        {
            if (!folderAsked)
            {
                return new Lookup(LookupKind.Redirect, "/" + string.Join('/', parts.Select(Uri.EscapeDataString)) + "/");
            }

            current = Path.Combine(current, "index.html");
            if (IsLink(current))
            {
                return Lookup.NotFound;
            }
        }
        else if (folderAsked && parts.Length > 0)
        {
            return Lookup.NotFound;
        }

        return File.Exists(current) ? new Lookup(LookupKind.File, current) : Lookup.NotFound;
    }

    /// <summary>
    /// The page to show with a 404: <c>&lt;locale&gt;/404.html</c> when the path starts in a locale folder that has one,
    /// else the site's <c>404.html</c>; null when the site has neither.
    /// </summary>
    public static string? NotFoundPage(string root, string target)
    {
        var end = target.IndexOfAny(['?', '#']);
        var first = (end < 0 ? target : target[..end]).TrimStart('/').Split('/')[0];
        string[] candidates = first.Length > 0 ? [$"/{first}/404.html", "/404.html"] : ["/404.html"];
        foreach (var candidate in candidates)
        {
            if (Find(root, candidate) is { Kind: LookupKind.File, Path: { } page })
            {
                return page;
            }
        }

        return null;
    }

    /// <summary>The Content-Type for a file, by its extension.</summary>
    public static string ContentType(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".html" or ".htm" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" or ".mjs" => "text/javascript; charset=utf-8",
        ".json" => "application/json; charset=utf-8",
        ".webmanifest" => "application/manifest+json; charset=utf-8",
        ".svg" => "image/svg+xml; charset=utf-8",
        ".xml" => "application/xml; charset=utf-8",
        ".txt" or ".md" => "text/plain; charset=utf-8",
        ".png" => "image/png",
        ".ico" => "image/x-icon",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".gif" => "image/gif",
        ".webp" => "image/webp",
        ".woff2" => "font/woff2",
        ".woff" => "font/woff",
        ".pdf" => "application/pdf",
        _ => "application/octet-stream",
    };

    public static bool IsHtml(string path) => Path.GetExtension(path).ToLowerInvariant() is ".html" or ".htm";

    private static bool IsLink(string path) => new FileInfo(path).LinkTarget is not null;

    private static bool IsInside(string root, string path)
    {
        var full = Path.GetFullPath(path);
        var prefix = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root)) + Path.DirectorySeparatorChar;
        return full.StartsWith(prefix, OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase) || full == prefix[..^1];
    }
}
