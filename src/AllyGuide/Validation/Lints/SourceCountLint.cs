using AllyGuide.Diagnostics;

namespace AllyGuide.Validation.Lints;

/// <summary>
/// AG0106 and AG0108: every topic of the default locale cites two or more specific pages, and no source is a site's
/// home page. A home page shows where an organization is, not what it says: it backs no claim.
/// </summary>
internal sealed class SourceCountLint : IValidationRule
{
    public void Check(ValidationContext context)
    {
        foreach (var source in context.Defaults.Sources.Where(s => IsHomePage(s.Url)))
        {
            context.Report(DiagnosticDescriptors.HomePageSource, source, "url",
                $"Source '{source.Id}' is a home page ({source.Url}). Cite the page that supports what the topic says.");
        }

        foreach (var topic in context.Defaults.Topics)
        {
            // A source that is not defined is reported once, as AG0017, and not counted against the topic here.
            var homePages = topic.SourceIds.Count(id => context.Defaults.TryGetSource(id, out var source) && IsHomePage(source.Url));
            var specific = topic.SourceIds.Length - homePages;
            if (specific < 2)
            {
                var at = context.Map.Locate(topic, "sources") ?? context.Map.Locate(topic, "title") ?? context.Map.Locate(topic, "id")!.Value;
                context.Report(DiagnosticDescriptors.TooFewSources, at,
                    $"Topic '{topic.Id}' cites {specific} specific page{(specific == 1 ? "" : "s")}{(homePages > 0 ? $" and {homePages} home page{(homePages == 1 ? "" : "s")}" : "")}. Cite two or more pages that support what it says.");
            }
        }
    }

    /// <summary>True for an address with no path beyond the root (<c>https://www.nami.org/</c>), whatever its query.</summary>
    internal static bool IsHomePage(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" && uri.AbsolutePath is "/" or "" && string.IsNullOrEmpty(uri.Fragment);
}
