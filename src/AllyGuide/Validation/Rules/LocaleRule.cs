using AllyGuide.Diagnostics;
using AllyGuide.Loading;
using AllyGuide.Model;

namespace AllyGuide.Validation.Rules;

/// <summary>
/// AG0023, AG0033, AG0034 and AG0036: every locale folder is declared, spelled as declared, and exists; every region a
/// locale declares is known; and no content file sits where the loader never reads it, so nothing is silently left out.
/// </summary>
internal sealed class LocaleRule : IValidationRule
{
    private const int MaxDepth = 6;

    public void Check(ValidationContext context)
    {
        var folders = context.Source.EnumerateDirectories("").Where(f => !f.StartsWith('.') && !ContentKeys.NonLocaleFolders.Contains(f)).ToList();
        foreach (var folder in folders)
        {
            var declared = context.Content.Locales.FirstOrDefault(l => string.Equals(l.Code, folder, StringComparison.OrdinalIgnoreCase));
            if (declared is null)
            {
                context.Report(DiagnosticDescriptors.InvalidLocale, new SourceLocation { File = context.GuideFile },
                    $"The folder '{folder}/' is not a locale listed in guide.yaml. Add '- code: {folder}' under 'locales', or move the folder out of the content.");
            }
            else if (declared.Code != folder)
            {
                context.Report(DiagnosticDescriptors.UnreadFile, new SourceLocation { File = context.Source.GetDisplayPath(folder) },
                    $"The folder '{folder}/' differs in case from the declared locale '{declared.Code}', so its files are not read where names are case-sensitive. Rename the folder to '{declared.Code}/'.");
            }
        }

        for (var i = 0; i < context.Content.Locales.Length; i++)
        {
            var locale = context.Content.Locales[i];
            if (locale.Code != context.Content.DefaultLocale && !folders.Any(f => string.Equals(f, locale.Code, StringComparison.OrdinalIgnoreCase)))
            {
                context.Report(DiagnosticDescriptors.LocaleWithoutFolder, locale, "code",
                    $"The locale '{locale.Code}' has no folder '{locale.Code}/', so every text falls back to '{context.Content.DefaultLocale}'. Run 'allyguide new-locale {locale.Code}', or remove it.");
            }

            CheckRegions(context, locale);
        }

        var read = context.Map.Files.ToHashSet(StringComparer.Ordinal);
        foreach (var file in Files(context.Source, "", 0).Where(IsContentFile))
        {
            if (!read.Contains(context.Source.GetDisplayPath(file)))
            {
                context.Report(DiagnosticDescriptors.UnreadFile, new SourceLocation { File = context.Source.GetDisplayPath(file) }, Advice(file));
            }
        }
    }

    private static void CheckRegions(ValidationContext context, LocaleInfo locale)
    {
        var regions = context.Content.Crisis?.Regions.Select(r => r.Id).ToHashSet(StringComparer.OrdinalIgnoreCase) ?? [];
        for (var j = 0; j < locale.Regions.Length; j++)
        {
            var region = locale.Regions[j];
            if (!regions.Contains(region) && !Countries.IsCountryCode(region))
            {
                context.Report(DiagnosticDescriptors.UnknownRegion, context.Map.Locate(locale, "regions", j)!.Value,
                    $"The locale '{locale.Code}' lists the region '{region}', which is neither a region of content/crisis.yaml ({(regions.Count == 0 ? "it has none" : string.Join(", ", regions.Order(StringComparer.Ordinal)))}) nor an ISO 3166 country code.");
            }
        }
    }

    private static bool IsContentFile(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why the loader does not read a file there, and what to do.</summary>
    private static string Advice(string path)
    {
        var name = Path.GetFileName(path);
        var folder = Path.GetDirectoryName(path)?.Replace('\\', '/') ?? "";
        var stem = Path.GetFileNameWithoutExtension(path);
        if (name.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) && !folder.EndsWith("/topics", StringComparison.Ordinal))
        {
            return $"The loader reads '{stem}.yaml', not '{name}', so nothing in this file is shown. Rename it to '{stem}.yaml'.";
        }

        return folder.Contains('/', StringComparison.Ordinal) || folder.Length == 0
            ? $"The loader never reads this file, so nothing in it is shown. Content files are guide.yaml and crisis.yaml at the root, and <locale>/ui.yaml, crisis.yaml, sources.yaml and topics/<id>.yaml."
            : $"The loader reads only ui.yaml, crisis.yaml, sources.yaml and topics/<id>.yaml in a locale folder, so nothing in this file is shown. Move or rename it.";
    }

    /// <summary>Every file below <paramref name="directory"/>, skipping dot-folders and the folders that are not content, a few levels deep.</summary>
    private static IEnumerable<string> Files(IContentSource source, string directory, int depth)
    {
        if (depth > MaxDepth)
        {
            return [];
        }

        var folders = source.EnumerateDirectories(directory)
            .Where(d => !Path.GetFileName(d).StartsWith('.') && !(depth == 0 && ContentKeys.NonLocaleFolders.Contains(d)));
        return source.EnumerateFiles(directory).Concat(folders.SelectMany(d => Files(source, d, depth + 1)));
    }
}
