using AllyGuide.Diagnostics;
using AllyGuide.Loading;

namespace AllyGuide.Cli;

/// <summary>Opens the content folder a command names and reports what went wrong in the house format.</summary>
internal static class ContentLoader
{
    /// <summary>The folder <c>--content</c> names, or the built-in guide; null after printing why the folder cannot be used.</summary>
    public static ContentFolder? Open(DirectoryInfo? content, TextWriter error)
    {
        if (content is null)
        {
            return ContentFolder.Embedded;
        }

        if (!content.Exists)
        {
            error.WriteLine($"allyguide: the content folder '{content}' does not exist.");
            return null;
        }

        return ContentFolder.FromDirectory(content.ToString());
    }

    /// <summary>
    /// Loads the guide; prints errors and warnings to <paramref name="error"/> and returns null when it has errors.
    /// Notes (info) are left to <c>validate</c>, so every render does not repeat them. The built-in guide (no
    /// <paramref name="content"/>) skips the plain-language and safe-wording lints: it passed them when the tool was
    /// built, and they are a third of its start-up. A content folder always gets them, since some are errors.
    /// </summary>
    public static Guide? Load(ContentFolder folder, DirectoryInfo? content, LoadOptions options, TextWriter error)
    {
        var result = folder.TryLoad(content is null ? options with { EditorialLints = false } : options);
        Print(result.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info), error);
        if (result.Success)
        {
            var overdue = result.Diagnostics.Count(d => d.Code == DiagnosticDescriptors.ReviewOverdue.Code);
            if (overdue > 0)
            {
                error.WriteLine($"allyguide: warning: {overdue} topic{(overdue == 1 ? " is" : "s are")} past {(overdue == 1 ? "its" : "their")} review date (AG0107). Review {(overdue == 1 ? "it" : "them")} against the sources before publishing.");
            }

            return result.Guide;
        }

        var errors = result.Diagnostics.Count(d => d.IsError);
        error.WriteLine($"allyguide: the content has {errors} error{(errors == 1 ? "" : "s")}. Run 'allyguide validate{(content is null ? "" : $" --content {content}")}' for details.");
        return null;
    }

    public static void Print(IEnumerable<Diagnostic> diagnostics, TextWriter output)
    {
        foreach (var diagnostic in diagnostics)
        {
            output.WriteLine(diagnostic);
        }
    }
}
