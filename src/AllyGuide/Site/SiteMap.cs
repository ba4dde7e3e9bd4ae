using System.Xml;

namespace AllyGuide.Site;

/// <summary>
/// The files search engines read: <c>sitemap.xml</c> (every page of every locale, with its alternates in the other
/// languages and <c>x-default</c>, the guide's default locale) and <c>robots.txt</c>.
/// </summary>
internal static class SiteMap
{
    private const string Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string Xhtml = "http://www.w3.org/1999/xhtml";

    /// <param name="baseUrl">The site's public address, ending in <c>/</c>.</param>
    /// <param name="locales">Each locale's folder, code and pages (relative to its folder), the default locale first.</param>
    /// <param name="output">Where the XML goes.</param>
    public static void Write(string baseUrl, IReadOnlyList<(string Folder, string Locale, List<string> Pages)> locales, TextWriter output)
    {
        var settings = new XmlWriterSettings { Indent = true, NewLineChars = "\n", OmitXmlDeclaration = false };
        using var xml = XmlWriter.Create(output, settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("urlset", Sitemaps);
        xml.WriteAttributeString("xmlns", "xhtml", null, Xhtml);
        xml.WriteStartElement("url", Sitemaps);
        xml.WriteElementString("loc", Sitemaps, baseUrl + "index.html");
        xml.WriteEndElement();
        foreach (var (folder, _, pages) in locales)
        {
            foreach (var page in pages)
            {
                xml.WriteStartElement("url", Sitemaps);
                xml.WriteElementString("loc", Sitemaps, Address(baseUrl, folder, page));
                var alternates = locales.Where(l => l.Pages.Contains(page, StringComparer.Ordinal)).ToList();
                if (alternates.Count > 1)
                {
                    foreach (var alternate in alternates)
                    {
                        Alternate(xml, alternate.Locale, Address(baseUrl, alternate.Folder, page));
                    }

                    Alternate(xml, "x-default", Address(baseUrl, alternates[0].Folder, page));
                }

                xml.WriteEndElement();
            }
        }

        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    /// <summary>Lets every crawler in, and names the sitemap when the site's address is known.</summary>
    public static void WriteRobots(string? baseUrl, TextWriter output)
    {
        output.Write("User-agent: *\nAllow: /\n");
        if (baseUrl is not null)
        {
            output.Write($"\nSitemap: {baseUrl}sitemap.xml\n");
        }
    }

    private static string Address(string baseUrl, string folder, string page) => $"{baseUrl}{folder}/{page}";

    private static void Alternate(XmlWriter xml, string hreflang, string href)
    {
        xml.WriteStartElement("xhtml", "link", Xhtml);
        xml.WriteAttributeString("rel", "alternate");
        xml.WriteAttributeString("hreflang", hreflang);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }
}
