namespace AllyGuide.Site;

/// <summary>The site cannot be written where it was asked to go, for example into a folder AllyGuide did not create.</summary>
public sealed class SiteOutputException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SiteOutputException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with the I/O error behind it.</summary>
    public SiteOutputException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
