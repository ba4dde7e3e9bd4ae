using AllyGuide.Validation.Lints;

namespace AllyGuide.Tests.Validation.Lints;

/// <summary>The Spanish lints: syllables by Spanish rules, the INFLESZ score, and the safe-messaging and stigma lists.</summary>
public sealed class SpanishLintTests
{
    [Theory]
    [InlineData("sol", 1)]
    [InlineData("casa", 2)]
    [InlineData("ayuda", 3)] // a-yu-da
    [InlineData("apoyo", 3)] // a-po-yo
    [InlineData("cuidado", 3)] // cui-da-do: a diphthong is one syllable
    [InlineData("bien", 1)]
    [InlineData("miedo", 2)]
    [InlineData("teatro", 3)] // te-a-tro: two strong vowels are two
    [InlineData("país", 2)] // pa-ís: an accented i breaks the diphthong
    [InlineData("día", 2)]
    [InlineData("continúa", 4)] // con-ti-nú-a
    [InlineData("que", 1)] // the u of que is silent
    [InlineData("guerra", 2)]
    [InlineData("pingüino", 3)] // pin-güi-no: ü is spoken, as a glide
    [InlineData("buey", 1)] // a triphthong
    [InlineData("emociones", 4)]
    [InlineData("Escuchar", 3)]
    public void Syllables_follow_spanish_rules(string word, int syllables) =>
        Assert.Equal(syllables, SpanishReadability.CountSyllables(word));

    [Fact]
    public void Inflesz_follows_the_szigriszt_pazos_formula()
    {
        var score = new ReadabilityScore(100, 5, 200);
        Assert.Equal(206.835 - (62.3 * 2) - 20, SpanishReadability.Inflesz(score), precision: 10);
        Assert.Equal(0, SpanishReadability.Inflesz(ReadabilityScore.Empty));
    }

    [Fact]
    public void Plain_spanish_scores_as_easy_and_dense_spanish_as_hard()
    {
        var plain = SpanishReadability.Inflesz(SpanishReadability.Measure("No estás solo. Estoy aquí. Podemos hablar cuando quieras."));
        var dense = SpanishReadability.Inflesz(SpanishReadability.Measure(
            "La intervención multidisciplinaria especializada constituye la alternativa terapéutica fundamental, considerando simultáneamente las características sociodemográficas."));

        Assert.True(plain >= SpanishReadability.MinScore, $"plain scored {plain:0.0}");
        Assert.True(dense < 40, $"dense scored {dense:0.0}");
        Assert.Equal("muy difícil", SpanishReadability.Band(dense));
    }

    [Fact]
    public void Spanish_quotation_marks_and_inverted_marks_do_not_change_the_sentence_count()
    {
        Assert.Equal(2, SpanishReadability.Measure("¿Cómo estás? «Estoy aquí.»").Sentences);
        Assert.Equal(1, SpanishReadability.Measure("Tómate tu tiempo").Sentences);
    }

    [Theory]
    [InlineData("Su tío cometió suicidio el año pasado.", "cometió suicidio")]
    [InlineData("Las personas que cometen suicidio", "cometen suicidio")]
    [InlineData("tras un suicidio consumado", "suicidio consumado")]
    [InlineData("Fue un suicidio exitoso.", "suicidio exitoso")]
    [InlineData("Después de un intento fallido, necesita apoyo.", "intento fallido")]
    [InlineData("Pensó que el suicidio era la única salida.", "el suicidio era la única salida")]
    [InlineData("Hay una epidemia de suicidios.", "epidemia")]
    public void Unsafe_spanish_wording_is_an_error(string text, string words)
    {
        var hit = Assert.Single(SpanishWordingRules.Check(text));
        Assert.Equal("AG0103", hit.Descriptor.Code);
        Assert.Equal(words, hit.Words, ignoreCase: true);
    }

    [Theory]
    [InlineData("Hablaba del suicidio y tenía pastillas en casa.", "pastillas")]
    [InlineData("Dijo que quería quitarse la vida desde un puente.", "puente")]
    [InlineData("Si piensa en hacerse daño con un cuchillo, pide ayuda.", "cuchillo")]
    public void A_method_or_place_near_suicide_warns_in_spanish(string text, string words)
    {
        var hit = Assert.Single(SpanishWordingRules.Check(text));
        Assert.Equal("AG0104", hit.Descriptor.Code);
        Assert.Equal(words, hit.Words, ignoreCase: true);
    }

    [Theory]
    [InlineData("No le hagas caso, está loco.", "loco")]
    [InlineData("Un centro para los enfermos mentales.", "los enfermos mentales")]
    [InlineData("Es un psicópata.", "psicópata")]
    public void Stigmatising_spanish_labels_warn(string text, string words)
    {
        var hit = Assert.Single(SpanishWordingRules.Check(text));
        Assert.Equal("AG0105", hit.Descriptor.Code);
        Assert.Equal(words, hit.Words, ignoreCase: true);
    }

    [Theory]
    [InlineData("Si alguien ha muerto por suicidio, su familia necesita apoyo.")]
    [InlineData("Después de un intento de suicidio, sigue en contacto.")]
    [InlineData("¿Estás pensando en el suicidio?")]
    [InlineData("Construir un puente de confianza lleva tiempo.")]
    [InlineData("Una persona con depresión no es su diagnóstico.")]
    [InlineData("Me comprometo a llamarte cada semana.")]
    [InlineData("Guarda las cosas que podría usar para hacerse daño, si es seguro.")]
    public void Safe_spanish_text_is_quiet(string text) => Assert.Empty(SpanishWordingRules.Check(text));

    [Fact]
    public void Avoid_saying_phrases_may_quote_a_label_but_never_unsafe_wording()
    {
        Assert.Empty(SpanishWordingRules.Check("Estás loco.", quotedToAvoid: true));
        Assert.Single(SpanishWordingRules.Check("Lo cometió suicidio.", quotedToAvoid: true));
    }
}
