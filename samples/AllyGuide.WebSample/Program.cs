// A web app serving the guide: /guide lists the topics, /guide/listening (or /guide/es-MX/listening) shows one,
// as a page, an HTML fragment, text or JSON (?format= or Accept), with the reader's crisis lines on every response.
// Configuration section "AllyGuide" (appsettings.json) can point it at a content folder, which then reloads on change.
var builder = WebApplication.CreateBuilder(args);
builder.Services.AddAllyGuide();

var app = builder.Build();
app.MapGet("/", () => Results.Redirect("/guide"));
app.MapAllyGuide("/guide");
app.Run();
