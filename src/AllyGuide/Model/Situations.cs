using System.Collections.Immutable;

namespace AllyGuide.Model;

/// <summary>
/// The situations a tip or a phrase can be tagged with, so an app can suggest what to say next. The set is small and
/// fixed on purpose: every tag means the same thing in every topic and every locale.
/// </summary>
public static class Situations
{
    /// <summary>Bringing it up for the first time, or starting a conversation about how they are.</summary>
    public const string FirstConversation = "first-conversation";

    /// <summary>They have just told you how they feel or what is happening.</summary>
    public const string OpeningUp = "opening-up";

    /// <summary>They are angry, upset with you, or pushing you away.</summary>
    public const string TheyAreAngry = "they-are-angry";

    /// <summary>They do not want help, or say nothing is wrong.</summary>
    public const string TheyRefuseHelp = "they-refuse-help";

    /// <summary>They may be in danger now.</summary>
    public const string Crisis = "crisis";

    /// <summary>After a crisis, a relapse, a hospital stay or a bad day.</summary>
    public const string AfterASetback = "after-a-setback";

    /// <summary>Keeping in touch from day to day.</summary>
    public const string CheckingIn = "checking-in";

    /// <summary>You are not with them: messages, calls, living apart.</summary>
    public const string FromADistance = "from-a-distance";

    /// <summary>Your own limits, boundaries and support.</summary>
    public const string YourOwnLimits = "your-own-limits";

    /// <summary>Every situation tag, in the order the guide lists them.</summary>
    public static ImmutableArray<string> All { get; } =
        [FirstConversation, OpeningUp, TheyAreAngry, TheyRefuseHelp, Crisis, AfterASetback, CheckingIn, FromADistance, YourOwnLimits];
}
