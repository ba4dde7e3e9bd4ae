using AllyGuide.Diagnostics;

namespace AllyGuide.Loading;

/// <summary>Turns the links a content source did not follow into diagnostics (AG0043), once each.</summary>
internal static class ContentLinks
{
    /// <summary>Adds a diagnostic for each link under <paramref name="folder"/> ("" for all but <c>templates/</c>) not reported yet.</summary>
    public static void Report(IContentSource source, string folder, ICollection<Diagnostic> diagnostics)
    {
        if (source is not ILinkReport report)
        {
            return;
        }

        foreach (var link in report.Links)
        {
            var inFolder = folder.Length == 0
                ? !link.Path.StartsWith("templates/", StringComparison.Ordinal) && link.Path != "templates"
                : link.Path.StartsWith(folder + "/", StringComparison.Ordinal) || link.Path == folder;
            if (!inFolder || diagnostics.Any(d => d.Code == DiagnosticDescriptors.LinkNotFollowed.Code && d.FilePath == link.DisplayPath))
            {
                continue;
            }

            diagnostics.Add(DiagnosticDescriptors.LinkNotFollowed.At(link.DisplayPath, 0, 0, link.Loop
                ? $"'{link.Path}' is a link that loops back into its own folder or leads nowhere, so it is not followed."
                : $"'{link.Path}' is a link to {link.Target}, outside the content folder, so it is not followed: nothing outside the folder is read or published."));
        }
    }
}
