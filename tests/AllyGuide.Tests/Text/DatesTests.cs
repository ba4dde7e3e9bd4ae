using AllyGuide.Rendering;
using AllyGuide.Text;

namespace AllyGuide.Tests.Text;

/// <summary>Dates in the reader's language, on pages and in text, while the machine-readable form stays ISO.</summary>
public sealed class DatesTests
{
    [Theory]
    [InlineData("en", "20 November 2026")]
    [InlineData("en-GB", "20 November 2026")]
    [InlineData("es", "20 de noviembre de 2026")]
    [InlineData("es-MX", "20 de noviembre de 2026")]
    [InlineData("ar", "20 نوفمبر 2026")]
    public void A_date_is_written_as_its_language_writes_it(string locale, string expected)
    {
        Assert.Equal(expected, Dates.Format(new DateOnly(2026, 11, 20), locale));
    }

    [Theory]
    [InlineData("es", "Última revisión: <time datetime=\"2026-11-24\">24 de noviembre de 2026</time>")]
    [InlineData("en", "Last reviewed: <time datetime=\"2026-11-24\">24 November 2026</time>")]
    [InlineData("ar", "\u2067<time datetime=\"2026-11-24\">24 نوفمبر 2026</time>\u2069")]
    public void Topic_pages_show_review_dates_in_the_readers_language_with_the_iso_date_for_machines(string locale, string expected)
    {
        var topic = Guide.LoadEmbedded().GetTopic("helping-in-a-crisis", locale);

        var html = GuideRenderer.Default.Render(topic, OutputFormat.HtmlFragment);
        var text = GuideRenderer.Default.Render(topic, OutputFormat.Text);
        var json = GuideRenderer.Default.Render(topic, OutputFormat.Json);

        Assert.Contains(expected, html, StringComparison.Ordinal);
        Assert.Contains(System.Text.RegularExpressions.Regex.Replace(expected, "<[^>]+>", ""), text, StringComparison.Ordinal);
        Assert.Contains("\"reviewed\": \"2026-11-24\"", json, StringComparison.Ordinal);
    }
}
