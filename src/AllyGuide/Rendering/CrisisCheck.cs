using System.Text.Encodings.Web;
using System.Text.Unicode;
using AllyGuide.Localization;

namespace AllyGuide.Rendering;

/// <summary>
/// The last check before a page leaves the renderer, in every format including a host's own: it shows the crisis
/// lines of the reader's region (a contact of one of its services) and the region's emergency number. A template or
/// formatter that leaves them out fails, so no page is ever published without help on it.
/// </summary>
internal static class CrisisCheck
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>What the page lacks, in words for the diagnostic; null when it shows what it must.</summary>
    public static string? Missing(LocalizedRegion region, string page)
    {
        bool Shows(string value) => page.Contains(value, StringComparison.Ordinal) || page.Contains(Html.Encode(value), StringComparison.Ordinal);

        var contacts = region.Services.SelectMany(s => s.Contacts).Select(c => c.Value).ToList();
        if (contacts.Count == 0)
        {
            return $"the region '{region.Id}' has no crisis service to show";
        }

        if (!contacts.Any(Shows))
        {
            return $"none of the crisis lines of '{region.Name.Text}' appears ({string.Join(", ", contacts.Distinct(StringComparer.Ordinal))})";
        }

        if (region.Emergency is { } emergency && !Shows(emergency))
        {
            return $"the emergency number of '{region.Name.Text}', {emergency}, does not appear";
        }

        return null;
    }
}
