using AllyGuide.Loading;

namespace AllyGuide.Tests.Infrastructure;

/// <summary>
/// The fixed date code tests check review dates against, so no test depends on the day it runs. Whether the shipped
/// content is past its review date is CI's separate "content review dates" step, against the real date.
/// </summary>
internal static class TestClock
{
    public static DateOnly Today { get; } = new(2026, 11, 24);

    public static LoadOptions Options { get; } = LoadOptions.Default with { Today = Today };
}
