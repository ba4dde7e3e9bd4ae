using System.Collections.Immutable;
using AllyGuide.Diagnostics;
using AllyGuide.Loading;
using AllyGuide.Validation.Lints;
using AllyGuide.Validation.Rules;

namespace AllyGuide.Validation;

/// <summary>
/// The validation stage: judges loaded content (ids, references, translations, links, values, editorial lints) and
/// reports what it finds, located through the source map. It never changes the content.
/// </summary>
public static class ContentValidator
{
    /// <summary>Every rule, run in this order.</summary>
    internal static ImmutableArray<IValidationRule> Rules { get; } =
    [
        new LocaleRule(),
        new ReferenceRule(),
        new TranslationRule(),
        new TranslationQualityRule(),
        new CrisisTextRule(),
        new UiStringRule(),
        new IdRule(),
        new ValueRule(),
        new TextRule(),
        new InvisibleCharacterRule(),
        new WordingLint(),
        new ReadabilityLint(),
        new SourceCountLint(),
        new ReviewDateLint(),
        new LanguageCoverageLint(),
        new LinkRule(),
    ];

    /// <summary>Checks what <paramref name="loaded"/> holds; nothing when no content could be read.</summary>
    /// <param name="loaded">The load stage's result.</param>
    /// <param name="options">The date review checks use, among others; null for the defaults.</param>
    /// <returns>The diagnostics of validation only, in the order rules found them.</returns>
    public static ImmutableArray<Diagnostic> Validate(ContentLoadResult loaded, LoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        if (loaded.Content is not { } content || !content.ByLocale.ContainsKey(content.DefaultLocale))
        {
            return [];
        }

        options ??= LoadOptions.Default;
        var context = new ValidationContext(loaded, content, options);
        foreach (var rule in Rules)
        {
            if (options.EditorialLints || rule is not IEditorialLint)
            {
                rule.Check(context);
            }
        }

        return context.Diagnostics;
    }
}
