namespace AllyGuide.Loading;

/// <summary>Creates <see cref="IContentSource"/> instances.</summary>
public static class ContentSource
{
    private static readonly Lazy<IContentSource> EmbeddedSource = new(() => new EmbeddedContentSource(typeof(ContentSource).Assembly));

    /// <summary>The content shipped inside the AllyGuide package; needs no file on disk.</summary>
    public static IContentSource Embedded => EmbeddedSource.Value;

    /// <summary>Content in a folder that holds <c>guide.yaml</c>.</summary>
    /// <param name="path">The folder; diagnostics name files relative to it as given.</param>
    public static IContentSource FromDirectory(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return new DirectoryContentSource(path);
    }
}
