using AllyGuide.Diagnostics;

namespace AllyGuide.Validation.Lints;

/// <summary>AG0107: no topic of the default locale is past its next review date (<see cref="Loading.LoadOptions.Today"/>).</summary>
internal sealed class ReviewDateLint : IValidationRule
{
    public void Check(ValidationContext context)
    {
        var today = context.Options.EffectiveToday;
        foreach (var topic in context.Defaults.Topics.Where(t => t.NextReview < today))
        {
            context.Report(DiagnosticDescriptors.ReviewOverdue, topic, "next_review",
                $"Topic '{topic.Id}' was due for review on {topic.NextReview:yyyy-MM-dd}. Review it against its sources, then update reviewed and next_review.");
        }
    }
}
