using AllyGuide.Model;

namespace AllyGuide.Tests.Localization;

/// <summary>The guide for one audience, built from the shipped content.</summary>
public sealed class AudienceViewTests
{
    private static readonly Guide Shipped = Guide.LoadEmbedded();

    [Theory]
    [InlineData("parent")]
    [InlineData("partner")]
    [InlineData("manager")]
    [InlineData("teacher")]
    [InlineData("friend")]
    public void A_view_holds_the_topics_for_the_audience_in_reading_order(string audience)
    {
        var view = Shipped.ForAudience(audience);

        Assert.Equal(audience, view.Audience);
        var expected = Shipped.Localize().Topics.Where(t => t.Audience.Contains(audience)).Select(t => t.Id).ToList();
        Assert.Equal(expected, view.Topics.Select(t => t.Topic.Id).ToList());
        Assert.NotEmpty(view.Topics);
        Assert.Contains(view.Topics, t => t.Topic.Id == "helping-in-a-crisis");
        Assert.All(view.Topics.SelectMany(t => t.Tips), tip => Assert.Contains(audience, tip.Audience));
    }

    [Fact]
    public void Tips_written_for_one_audience_appear_only_in_its_view()
    {
        var teachers = Shipped.ForAudience("teacher");
        var managers = Shipped.ForAudience("manager");

        var roles = Assert.Single(teachers.Topics, t => t.Topic.Id == "everyday-roles");
        var managerRoles = Assert.Single(managers.Topics, t => t.Topic.Id == "everyday-roles");
        Assert.True(roles.Tips.Length < roles.Topic.Sections.Sum(s => s.Tips.Length));
        Assert.Empty(roles.Tips.Select(t => t.Id).Intersect(managerRoles.Tips.Where(t => !t.Audience.Contains("teacher")).Select(t => t.Id)));
        Assert.Contains(teachers.Topics, t => t.Topic.Id == "talking-with-children");
        Assert.DoesNotContain(managers.Topics, t => t.Topic.Id == "talking-with-children");
    }

    [Fact]
    public void A_view_is_localized_like_the_guide()
    {
        var view = Shipped.ForAudience("parent", "es");

        Assert.Equal("es", view.Locale);
        Assert.Equal("Ayudar en una crisis", view.Topics.Single(t => t.Topic.Id == "helping-in-a-crisis").Topic.Title.Text);
    }

    [Fact]
    public void An_unknown_audience_is_refused_with_the_known_ones()
    {
        var ex = Assert.Throws<ArgumentException>(() => Shipped.ForAudience("teachers"));
        Assert.Contains("Did you mean 'teacher'?", ex.Message, StringComparison.Ordinal);
        Assert.Contains(string.Join(", ", Audiences.All), ex.Message, StringComparison.Ordinal);
    }
}
