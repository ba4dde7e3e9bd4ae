namespace AllyGuide.AspNetCore.Tests;

/// <summary>Edits to a served content folder, each written whole: to a file beside the folder, then moved over the old one.</summary>
internal static class ContentEdits
{
    public static string ListeningPath(string content) => Path.Combine(content, "en", "topics", "listening.yaml");

    public static void Replace(string path, string oldText, string newText)
    {
        var text = File.ReadAllText(path);
        Assert.Contains(oldText, text);
        Write(path, text.Replace(oldText, newText, StringComparison.Ordinal));
    }

    public static void Write(string path, string text)
    {
        // Outside the content folder, so the watcher never sees a half-written file or a stray temporary one.
        var temporary = Path.Combine(Path.GetTempPath(), "allyguide-aspnetcore-tests", Guid.NewGuid().ToString("N") + ".yaml");
        File.WriteAllText(temporary, text);
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Polls until <paramref name="condition"/> holds, or fails after <paramref name="seconds"/>.</summary>
    public static async Task WaitUntilAsync(Func<Task<bool>> condition, string what, int seconds = 30)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (DateTime.UtcNow < until)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"Timed out after {seconds} s waiting until {what}.");
    }
}
