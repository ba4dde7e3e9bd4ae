using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using AllyGuide.Localization;
using AllyGuide.Model;
using AllyGuide.Text;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace AllyGuide.Rendering;

/// <summary>
/// Template functions for language: <c>tr "key" { name: value }</c> fills an interface string's placeholders (a count
/// picks the plural form) and, in HTML, marks it with its own language when that is not the page's; <c>lang locale</c>
/// writes <c> lang="…" dir="…"</c> on an element whose text is not in the page's language, and nothing otherwise.
/// </summary>
internal static class LanguageFunctions
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public static ScriptObject Create(UiStrings ui, string pageLocale, TemplateMode mode) => new()
    {
        ["tr"] = new TemplateFunction(1, 2, (context, args) => Translate(context, ui, pageLocale, mode, args)),
        ["lang"] = new TemplateFunction(1, 1, (context, args) =>
        {
            var locale = context.ObjectToString(args[0]) ?? "";
            return mode == TemplateMode.Html ? new SafeHtml(Attributes(locale, pageLocale)) : "";
        }),
        ["marked"] = new TemplateFunction(2, 2, (context, args) => Marked(context, args[0], context.ObjectToString(args[1]) ?? "", pageLocale, mode)),
        ["link"] = new TemplateFunction(2, 3, (context, args) => mode == TemplateMode.Html
            ? SafeMarkup.Link(context.ObjectToString(args[0]), context.ObjectToString(args[1]) ?? "", args.Count > 2 ? context.ObjectToString(args[2]) : null)
            : context.ObjectToString(args[1]) ?? ""),
        ["time"] = new TemplateFunction(1, 2, (context, args) =>
        {
            // time "2026-11-20" writes the date as the page's language does; a second argument other than the date
            // itself is written as given.
            var iso = context.ObjectToString(args[0]) ?? "";
            var given = args.Count > 1 ? context.ObjectToString(args[1]) ?? "" : iso;
            var display = given == iso && DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? Dates.Format(date, pageLocale)
                : given;
            return mode == TemplateMode.Html ? SafeMarkup.Time(iso, display) : display;
        }),
    };

    /// <summary>A value in its own language: as it is on a page of that language, else in a span (text) or a div (paragraphs) marked with it.</summary>
    private static object? Marked(TemplateContext context, object? value, string locale, string pageLocale, TemplateMode mode)
    {
        var attributes = Attributes(locale, pageLocale);
        if (mode != TemplateMode.Html || attributes.Length == 0 || value is null)
        {
            return value;
        }

        return value is SafeHtml block
            ? new SafeHtml($"<div{attributes}>\n{block.Html}\n</div>")
            : new SafeHtml($"<span{attributes}>{Html.Encode(context.ObjectToString(value) ?? "")}</span>");
    }

    /// <summary><c> lang="…" dir="…"</c> for text in <paramref name="locale"/> on a page in <paramref name="pageLocale"/>; empty when they agree.</summary>
    public static string Attributes(string locale, string pageLocale)
    {
        if (locale.Length == 0 || string.Equals(locale, pageLocale, StringComparison.OrdinalIgnoreCase))
        {
            return "";
        }

        var dir = Direction.Of(locale);
        return Direction.Of(pageLocale) == dir ? $" lang=\"{Html.Encode(locale)}\"" : $" lang=\"{Html.Encode(locale)}\" dir=\"{dir}\"";
    }

    private static object Translate(TemplateContext context, UiStrings ui, string pageLocale, TemplateMode mode, ScriptArray args)
    {
        var key = context.ObjectToString(args[0]) ?? "";
        if (!ui.Values.TryGetValue(key, out var value))
        {
            throw new ScriptRuntimeException(context.CurrentSpan, $"There is no UI string '{key}'. Known strings: {string.Join(", ", UiStrings.Keys)}.");
        }

        var values = args.Count > 1 && args[1] is ScriptObject given ? given : null;
        object? n = null;
        long? count = values?.TryGetValue("count", out n) == true && n is not null ? Convert.ToInt64(n, CultureInfo.InvariantCulture) : null;
        var pattern = UiFormat.Pattern(value, count);
        var html = mode == TemplateMode.Html;
        var text = new StringBuilder();
        foreach (var part in UiPattern.Split(pattern))
        {
            if (!part.IsPlaceholder)
            {
                text.Append(html ? Html.Encode(part.Text) : part.Text);
                continue;
            }

            object? filled = null;
            if (values is null || !values.TryGetValue(part.Text, out filled))
            {
                throw new ScriptRuntimeException(context.CurrentSpan, $"The UI string '{key}' needs a value for {{{part.Text}}}, for example: tr \"{key}\" {{ {part.Text}: ... }}.");
            }

            // Numbers, dates and versions read left to right even inside right-to-left text.
            text.Append(Direction.Isolate(filled switch
            {
                SafeHtml safe when html => safe.Html,
                _ when html => Html.Encode(context.ObjectToString(filled) ?? ""),
                _ => context.ObjectToString(filled) ?? "",
            }, value.Locale));
        }

        if (!html)
        {
            return text.ToString();
        }

        var attributes = Attributes(value.Locale, pageLocale);
        return new SafeHtml(attributes.Length == 0 ? text.ToString() : $"<span{attributes}>{text}</span>");
    }
}
