using System.Text;

namespace AllyGuide.Text;

/// <summary>A piece of an interface string's pattern: literal text, or a placeholder such as <c>{number}</c>.</summary>
/// <param name="Text">The literal text, or the placeholder's name.</param>
/// <param name="IsPlaceholder">True for a placeholder.</param>
internal readonly record struct PatternPart(string Text, bool IsPlaceholder);

/// <summary>
/// The placeholders of interface strings: <c>{name}</c>, where the name is lowercase letters, digits and underscores.
/// Any other brace is text. Validation checks them and renderers fill them in, by the same reading.
/// </summary>
internal static class UiPattern
{
    /// <summary>The placeholders a pattern holds, in order.</summary>
    public static IEnumerable<string> Placeholders(string pattern) => Split(pattern).Where(p => p.IsPlaceholder).Select(p => p.Text);

    /// <summary>Splits a pattern into literal text and placeholders.</summary>
    public static IEnumerable<PatternPart> Split(string pattern)
    {
        var literal = new StringBuilder();
        var i = 0;
        while (i < pattern.Length)
        {
            var end = pattern[i] == '{' ? pattern.IndexOf('}', i + 1) : -1;
            if (end > i + 1 && IsName(pattern.AsSpan(i + 1, end - i - 1)))
            {
                if (literal.Length > 0)
                {
                    yield return new PatternPart(literal.ToString(), false);
                    literal.Clear();
                }

                yield return new PatternPart(pattern[(i + 1)..end], true);
                i = end + 1;
            }
            else
            {
                literal.Append(pattern[i++]);
            }
        }

        if (literal.Length > 0)
        {
            yield return new PatternPart(literal.ToString(), false);
        }
    }

    private static bool IsName(ReadOnlySpan<char> name)
    {
        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return true;
    }
}
