namespace AllyGuide.Validation.Lints;

/// <summary>AG0103, AG0104 and AG0105: safe-messaging and stigma rules (<see cref="WordingRules"/>) over every English text.</summary>
internal sealed class WordingLint : IValidationRule
{
    public void Check(ValidationContext context)
    {
        foreach (var locale in context.Content.ByLocale.Values.Where(l => ContentWalker.IsEnglish(l.Locale.Code)))
        {
            foreach (var field in ContentWalker.Texts(locale))
            {
                if (context.Map.Locate(field.Unit, field.Key) is not { } at)
                {
                    continue;
                }

                foreach (var hit in WordingRules.Check(field.Text, field.QuotedToAvoid))
                {
                    var lineOffset = field.Text.AsSpan(0, hit.Index).Count('\n') + (at.IsBlock ? 1 : 0);
                    context.Report(hit.Descriptor, context.Map.Find(at, hit.Words, lineOffset), $"'{hit.Words}': {hit.Advice}");
                }
            }
        }
    }
}
