using AllyGuide.Loading;
using AllyGuide.Rendering;
using AllyGuide.Validation;

namespace AllyGuide.Cli;

/// <summary>Loads the guide for a command and reports what went wrong in the house format.</summary>
internal static class ContentLoader
{
    public static IContentSource Source(DirectoryInfo? content) =>
        content is null ? ContentSource.Embedded : ContentSource.FromDirectory(content.ToString());

    /// <summary>The built-in templates, or a content folder's templates over them.</summary>
    public static TemplateSet Templates(DirectoryInfo? content) =>
        content is null ? TemplateSet.Embedded : TemplateSet.Load(Source(content));

    /// <summary>Checks that a --content folder exists and holds guide.yaml; prints why not.</summary>
    public static bool CheckFolder(DirectoryInfo? content, TextWriter error)
    {
        if (content is null)
        {
            return true;
        }

        if (!content.Exists)
        {
            error.WriteLine($"allyguide: the content folder '{content}' does not exist.");
            return false;
        }

        return true;
    }

    /// <summary>Loads the guide; prints diagnostics to <paramref name="error"/> and returns null when it has errors.</summary>
    public static Guide? Load(DirectoryInfo? content, TextWriter error)
    {
        var result = Guide.TryLoad(Source(content));
        foreach (var diagnostic in result.Diagnostics)
        {
            error.WriteLine(diagnostic);
        }

        if (result.Success)
        {
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
