using System.Collections.Immutable;

namespace AllyGuide.Validation.Lints;

/// <summary>A stretch of text a wording rule objects to.</summary>
public sealed record WordingHit
{
    internal WordingHit(Diagnostics.DiagnosticDescriptor descriptor, int index, string words, string advice)
    {
        Descriptor = descriptor;
        Index = index;
        Words = words;
        Advice = advice;
    }

    /// <summary>The rule's diagnostic.</summary>
    public Diagnostics.DiagnosticDescriptor Descriptor { get; init; }

    /// <summary>Where the words start in the text.</summary>
    public int Index { get; init; }

    /// <summary>The words found.</summary>
    public string Words { get; init; }

    /// <summary>What to write instead.</summary>
    public string Advice { get; init; }
}

/// <summary>
/// English wording rules for health content: safe messaging about suicide and self-harm, no method or location
/// detail near suicide, no stigmatising labels. Based on the project's content rules; see the README for the lists.
/// </summary>
public static class WordingRules
{
    private static readonly WordingRuleSet Rules = new(
        [
            (@"\bcommit(?:s|ted|ting)?\s+suicide\b",
                "Say 'died by suicide' or 'took their own life': 'commit' frames suicide as a crime or sin."),
            (@"\b(?:successful|unsuccessful|failed|completed)\s+(?:suicide\s+)?attempts?\b",
                "Say 'attempt' or 'died by suicide': success and failure are the wrong frame."),
            (@"\bsuicide\s+(?:is|was|seemed|seems)\s+(?:the\s+|a\s+)?(?:only\s+)?(?:solution|answer|way\s+out|escape|option)\b",
                "Never present suicide as a solution; say that help is available and feelings can change."),
        ],
        @"\b(?:suicid\w*|kill(?:s|ed|ing)?\s+(?:them|him|her)sel(?:f|ves)|end(?:s|ed|ing)?\s+(?:their|his|her|my|your)\s+(?:own\s+)?life|take\s+(?:their|his|her|my|your)\s+own\s+life|self[- ]harm\w*|hurt(?:s|ing)?\s+(?:them|him|her|your)sel(?:f|ves))",
        @"\b(?:epidemic|plague|skyrocket\w*|soar\w*)\b",
        [
            "pill", "pills", "tablets", "overdose", "overdosed", "overdoses", "overdosing", "gun", "guns", "firearm", "firearms",
            "weapon", "weapons", "rope", "noose", "hang", "hanged", "hanging", "bridge", "bridges", "jump", "jumped", "jumping",
            "cliff", "cliffs", "railway", "tracks", "poison", "poisoned", "poisoning", "razor", "razors", "blade", "blades", "knife",
            "knives", "cut", "cuts", "cutting", "drown", "drowned", "drowning", "rooftop", "ledge", "car exhaust", "carbon monoxide",
            "ligature",
        ],
        [
            "crazy", "psycho", "psychos", "insane", "lunatic", "lunatics", "nutcase", "nut job", "nuts", "schizo", "loony", "mental case",
            "madman", "madmen", "maniac", "deranged", "basket case", "the mentally ill", "mentally ill people", "retarded", "the insane",
        ],
        "Leave out any method or place in text about suicide or self-harm; say 'things they could use to hurt themselves' at most.",
        "Use person-first or neutral words, such as 'a person living with a mental health condition'.",
        "Avoid 'epidemic' and similar words near suicide: they can make suicide sound common or inevitable.");

    /// <summary>Words that may describe a method or place when they appear in the same sentence as suicide or self-harm.</summary>
    public static ImmutableArray<string> MethodWords => Rules.MethodWords;

    /// <summary>Labels that stigmatise people; quote them only in "avoid saying" phrases.</summary>
    public static ImmutableArray<string> StigmatisingLabels => Rules.StigmatisingLabels;

    internal static WordingRuleSet Set => Rules;

    /// <summary>Checks one text. Set <paramref name="quotedToAvoid"/> for "avoid saying" phrases, which may quote labels.</summary>
    public static IEnumerable<WordingHit> Check(string text, bool quotedToAvoid = false) => Rules.Check(text, quotedToAvoid);
}

/// <summary>
/// Spanish wording rules for health content, as Spanish safe-messaging guidance words them: never "cometer suicidio",
/// "suicidio consumado" or "intento fallido"; no method or place near suicide or self-harm; no stigmatising labels
/// ("loco", "los enfermos mentales"). The lists are public and documented in the README.
/// </summary>
public static class SpanishWordingRules
{
    private const string SuicideTerm =
        @"(?:suicid\w*|quit(?:ar|arse|arte|arme|ó|o|a|as|an|aron|e|en)?\s*(?:se|te|me)?\s+la\s+vida|(?:se|te|me)\s+quit\w*\s+la\s+vida|autolesi\w*|hacer(?:se|te|me)\s+daño|(?:se|te|me)\s+hac\w*\s+daño|matar(?:se|te|me)|acabar\s+con\s+(?:su|tu|mi)\s+vida)";

    private static readonly WordingRuleSet Rules = new(
        [
            (@"\bcomet(?:e|er|es|en|ió|ieron|ido|iendo|ía|ían|erá|an|a)\s+(?:un\s+)?suicidios?\b",
                "Say 'murió por suicidio' or 'se quitó la vida': 'cometer' frames suicide as a crime."),
            (@"\b(?:suicidios?|intentos?(?:\s+de\s+suicidio)?)\s+(?:exitosos?|logrados?|consumados?|fallidos?|frustrados?|fracasados?)\b",
                "Say 'intento de suicidio' or 'murió por suicidio': success and failure are the wrong frame."),
            (@"\b(?:el\s+)?suicidio\s+(?:es|era|fue|parece|parecía|sería)\s+(?:la\s+|una\s+)?(?:única\s+)?(?:solución|salida|respuesta|opción)\b",
                "Never present suicide as a solution; say that help is available and feelings can change."),
        ],
        SuicideTerm,
        @"\b(?:epidemias?|olas?|plagas?|dispar\w*)\b",
        [
            "pastilla", "pastillas", "píldora", "píldoras", "sobredosis", "arma", "armas", "pistola", "pistolas", "escopeta", "escopetas",
            "cuerda", "cuerdas", "soga", "sogas", "ahorcar", "ahorcarse", "ahorcado", "ahorcada", "ahorcamiento", "puente", "puentes",
            "saltar", "tirarse", "lanzarse", "vías del tren", "veneno", "venenos", "envenenar", "envenenarse", "cuchillo", "cuchillos",
            "navaja", "navajas", "cuchilla", "cuchillas", "cortarse", "cortes", "ahogarse", "ahogado", "ahogada", "azotea", "cornisa",
            "monóxido de carbono", "tubo de escape",
        ],
        [
            "loco", "loca", "locos", "locas", "chiflado", "chiflada", "chiflados", "demente", "dementes", "lunático", "lunática", "lunáticos",
            "psicópata", "psicópatas", "esquizo", "esquizos", "trastornado", "trastornada", "trastornados", "perturbado", "perturbada",
            "retrasado", "retrasada", "retrasados", "tarado", "tarada", "tarados", "los enfermos mentales", "las enfermas mentales",
            "enfermo mental", "enferma mental", "enfermos mentales", "majareta", "zumbado", "zumbada",
        ],
        "Leave out any method or place in text about suicide or self-harm; say 'las cosas que podría usar para hacerse daño' at most.",
        "Use person-first or neutral words, such as 'una persona con un problema de salud mental'.",
        "Avoid 'epidemia', 'ola' and similar words near suicide: they can make suicide sound common or inevitable.");

    /// <summary>Words that may describe a method or place when they appear in the same sentence as suicide or self-harm.</summary>
    public static ImmutableArray<string> MethodWords => Rules.MethodWords;

    /// <summary>Labels that stigmatise people; quote them only in "avoid saying" phrases.</summary>
    public static ImmutableArray<string> StigmatisingLabels => Rules.StigmatisingLabels;

    internal static WordingRuleSet Set => Rules;

    /// <summary>Checks one text. Set <paramref name="quotedToAvoid"/> for "avoid saying" phrases, which may quote labels.</summary>
    public static IEnumerable<WordingHit> Check(string text, bool quotedToAvoid = false) => Rules.Check(text, quotedToAvoid);
}
