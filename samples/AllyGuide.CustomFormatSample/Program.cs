// A host's own look and a format of its own: the text format rendered through this app's template (a pocket card
// to print), and a new format, Markdown, written by MarkdownFormatter. Both still carry the reader's crisis lines:
// the renderer refuses any output without them.
//
//   dotnet run --project samples/AllyGuide.CustomFormatSample -- [topic] [--locale <code>] [--content <content-folder>]
using AllyGuide;
using AllyGuide.CustomFormatSample;
using AllyGuide.Rendering;

var rest = args.ToList();
string? Option(string name)
{
    var at = rest.IndexOf(name);
    if (at < 0 || at + 1 >= rest.Count)
    {
        return null;
    }

    var value = rest[at + 1];
    rest.RemoveRange(at, 2);
    return value;
}

var content = Option("--content");
// None means the guide's default locale, whose first region (the United States for English) gives the crisis lines.
var locale = Option("--locale");
var topicId = rest.FirstOrDefault() ?? "listening";

var folder = content is null ? ContentFolder.Embedded : ContentFolder.FromDirectory(content);
var loaded = folder.TryLoad();
if (!loaded.Success)
{
    // Errors stop the sample; warnings, such as a topic past its review date, do not.
    foreach (var diagnostic in loaded.Diagnostics.Where(d => d.IsError))
    {
        Console.Error.WriteLine(diagnostic);
    }

    return 1;
}

if (!loaded.Guide.TryGetTopic(topicId, locale, out var topic))
{
    Console.Error.WriteLine($"No topic '{topicId}'. Try one of: {string.Join(", ", loaded.Guide.TopicOrder)}");
    return 2;
}

// One template replaced by name; every other template is still the content's (or the package's).
var card = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "templates", "text", "topic.scriban-txt"));
var options = folder.GetRendererOptions() with
{
    Templates = folder.Templates.WithTemplate("text/topic", card),
    // The built-in formats and one more; FormatterRegistry is immutable, Add returns a new one.
    Formatters = FormatterRegistry.Default.Add(new MarkdownFormatter()),
};

GuideRenderer renderer;
try
{
    // Parses every template once; a mistake in the card is reported with its line and column.
    renderer = new GuideRenderer(options);
}
catch (GuideTemplateException ex)
{
    foreach (var diagnostic in ex.Diagnostics)
    {
        Console.Error.WriteLine(diagnostic);
    }

    return 3;
}

Console.Write(renderer.Render(topic, OutputFormat.Text));
Console.WriteLine();
Console.WriteLine($"----- {MarkdownFormatter.Markdown.Name} ({MarkdownFormatter.Markdown.MediaType}) -----");
Console.WriteLine();
// Found by name or media type too: renderer.Render(topic, "text/markdown", Console.Out).
Console.Write(renderer.Render(topic, MarkdownFormatter.Markdown));
return 0;
