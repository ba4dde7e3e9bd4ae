// Builds the whole static site from code, as `allyguide build` does: every locale in a folder of its own, a first
// page that links each language, and the assets.
//
//   dotnet run --project samples/AllyGuide.SiteSample -- <output-folder> [--content <content-folder>]
//
// Exit codes: 0 built, 1 the content has errors, 2 usage, 3 the folder cannot take the site, 4 a page failed to render.
using AllyGuide;
using AllyGuide.Diagnostics;
using AllyGuide.Rendering;
using AllyGuide.Site;

var rest = args.ToList();
string? content = null;
if (rest.IndexOf("--content") is var at and >= 0 && at + 1 < rest.Count)
{
    content = rest[at + 1];
    rest.RemoveRange(at, 2);
}

if (rest is not [var output] || output.StartsWith('-'))
{
    Console.Error.WriteLine("Usage: AllyGuide.SiteSample <output-folder> [--content <content-folder>]");
    return 2;
}

// The guide shipped in the package, or a folder holding guide.yaml; either way with the templates that go with it.
var folder = content is null ? ContentFolder.Embedded : ContentFolder.FromDirectory(content);
var loaded = folder.TryLoad();

// Warnings (a topic past its review date, AG0107) are shown but do not stop the build; errors do.
foreach (var diagnostic in loaded.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info))
{
    // path(line,col): error AG0010: message, as compilers and editors write it.
    Console.Error.WriteLine(diagnostic);
}

if (!loaded.Success)
{
    Console.Error.WriteLine($"The content has {loaded.Diagnostics.Count(d => d.IsError)} error(s); no site was written.");
    return 1;
}

try
{
    // GuideSite refuses a folder that is neither empty nor a site it built, and keeps files a person added to one
    // it built, so the sample needs no check of its own.
    var site = GuideSite.Build(loaded.Guide, output, SiteOptions.Default with { Renderer = folder.GetRendererOptions() });
    Console.WriteLine($"Wrote {site.Files.Length} files to {site.OutputDirectory}");
    Console.WriteLine($"Locales: {string.Join(", ", loaded.Guide.Locales.Select(l => l.Code))}");
    foreach (var removed in site.Removed)
    {
        Console.WriteLine($"Removed {removed}, no longer part of the site");
    }

    Console.WriteLine($"Open {site.IndexPath} in a browser.");
    return 0;
}
catch (SiteOutputException ex)
{
    Console.Error.WriteLine(ex.Message);
    return 3;
}
catch (GuideTemplateException ex)
{
    foreach (var diagnostic in ex.Diagnostics)
    {
        Console.Error.WriteLine(diagnostic);
    }

    return 4;
}
