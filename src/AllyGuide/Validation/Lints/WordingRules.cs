using System.Collections.Immutable;
using System.Text.RegularExpressions;
using AllyGuide.Diagnostics;

namespace AllyGuide.Validation.Lints;

/// <summary>A stretch of text a wording rule objects to.</summary>
/// <param name="Descriptor">The rule's diagnostic.</param>
/// <param name="Index">Where the words start in the text.</param>
/// <param name="Words">The words found.</param>
/// <param name="Advice">What to write instead.</param>
public sealed record WordingHit(DiagnosticDescriptor Descriptor, int Index, string Words, string Advice);

/// <summary>
/// English wording rules for health content: safe messaging about suicide and self-harm, no method or location
/// detail near suicide, no stigmatising labels. Based on the project's content rules; see the README for the lists.
/// </summary>
public static partial class WordingRules
{
    /// <summary>Words that may describe a method or place when they appear in the same sentence as suicide or self-harm.</summary>
    public static ImmutableArray<string> MethodWords { get; } =
    [
        "pill", "pills", "tablets", "overdose", "overdosed", "overdoses", "overdosing", "gun", "guns", "firearm", "firearms",
        "weapon", "weapons", "rope", "noose", "hang", "hanged", "hanging", "bridge", "bridges", "jump", "jumped", "jumping",
        "cliff", "cliffs", "railway", "tracks", "poison", "poisoned", "poisoning", "razor", "razors", "blade", "blades", "knife",
        "knives", "cut", "cuts", "cutting", "drown", "drowned", "drowning", "rooftop", "ledge", "car exhaust", "carbon monoxide",
        "ligature",
    ];

    /// <summary>Labels that stigmatise people; quote them only in "avoid saying" phrases.</summary>
    public static ImmutableArray<string> StigmatisingLabels { get; } =
    [
        "crazy", "psycho", "psychos", "insane", "lunatic", "lunatics", "nutcase", "nut job", "nuts", "schizo", "loony", "mental case",
        "madman", "madmen", "maniac", "deranged", "basket case", "the mentally ill", "mentally ill people", "retarded", "the insane",
    ];

    private static readonly Regex MethodPattern = WordList(MethodWords);
    private static readonly Regex LabelPattern = WordList(StigmatisingLabels);

    private static readonly (Regex Pattern, string Advice)[] UnsafeWording =
    [
        (new(@"\bcommit(?:s|ted|ting)?\s+suicide\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant),
            "Say 'died by suicide' or 'took their own life': 'commit' frames suicide as a crime or sin."),
        (new(@"\b(?:successful|unsuccessful|failed|completed)\s+(?:suicide\s+)?attempts?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant),
            "Say 'attempt' or 'died by suicide': success and failure are the wrong frame."),
        (new(@"\bsuicide\s+(?:is|was|seemed|seems)\s+(?:the\s+|a\s+)?(?:only\s+)?(?:solution|answer|way\s+out|escape|option)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant),
            "Never present suicide as a solution; say that help is available and feelings can change."),
    ];

    /// <summary>Checks one text. Set <paramref name="quotedToAvoid"/> for "avoid saying" phrases, which may quote labels.</summary>
    public static IEnumerable<WordingHit> Check(string text, bool quotedToAvoid = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var (pattern, advice) in UnsafeWording)
        {
            foreach (Match match in pattern.Matches(text))
            {
                yield return new WordingHit(DiagnosticDescriptors.UnsafeWording, match.Index, match.Value, advice);
            }
        }

        foreach (Match sentence in Sentence().Matches(text))
        {
            if (!SuicideTerm().IsMatch(sentence.Value))
            {
                continue;
            }

            foreach (Match epidemic in Epidemic().Matches(sentence.Value))
            {
                yield return new WordingHit(DiagnosticDescriptors.UnsafeWording, sentence.Index + epidemic.Index, epidemic.Value,
                    "Avoid 'epidemic' and similar words near suicide: they can make suicide sound common or inevitable.");
            }

            foreach (Match method in MethodPattern.Matches(sentence.Value))
            {
                yield return new WordingHit(DiagnosticDescriptors.MethodDetail, sentence.Index + method.Index, method.Value,
                    "Leave out any method or place in text about suicide or self-harm; say 'things they could use to hurt themselves' at most.");
            }
        }

        if (quotedToAvoid)
        {
            yield break;
        }

        foreach (Match label in LabelPattern.Matches(text))
        {
            yield return new WordingHit(DiagnosticDescriptors.StigmatisingLabel, label.Index, label.Value,
                "Use person-first or neutral words, such as 'a person living with a mental health condition'.");
        }
    }

    [GeneratedRegex(@"[^.!?\n]+[.!?]*", RegexOptions.CultureInvariant)]
    private static partial Regex Sentence();

    [GeneratedRegex(@"\b(?:suicid\w*|kill(?:s|ed|ing)?\s+(?:them|him|her)sel(?:f|ves)|end(?:s|ed|ing)?\s+(?:their|his|her|my|your)\s+(?:own\s+)?life|take\s+(?:their|his|her|my|your)\s+own\s+life|self[- ]harm\w*|hurt(?:s|ing)?\s+(?:them|him|her|your)sel(?:f|ves))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SuicideTerm();

    [GeneratedRegex(@"\b(?:epidemic|plague|skyrocket\w*|soar\w*)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Epidemic();

    /// <summary>A case-insensitive whole-word pattern for a list of words and phrases.</summary>
    private static Regex WordList(IEnumerable<string> words) =>
        new(@"\b(?:" + string.Join("|", words.OrderByDescending(w => w.Length).Select(w => Regex.Escape(w).Replace("\\ ", "\\s+", StringComparison.Ordinal))) + @")\b",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
}
