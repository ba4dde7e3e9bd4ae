using System.Text.RegularExpressions;
using AllyGuide.Diagnostics;
using AllyGuide.Loading;
using AllyGuide.Model;
using AllyGuide.Text;

namespace AllyGuide.Validation.Rules;

/// <summary>
/// AG0019, AG0018 and AG0027: plain text holds no HTML, markup holds no raw HTML, and every link and address is a
/// complete one with an allowed scheme (<see cref="LinkPolicy"/>); the addresses of sources and services are https.
/// </summary>
internal sealed partial class TextRule : IValidationRule
{
    public void Check(ValidationContext context)
    {
        foreach (var locale in context.Content.ByLocale.Values)
        {
            foreach (var field in ContentWalker.Texts(locale))
            {
                var at = context.Map.Locate(field.Unit, field.Key);
                if (at is null)
                {
                    continue;
                }

                if (field.Kind == TextKind.Plain)
                {
                    CheckPlain(context, field.Text, at.Value, field.What);
                }
                else
                {
                    CheckMarkup(context, field.Text, at.Value, field.What);
                }
            }

            foreach (var source in locale.Sources)
            {
                CheckUrl(context, source.Url, source, "url", "The source URL", anyAllowedScheme: false);
            }

        }

        if (context.Content.Crisis is { } registry)
        {
            foreach (var service in registry.Regions.Append(registry.Fallback).SelectMany(r => r.Services))
            {
                CheckUrl(context, service.Url, service, "url", "The service URL", anyAllowedScheme: false);
                foreach (var contact in service.Contacts.Where(c => c.Kind is CrisisContactKind.Chat or CrisisContactKind.Web))
                {
                    CheckUrl(context, contact.Value, contact, "value", "The contact URL", anyAllowedScheme: false);
                }
            }
        }
    }

    private static void CheckPlain(ValidationContext context, string text, SourceLocation at, string what)
    {
        var match = HtmlTag().Match(text);
        if (match.Success)
        {
            context.Report(DiagnosticDescriptors.RawHtml, at, $"{what} contains raw HTML ('{Shorten(match.Value)}'). Remove it; write plain text.");
        }
    }

    private static void CheckMarkup(ValidationContext context, string text, SourceLocation at, string what)
    {
        foreach (var finding in InlineMarkup.Inspect(text))
        {
            // Inside a block, a finding sits on its own line below the key.
            var where = at.IsBlock ? at with { Line = at.Line + 1 + finding.Line } : at;
            if (finding.Kind == MarkupFindingKind.RawHtml)
            {
                context.Report(DiagnosticDescriptors.RawHtml, where,
                    $"{what} contains raw HTML ('{Shorten(finding.Text)}'). Remove it; use *emphasis*, **strong** and [text](https://...) links instead.");
            }
            else
            {
                CheckUrl(context, finding.Text, where, $"A link in {what.ToLowerInvariant()}", anyAllowedScheme: true);
            }
        }
    }

    private static void CheckUrl(ValidationContext context, string url, object unit, string key, string what, bool anyAllowedScheme)
    {
        if (context.Map.Locate(unit, key) is { } at)
        {
            CheckUrl(context, url, at, what, anyAllowedScheme);
        }
    }

    private static void CheckUrl(ValidationContext context, string url, SourceLocation at, string what, bool anyAllowedScheme)
    {
        var scheme = LinkPolicy.SchemeOf(url);
        if (scheme is not null && !(anyAllowedScheme ? LinkPolicy.AllowedSchemes.Contains(scheme) : scheme == "https"))
        {
            var allowed = anyAllowedScheme ? "https:, mailto:, tel: or sms:" : "https:";
            context.Report(DiagnosticDescriptors.LinkScheme, at, $"{what} uses the '{scheme}:' scheme ('{Shorten(url)}'). Only {allowed} is allowed.");
            return;
        }

        var valid = scheme switch
        {
            "https" => Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host.Length > 0,
            null => false,
            _ => url.Length > url.IndexOf(':', StringComparison.Ordinal) + 1,
        };
        if (!valid)
        {
            context.Report(DiagnosticDescriptors.InvalidUrl, at, $"{what} ('{Shorten(url)}') is not a complete address. Write it in full, for example https://www.example.org/page.");
        }
    }

    private static string Shorten(string text)
    {
        text = text.ReplaceLineEndings(" ").Trim();
        return text.Length <= 40 ? text : text[..40] + "...";
    }

    [GeneratedRegex(@"<\s*/?\s*[A-Za-z!?][^>]*>|<\s*/?\s*[A-Za-z][A-Za-z0-9-]*[\s/]", RegexOptions.CultureInvariant)]
    private static partial Regex HtmlTag();
}
