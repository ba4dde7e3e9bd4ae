using AllyGuide.Diagnostics;
using AllyGuide.Validation.Lints;

namespace AllyGuide.Tests.Validation.Lints;

public sealed class WordingRulesTests
{
    [Theory]
    [InlineData("He committed suicide.", "committed suicide")]
    [InlineData("People who commit suicide", "commit suicide")]
    [InlineData("after a successful attempt", "successful attempt")]
    [InlineData("an unsuccessful suicide attempt", "unsuccessful suicide attempt")]
    [InlineData("They said suicide was the only way out.", "suicide was the only way out")]
    [InlineData("The suicide epidemic is growing.", "epidemic")]
    public void Unsafe_wording_is_an_error(string text, string words)
    {
        var hit = Assert.Single(WordingRules.Check(text));
        Assert.Equal(DiagnosticDescriptors.UnsafeWording, hit.Descriptor);
        Assert.Equal(words, hit.Words);
        Assert.Equal(text.IndexOf(words, StringComparison.Ordinal), hit.Index);
    }

    [Theory]
    [InlineData("She thought about suicide and had pills.", "pills")]
    [InlineData("He talked about ending his life on a bridge.", "bridge")]
    [InlineData("Thoughts of self-harm, like cutting, need care.", "cutting")]
    [InlineData("If they might hurt themselves with a weapon, call for help.", "weapon")]
    public void Method_or_place_near_suicide_warns(string text, string words)
    {
        var hit = Assert.Single(WordingRules.Check(text));
        Assert.Equal(DiagnosticDescriptors.MethodDetail, hit.Descriptor);
        Assert.Equal(words, hit.Words);
    }

    [Theory]
    [InlineData("Stop being crazy.", "crazy")]
    [InlineData("He is such a psycho.", "psycho")]
    [InlineData("Housing for the mentally ill.", "the mentally ill")]
    [InlineData("That's nuts.", "nuts")]
    public void Stigmatising_labels_warn(string text, string words)
    {
        var hit = Assert.Single(WordingRules.Check(text));
        Assert.Equal(DiagnosticDescriptors.StigmatisingLabel, hit.Descriptor);
        Assert.Equal(words, hit.Words, ignoreCase: true);
    }

    [Theory]
    [InlineData("If someone has died by suicide, their family needs support.")]
    [InlineData("After an attempt, keep checking in.")]
    [InlineData("Are you thinking about suicide?")]
    [InlineData("Put away things they could use to hurt themselves, if it is safe.")]
    [InlineData("Building a bridge of trust takes time.")]
    [InlineData("Cut back on late nights so you can rest.")]
    [InlineData("A person living with depression is not their diagnosis.")]
    [InlineData("Commit to checking in each week.")]
    public void Good_text_is_quiet(string text) => Assert.Empty(WordingRules.Check(text));

    [Fact]
    public void Avoid_saying_phrases_may_quote_a_label_but_never_unsafe_wording()
    {
        Assert.Empty(WordingRules.Check("Stop acting crazy.", quotedToAvoid: true));
        Assert.Single(WordingRules.Check("Only cowards commit suicide.", quotedToAvoid: true));
    }
}
