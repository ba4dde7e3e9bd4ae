using System.Collections.Immutable;
using System.Runtime.ExceptionServices;
using AllyGuide.Diagnostics;
using AllyGuide.Localization;

namespace AllyGuide.Rendering;

/// <summary>
/// Checks a renderer's templates against real content: renders every page of every locale in every format into
/// nothing, so template mistakes that only show while rendering (AG0031) are found before publishing. A format or page
/// that fails once is not tried again for the remaining topics, so one broken template is reported once, quickly.
/// Topics render on every core; what is reported is what rendering them one by one in order would report.
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

            TopicsInParallel(guide);
        }

        return [.. found];

        // Every topic in every format, on every core. Results are taken in order, as one thread would have found them:
        // a format stops at its first failing topic, and a topic after the first failure known so far is not tried.
        void TopicsInParallel(LocalizedGuide guide)
        {
            var formatters = renderer.Formatters.ToArray();
            var topics = guide.Topics;
            var results = new Exception?[topics.Length * formatters.Length];
            var firstFailure = formatters.Select(f => failed.Contains(f.Format.Name) ? -1 : int.MaxValue).ToArray();
            Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
            {
                var (topic, format) = (i / formatters.Length, i % formatters.Length);
                if (topic > Volatile.Read(ref firstFailure[format]))
                {
                    return;
                }

                try
                {
                    renderer.Render(topics[topic], formatters[format].Format, TextWriter.Null);
                }
                catch (Exception ex)
                {
                    results[i] = ex;
                    int seen;
                    while (topic < (seen = Volatile.Read(ref firstFailure[format])) && Interlocked.CompareExchange(ref firstFailure[format], topic, seen) != seen)
                    {
                    }
                }
            });

            for (var i = 0; i < results.Length; i++)
            {
                var kind = formatters[i % formatters.Length].Format.Name;
                if (results[i] is null || failed.Contains(kind))
                {
                    continue;
                }

                if (results[i] is not GuideTemplateException ex)
                {
                    ExceptionDispatchInfo.Capture(results[i]!).Throw();
                    return;
                }

                failed.Add(kind);
                found.AddRange(ex.Diagnostics.Where(d => !found.Contains(d)));
            }
        }

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
