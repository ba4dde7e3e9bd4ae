// A host app's view of AllyGuide: load the guide shipped in the package, pick a topic for the
// reader's locale, and render it as text, HTML and JSON.
using System.Globalization;
using AllyGuide;
using AllyGuide.Json;
using AllyGuide.Rendering;

var topicId = args.Length > 0 ? args[0] : "listening";
var guide = Guide.LoadEmbedded();

if (!guide.TryGetTopic(topicId, CultureInfo.CurrentUICulture.Name, out var topic))
{
    Console.Error.WriteLine($"No topic '{topicId}'. Try one of: {string.Join(", ", guide.TopicOrder)}");
    return 2;
}

// Plain text, wrapped for a terminal, an SMS or an email.
GuideRenderer.Default.Render(topic, OutputFormat.Text, Console.Out);

// An HTML fragment to drop into a page of your own: every value is escaped by the renderer.
var fragment = GuideRenderer.Default.Render(topic, OutputFormat.HtmlFragment);
Console.WriteLine();
Console.WriteLine($"HTML fragment: {fragment.Length:N0} characters, starting {fragment[..fragment.IndexOf('\n', StringComparison.Ordinal)]}");

// JSON for apps that lay the guidance out themselves, with the crisis resources for the locale.
var document = GuideJson.ToDocument(topic);
Console.WriteLine($"JSON: content {document.ContentVersion}, {document.Topic.Sections.Count} sections, crisis line first: {document.Crisis.Region.Services[0].Name}");
return 0;
