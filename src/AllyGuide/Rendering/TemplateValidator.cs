using System.Collections.Immutable;
using AllyGuide.Diagnostics;
using AllyGuide.Localization;

namespace AllyGuide.Rendering;

/// <summary>
/// Checks a renderer's templates against real content: renders every page of every locale in every format into
/// nothing, so template mistakes that only show while rendering (AG0031) are found before publishing. A format or page
/// that fails once is not tried again for the remaining topics, so one broken template is reported once, quickly.
/// </summary>
internal static class TemplateValidator
{
    public static ImmutableArray<Diagnostic> TrialRender(GuideRenderer renderer, IEnumerable<LocalizedGuide> locales)
    {
        var found = new List<Diagnostic>();
        var failed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var guide in locales)
        {
            Try("index", () => renderer.RenderIndexPage(guide, TextWriter.Null));
            Try("crisis", () => renderer.RenderCrisisPage(guide, TextWriter.Null));
            Try("languages", () => renderer.RenderLanguagePage(guide, TextWriter.Null));
            Try("about", () => renderer.RenderAboutPage(guide, TextWriter.Null));
            Try("search", () => renderer.RenderSearchPage(guide, TextWriter.Null));
            Try("not-found", () => renderer.RenderNotFoundPage(guide, TextWriter.Null));
            foreach (var audience in guide.Audiences)
            {
                Try("audience", () => renderer.RenderAudiencePage(guide, audience, TextWriter.Null));
            }

            foreach (var topic in guide.Topics)
            {
                foreach (var formatter in renderer.Formatters)
                {
                    Try(formatter.Format.Name, () => renderer.Render(topic, formatter.Format, TextWriter.Null));
                }
            }
        }

        return [.. found];

        void Try(string kind, Action render)
        {
            if (failed.Contains(kind))
            {
                return;
            }

            try
            {
                render();
            }
            catch (GuideTemplateException ex)
            {
                failed.Add(kind);
                found.AddRange(ex.Diagnostics.Where(d => !found.Contains(d)));
            }
        }
    }
}
