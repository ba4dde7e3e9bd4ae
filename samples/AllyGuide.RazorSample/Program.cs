// A Razor Pages app that shows the guide inside its own layout: /support/listening embeds one topic as an HTML
// fragment, in the reader's language (?lang=es, or Accept-Language) with the crisis lines of their region
// (?region=gb, or the locale's: es-MX shows Mexico's).
using System.Text.Encodings.Web;
using System.Text.Unicode;
using AllyGuide.AspNetCore;
using AllyGuide.Hosting;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.WebEncoders;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddRazorPages();
builder.Services.AddAllyGuide();
// Razor writes every character outside Basic Latin as a reference by default; Spanish and Arabic read (and weigh)
// better as they are. Markup characters are still escaped.
builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

var app = builder.Build();

// The cultures the guide serves, read from the guide: its locales and their regional forms, so es-MX stays es-MX
// (Spanish text, Mexico's crisis lines) rather than falling back to es. The built-in guide never changes while the
// app runs; an app serving a content folder whose locales may change would rebuild these on reload.
var localization = AllyGuideRequestLocalization.CreateOptions(app.Services.GetRequiredService<IAllyGuideProvider>().Current);
foreach (var query in localization.RequestCultureProviders.OfType<QueryStringRequestCultureProvider>())
{
    // ?lang=es rather than the framework's ?culture=es&ui-culture=es.
    query.QueryStringKey = "lang";
    query.UIQueryStringKey = "lang";
}

app.UseRequestLocalization(localization);
// The app's own stylesheet, from wwwroot (copied beside the app, so it is served however the app is started).
app.UseStaticFiles();
app.MapRazorPages();
// The guide's own pages, for the fragment's link to every country's crisis lines.
app.MapAllyGuide("/guide");
app.MapGet("/", () => Results.Redirect("/support"));
app.Run();
