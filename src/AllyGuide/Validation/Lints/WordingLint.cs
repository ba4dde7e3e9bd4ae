namespace AllyGuide.Validation.Lints;

/// <summary>
/// AG0103, AG0104 and AG0105: safe-messaging and stigma rules over every text of a language the guide has rules for
/// (<see cref="WordingRules"/> for English, <see cref="SpanishWordingRules"/> for Spanish).
/// </summary>
internal sealed class WordingLint : IEditorialLint
{
    public void Check(ValidationContext context)
    {
        foreach (var locale in context.Content.ByLocale.Values)
        {
            if (LanguageLints.For(locale.Locale.Code) is not { } lints)
            {
                continue;
            }

            foreach (var field in ContentWalker.Texts(locale))
            {
                if (context.Map.Locate(field.Unit, field.Key) is not { } at)
                {
                    continue;
                }

                foreach (var hit in lints.Wording.Check(field.Text, field.QuotedToAvoid))
                {
                    var lineOffset = field.Text.AsSpan(0, hit.Index).Count('\n') + (at.IsBlock ? 1 : 0);
                    context.Report(hit.Descriptor, context.Map.Find(at, hit.Words, lineOffset), $"'{hit.Words}': {hit.Advice}");
                }
            }
        }
    }
}
