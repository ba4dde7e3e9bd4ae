using System.Text.RegularExpressions;

namespace AllyGuide.Validation.Lints;

/// <summary>
/// Plain-language measure for Spanish: the INFLESZ scale (Barrio-Cantalejo and others, 2008), which reads the
/// Szigriszt-Pazos perspicuity, 206.835 - 62.3 x syllables per word - words per sentence, in bands made for
/// health information: under 40 very hard, 40 to 55 somewhat hard, 55 to 65 normal, 65 to 80 quite easy, over 80 very
/// easy. Syllables are counted by Spanish rules: diphthongs and triphthongs are one syllable, two strong vowels or an
/// accented i or u next to a vowel are two, and the u of que, qui, gue, gui is silent.
/// </summary>
public static partial class SpanishReadability
{
    /// <summary>The lowest INFLESZ score the lint accepts: 55, the bottom of the "normal" band.</summary>
    public const double MinScore = 55.0;

    /// <summary>Counts one piece of Spanish text. Each piece is at least one sentence, as in <see cref="ReadabilityScore.Measure(string)"/>.</summary>
    public static ReadabilityScore Measure(string text) => ReadabilityScore.Measure(text, WordPattern(), CountSyllables);

    /// <summary>The INFLESZ (Szigriszt-Pazos) score of counted text: higher is easier; 0 for no words.</summary>
    public static double Inflesz(ReadabilityScore score)
    {
        ArgumentNullException.ThrowIfNull(score);
        return score.Words == 0 || score.Sentences == 0 ? 0 : 206.835 - (62.3 * score.Syllables / score.Words) - ((double)score.Words / score.Sentences);
    }

    /// <summary>The INFLESZ band of a score, in Spanish as the scale names it.</summary>
    public static string Band(double score) => score switch
    {
        < 40 => "muy difícil",
        < 55 => "algo difícil",
        < 65 => "normal",
        <= 80 => "bastante fácil",
        _ => "muy fácil",
    };

    /// <summary>Syllables of one Spanish word.</summary>
    public static int CountSyllables(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var w = word.ToLowerInvariant();
        var nuclei = 0;
        var previous = '\0';
        for (var i = 0; i < w.Length; i++)
        {
            var c = w[i];
            var vowel = IsVowel(c) || (c == 'y' && i > 0 && IsVowel(w[i - 1]) && (i == w.Length - 1 || !IsVowel(w[i + 1])));
            if (c == 'u' && i > 0 && w[i - 1] is 'q' or 'g' && i + 1 < w.Length && w[i + 1] is 'e' or 'i' or 'é' or 'í')
            {
                vowel = false;
            }

            if (!vowel)
            {
                previous = '\0';
                continue;
            }

            if (previous == '\0' || Hiatus(previous, c == 'y' ? 'i' : c))
            {
                nuclei++;
            }

            previous = c == 'y' ? 'i' : c;
        }

        return Math.Max(1, nuclei);
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'á' or 'é' or 'í' or 'ó' or 'ú' or 'ü';

    private static bool Strong(char c) => c is 'a' or 'e' or 'o' or 'á' or 'é' or 'ó' or 'í' or 'ú';

    /// <summary>Two vowels side by side belong to two syllables when both are strong (an accented i or u counts as strong).</summary>
    private static bool Hiatus(char first, char second) => (Strong(first) && Strong(second)) || (first == second && first is 'i' or 'u');

    [GeneratedRegex(@"\p{L}+", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();
}
