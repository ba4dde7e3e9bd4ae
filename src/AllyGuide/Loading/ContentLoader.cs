namespace AllyGuide.Loading;

/// <summary>The load stage: reads a content source into the content model and its source map. Never throws for bad content.</summary>
public static class ContentLoader
{
    /// <summary>Reads every file the guide declares.</summary>
    /// <param name="source">Where the files are.</param>
    /// <param name="options">Size and depth limits; null for the defaults.</param>
    /// <param name="cancellationToken">Checked between files.</param>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static ContentLoadResult Load(IContentSource source, LoadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        return GuideReader.Read(source, options ?? LoadOptions.Default, cancellationToken);
    }
}
