using System.Globalization;
using AllyGuide.Hosting;
using AllyGuide.Localization;
using AllyGuide.Rendering;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace AllyGuide.RazorSample.Pages;

/// <summary>One topic of the guide inside the app's layout, or the list of topics when the id is missing or unknown.</summary>
/// <param name="provider">The guide, as the snapshot current when the request starts.</param>
public sealed class SupportModel(IAllyGuideProvider provider) : PageModel
{
    /// <summary>The topic as an HTML fragment, every value already escaped by the renderer; null on the list.</summary>
    public string? Fragment { get; private set; }

    /// <summary>The page title: the topic's, or the list's.</summary>
    public string Title { get; private set; } = "";

    /// <summary>The language of what the page shows, for <c>&lt;html lang&gt;</c>.</summary>
    public string Locale { get; private set; } = "";

    /// <summary><c>rtl</c> or <c>ltr</c>, for <c>&lt;html dir&gt;</c>.</summary>
    public string Direction { get; private set; } = "ltr";

    /// <summary>The reader's culture as request localization chose it (<c>es-MX</c>), kept in links so a click stays in it.</summary>
    public string Culture { get; private set; } = "";

    /// <summary>The id of the crisis region the reader asked for with <c>?region=</c>, kept in links; null for the locale's.</summary>
    public string? Region { get; private set; }

    /// <summary>The id asked for that no topic has; null otherwise.</summary>
    public string? UnknownId { get; private set; }

    /// <summary>Every topic in reading order, for the list.</summary>
    public IReadOnlyList<LocalizedTopic> Topics { get; private set; } = [];

    /// <summary>Shows a topic, or the list of topics (404 for an unknown id).</summary>
    /// <param name="id">The topic id, such as <c>listening</c>.</param>
    /// <param name="region">A crisis region id or ISO 3166 country code, such as <c>gb</c>.</param>
    public IActionResult OnGet(string? id, string? region)
    {
        // One snapshot for the whole request, so a reload of the content part way cannot mix two versions.
        var snapshot = provider.Current;
        // Request localization chose the culture from ?lang= or Accept-Language, among the guide's own.
        Culture = CultureInfo.CurrentUICulture.Name is { Length: > 0 } name ? name : snapshot.DefaultLocale;
        var localized = snapshot.Guide.Localize(Culture);
        if (region is not null && !localized.Crisis.IsKnownRegion(region))
        {
            return BadRequest($"'{region}' is not a crisis region of the guide. Try one of: {string.Join(", ", localized.Crisis.Regions.Select(r => r.Id))}.");
        }

        // By its region id (gb and GB both give uk), so the renderers the snapshot keeps, one per set of options, stay few.
        Region = region is null ? null : localized.Crisis.GetRegion(region).Id;
        if (id is null || !snapshot.Guide.TryGetTopic(id, Culture, out var topic))
        {
            UnknownId = id;
            Title = localized.Ui["all_topics"];
            SetLanguage(localized.Locale);
            Topics = localized.Topics;
            var list = Page();
            list.StatusCode = id is null ? StatusCodes.Status200OK : StatusCodes.Status404NotFound;
            return list;
        }

        // The fragment's links lead to this page, and to the guide's page of every country's crisis lines, in the same
        // language and region.
        var renderer = snapshot.GetRenderer(snapshot.Renderer.Options with
        {
            Region = Region ?? snapshot.Renderer.Options.Region,
            TopicUrl = QueryHelpers.AddQueryString("/support/{id}", new Dictionary<string, string?> { ["lang"] = Culture, ["region"] = Region }),
            CrisisUrl = QueryHelpers.AddQueryString($"/guide/{Culture}/crisis", new Dictionary<string, string?> { ["region"] = Region }),
        });
        Fragment = renderer.Render(topic, OutputFormat.HtmlFragment);
        Title = topic.Title.Text;
        SetLanguage(topic.Locale);
        return Page();
    }

    private void SetLanguage(string locale)
    {
        Locale = locale;
        // The guide decides direction from the language; the culture data says the same for the guide's languages.
        Direction = CultureInfo.GetCultureInfo(locale).TextInfo.IsRightToLeft ? "rtl" : "ltr";
    }
}
