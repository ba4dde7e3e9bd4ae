using System.Collections.Immutable;
using System.Text.RegularExpressions;
using AllyGuide.Diagnostics;

namespace AllyGuide.Validation.Lints;

/// <summary>
/// One language's wording rules for health content: phrasings safe-messaging guidance rules out, words for suicide and
/// self-harm, methods and places that must not stand near them, and stigmatising labels.
/// </summary>
internal sealed partial class WordingRuleSet
{
    private readonly (Regex Pattern, string Advice)[] _unsafe;
    private readonly Regex _anyUnsafe;
    private readonly Regex _suicideTerm;
    private readonly Regex _epidemic;
    private readonly Regex _methods;
    private readonly Regex _labels;
    private readonly string _methodAdvice;
    private readonly string _labelAdvice;
    private readonly string _epidemicAdvice;

    public WordingRuleSet(
        IEnumerable<(string Pattern, string Advice)> unsafeWording,
        string suicideTerm,
        string epidemic,
        ImmutableArray<string> methodWords,
        ImmutableArray<string> labels,
        string methodAdvice,
        string labelAdvice,
        string epidemicAdvice)
    {
        _unsafe = [.. unsafeWording.Select(u => (Create(u.Pattern), u.Advice))];
        // One pass finds whether any pattern matches at all, which in checked content is almost never: only then is
        // each pattern run on its own to name the advice.
        _anyUnsafe = Create(string.Join("|", _unsafe.Select(u => "(?:" + u.Pattern + ")")));
        _suicideTerm = Create(suicideTerm);
        _epidemic = Create(epidemic);
        MethodWords = methodWords;
        StigmatisingLabels = labels;
        _methods = WordList(methodWords);
        _labels = WordList(labels);
        _methodAdvice = methodAdvice;
        _labelAdvice = labelAdvice;
        _epidemicAdvice = epidemicAdvice;
    }

    public ImmutableArray<string> MethodWords { get; }

    public ImmutableArray<string> StigmatisingLabels { get; }

    public IEnumerable<WordingHit> Check(string text, bool quotedToAvoid)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (_anyUnsafe.IsMatch(text))
        {
            foreach (var (pattern, advice) in _unsafe)
            {
                foreach (Match match in pattern.Matches(text))
                {
                    yield return new WordingHit(DiagnosticDescriptors.UnsafeWording, match.Index, match.Value, advice);
                }
            }
        }

        // Methods and epidemic words matter only in a sentence that speaks of suicide; most texts have none.
        IEnumerable<Match> sentences = _suicideTerm.IsMatch(text) ? Sentence().Matches(text) : [];
        foreach (var sentence in sentences)
        {
            if (!_suicideTerm.IsMatch(sentence.Value))
            {
                continue;
            }

            foreach (Match epidemic in _epidemic.Matches(sentence.Value))
            {
                yield return new WordingHit(DiagnosticDescriptors.UnsafeWording, sentence.Index + epidemic.Index, epidemic.Value, _epidemicAdvice);
            }

            foreach (Match method in _methods.Matches(sentence.Value))
            {
                yield return new WordingHit(DiagnosticDescriptors.MethodDetail, sentence.Index + method.Index, method.Value, _methodAdvice);
            }
        }

        if (quotedToAvoid)
        {
            yield break;
        }

        foreach (Match label in _labels.Matches(text))
        {
            yield return new WordingHit(DiagnosticDescriptors.StigmatisingLabel, label.Index, label.Value, _labelAdvice);
        }
    }

    private static Regex Create(string pattern) => new(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    /// <summary>A case-insensitive whole-word pattern for a list of words and phrases.</summary>
    private static Regex WordList(IEnumerable<string> words) =>
        Create(@"\b(?:" + string.Join("|", words.OrderByDescending(w => w.Length).Select(w => Regex.Escape(w).Replace("\\ ", "\\s+", StringComparison.Ordinal))) + @")\b");

    [GeneratedRegex(@"[^.!?\n]+[.!?]*", RegexOptions.CultureInvariant)]
    private static partial Regex Sentence();
}
