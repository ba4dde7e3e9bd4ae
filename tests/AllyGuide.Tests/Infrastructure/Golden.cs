namespace AllyGuide.Tests.Infrastructure;

/// <summary>
/// Golden-file snapshots for what users see. A missing or different snapshot fails and leaves a
/// <c>.received</c> file beside it to diff; set ALLYGUIDE_UPDATE_SNAPSHOTS=1 to accept the new output.
/// </summary>
internal static class Golden
{
    public static bool Updating => Environment.GetEnvironmentVariable("ALLYGUIDE_UPDATE_SNAPSHOTS") == "1";

    public static void Match(string actual, string path)
    {
        actual = actual.ReplaceLineEndings("\n");
        var received = ReceivedPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (Updating)
        {
            File.WriteAllText(path, actual);
            File.Delete(received);
            return;
        }

        if (!File.Exists(path))
        {
            File.WriteAllText(received, actual);
            Assert.Fail($"No snapshot at {path}. Review {received}, then run the tests with ALLYGUIDE_UPDATE_SNAPSHOTS=1 to accept it.");
        }

        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual);
        Assert.Fail($"Output differs from {path}{Environment.NewLine}{FirstDifference(expected, actual)}{Environment.NewLine}"
            + $"Diff it with: diff {path} {received}. If the change is intended, run with ALLYGUIDE_UPDATE_SNAPSHOTS=1.");
    }

    private static string ReceivedPath(string path)
    {
        var extension = Path.GetExtension(path);
        return Path.ChangeExtension(path, ".received" + extension);
    }

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var left = i < e.Length ? e[i] : "<end of file>";
            var right = i < a.Length ? a[i] : "<end of file>";
            if (left != right)
            {
                return $"First difference at line {i + 1}:{Environment.NewLine}- {left}{Environment.NewLine}+ {right}";
            }
        }

        return "The files differ only in line endings.";
    }
}
