// Renders everything a reader can be shown from the built-in guide into a folder: every topic in every locale and
// format, every audience page, and the whole static site. The package tests run this built with NativeAOT and with
// the JIT and compare the two folders byte for byte.
using AllyGuide;
using AllyGuide.Rendering;
using AllyGuide.Site;

if (args.Length != 1)
{
    Console.Error.WriteLine("usage: AllyGuide.AotSmoke OUTPUT-FOLDER");
    return 2;
}

var output = Path.GetFullPath(args[0]);
var guide = Guide.LoadEmbedded();
var renderer = GuideRenderer.Default;
var files = 0;

foreach (var locale in guide.Locales)
{
    var localized = guide.Localize(locale.Code);
    var folder = Directory.CreateDirectory(Path.Combine(output, "renders", locale.Code)).FullName;
    foreach (var topic in localized.Topics)
    {
        foreach (var format in renderer.Options.Formatters.Formats)
        {
            File.WriteAllText(Path.Combine(folder, $"{topic.Id}.{format.Name}"), renderer.Render(topic, format));
            files++;
        }
    }

    foreach (var audience in localized.Audiences)
    {
        using var writer = new StreamWriter(Path.Combine(folder, $"for-{audience}.html"));
        renderer.RenderAudiencePage(localized, audience, writer);
        files++;
    }
}

var site = GuideSite.Build(guide, Path.Combine(output, "site"));
files += site.Files.Length;
Console.WriteLine($"{files} files from content {guide.Version}");
return 0;
