using System.Text.RegularExpressions;

namespace AllyGuide.Validation.Lints;

/// <summary>Word, sentence and syllable counts of English text, and its Flesch-Kincaid grade level.</summary>
/// <param name="Words">Words counted.</param>
/// <param name="Sentences">Sentences counted (at least one per non-empty text).</param>
/// <param name="Syllables">Syllables, by the usual vowel-group estimate.</param>
public sealed partial record ReadabilityScore(int Words, int Sentences, int Syllables)
{
    /// <summary>No text.</summary>
    public static ReadabilityScore Empty { get; } = new(0, 0, 0);

    /// <summary>The US school grade needed to read the text: 0.39 words per sentence + 11.8 syllables per word - 15.59.</summary>
    public double Grade => Words == 0 || Sentences == 0 ? 0 : (0.39 * Words / Sentences) + (11.8 * Syllables / Words) - 15.59;

    /// <summary>Average words per sentence.</summary>
    public double WordsPerSentence => Sentences == 0 ? 0 : (double)Words / Sentences;

    /// <summary>Counts one piece of text. Each piece is at least one sentence, so titles and phrases without a full stop count too.</summary>
    public static ReadabilityScore Measure(string text) => Measure(text, WordPattern(), CountSyllables);

    /// <summary>Counts one piece of text with a language's own word pattern and syllable rules.</summary>
    internal static ReadabilityScore Measure(string text, Regex wordPattern, Func<string, int> countSyllables)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = 0;
        var syllables = 0;
        foreach (Match word in wordPattern.Matches(text))
        {
            words++;
            syllables += countSyllables(word.Value);
        }

        if (words == 0)
        {
            return Empty;
        }

        // Text that does not end with . ! or ? (a title, a list item, a phrase) still ends a sentence.
        var trimmed = text.TrimEnd().TrimEnd('"', '\'', ')', ']', '\u201D', '\u2019', '\u00BB');
        var sentences = SentenceEnd().Count(trimmed);
        if (trimmed.Length > 0 && trimmed[^1] is not ('.' or '!' or '?'))
        {
            sentences++;
        }

        return new ReadabilityScore(words, Math.Max(1, sentences), syllables);
    }

    /// <summary>Adds two counts, for measuring many pieces of text as one.</summary>
    public static ReadabilityScore operator +(ReadabilityScore left, ReadabilityScore right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return new(left.Words + right.Words, left.Sentences + right.Sentences, left.Syllables + right.Syllables);
    }

    /// <summary>Adds two counts.</summary>
    public static ReadabilityScore Add(ReadabilityScore left, ReadabilityScore right) => left + right;

    /// <summary>Estimates syllables: vowel groups, less a silent final e, at least one.</summary>
    public static int CountSyllables(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var w = word.ToLowerInvariant().Replace("'", "", StringComparison.Ordinal);
        if (w.Length <= 3)
        {
            return 1;
        }

        if (w.EndsWith('e') && !w.EndsWith("le", StringComparison.Ordinal) && !w.EndsWith("ee", StringComparison.Ordinal))
        {
            w = w[..^1];
        }
        else if (w.EndsWith("es", StringComparison.Ordinal) || (w.EndsWith("ed", StringComparison.Ordinal) && !w.EndsWith("ted", StringComparison.Ordinal) && !w.EndsWith("ded", StringComparison.Ordinal)))
        {
            w = w[..^2];
        }

        return Math.Max(1, VowelGroup().Count(w));
    }

    [GeneratedRegex(@"[A-Za-z]+(?:'[A-Za-z]+)*|\d+", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"[.!?]+(?=[\s""')\]»]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();

    [GeneratedRegex("[aeiouy]+", RegexOptions.CultureInvariant)]
    private static partial Regex VowelGroup();
}
