using AllyGuide.Diagnostics;
using AllyGuide.Loading;

namespace AllyGuide.Validation.Rules;

/// <summary>
/// AG0043: every link in the content folder that was not followed (it leads outside the folder, loops, or leads
/// nowhere) is reported, so a file left out that way is never a silent gap. Links under <c>templates/</c> are
/// reported with the templates.
/// </summary>
internal sealed class LinkRule : IValidationRule
{
    private const int MaxDepth = 6;

    public void Check(ValidationContext context)
    {
        // Walking the folder is what finds the links; the source notes each one it does not follow.
        Walk(context.Source, "", 0);
        var found = new List<Diagnostic>(context.Reading.Concat(context.Diagnostics).Where(d => d.Code == DiagnosticDescriptors.LinkNotFollowed.Code));
        var already = found.Count;
        ContentLinks.Report(context.Source, "", found);
        foreach (var diagnostic in found.Skip(already))
        {
            context.Report(DiagnosticDescriptors.LinkNotFollowed, new SourceLocation { File = diagnostic.FilePath }, diagnostic.Message);
        }
    }

    private static void Walk(IContentSource source, string directory, int depth)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        foreach (var file in source.EnumerateFiles(directory))
        {
            // Resolving each file is what notes a file link that leads out; nothing is opened.
            _ = source.GetLength(file);
        }

        foreach (var folder in source.EnumerateDirectories(directory).Where(d => depth > 0 || d != "templates"))
        {
            Walk(source, folder, depth + 1);
        }
    }
}
