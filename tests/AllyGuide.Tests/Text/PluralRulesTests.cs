using AllyGuide.Text;

namespace AllyGuide.Tests.Text;

/// <summary>CLDR plural categories: the form of an interface string a count takes in each language.</summary>
public sealed class PluralRulesTests
{
    [Theory]
    [InlineData("en", 0, "other")]
    [InlineData("en", 1, "one")]
    [InlineData("en-GB", 2, "other")]
    [InlineData("es", 1, "one")]
    [InlineData("es-MX", 11, "other")]
    [InlineData("es", 1_000_000, "many")]
    [InlineData("fr", 0, "one")]
    [InlineData("fr", 2, "other")]
    [InlineData("ar", 0, "zero")]
    [InlineData("ar", 1, "one")]
    [InlineData("ar", 2, "two")]
    [InlineData("ar", 3, "few")]
    [InlineData("ar", 10, "few")]
    [InlineData("ar", 11, "many")]
    [InlineData("ar", 99, "many")]
    [InlineData("ar", 100, "other")]
    [InlineData("ar", 102, "other")]
    [InlineData("ar", 103, "few")]
    [InlineData("ar-EG", 111, "many")]
    [InlineData("ja", 1, "other")]
    public void Category_follows_cldr(string locale, long count, string category) =>
        Assert.Equal(category, PluralRules.Category(locale, count));

    [Fact]
    public void Each_language_needs_the_forms_its_everyday_counts_use()
    {
        Assert.Equal(["one", "other"], PluralRules.Categories("en").ToArray());
        Assert.Equal(["one", "other"], PluralRules.Categories("es").ToArray());
        Assert.Equal(["zero", "one", "two", "few", "many", "other"], PluralRules.Categories("ar").ToArray());
        Assert.Equal(["other"], PluralRules.Categories("ja").ToArray());
    }

    [Fact]
    public void Only_a_category_of_a_single_number_may_leave_out_the_count()
    {
        Assert.True(PluralRules.IsExact("ar", "zero"));
        Assert.True(PluralRules.IsExact("ar", "two"));
        Assert.True(PluralRules.IsExact("en", "one"));
        Assert.False(PluralRules.IsExact("fr", "one")); // 0 and 1
        Assert.False(PluralRules.IsExact("ar", "few"));
        Assert.False(PluralRules.IsExact("es", "many")); // every exact million
    }

    [Fact]
    public void Unknown_languages_are_said_to_be_assumed()
    {
        Assert.True(PluralRules.IsKnown("ar-SA"));
        Assert.False(PluralRules.IsKnown("ru"));
        Assert.Equal("one", PluralRules.Category("ru", 1));
    }
}
