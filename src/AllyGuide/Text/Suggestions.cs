namespace AllyGuide.Text;

/// <summary>"Did you mean" suggestions for keys, ids and template names.</summary>
internal static class Suggestions
{
    /// <summary>The candidate closest to <paramref name="key"/>, when it is close enough to be a likely typo.</summary>
    public static string? Suggest(string key, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(key.ToLowerInvariant(), candidate);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best is not null && bestDistance <= Math.Max(2, best.Length / 3) ? best : null;
    }

    /// <summary>"There is no topic 'x'. Did you mean 'y'? Known: a, b." for a value a caller asked for that does not exist.</summary>
    public static string Unknown(string what, string value, IReadOnlyCollection<string> known) =>
        $"There is no {what} '{value}'.{DidYouMean(value, known)} Known: {string.Join(", ", known)}.";

    /// <summary>" Did you mean 'x'?" with a leading space, or nothing.</summary>
    public static string DidYouMean(string key, IEnumerable<string> candidates) =>
        Suggest(key, candidates) is { } suggestion ? $" Did you mean '{suggestion}'?" : "";

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
