namespace AllyGuide.Cli.Tests;

public sealed class HelpAndArgumentTests
{
    [Theory]
    [InlineData("--help")]
    [InlineData("build", "--help")]
    [InlineData("validate", "--help")]
    [InlineData("render", "--help")]
    [InlineData("serve", "--help")]
    public void Every_command_has_help(params string[] args)
    {
        using var temp = new TempFolder();
        var result = CliRunner.Run(temp.Path, args);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Usage:", result.Stdout, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(temp.Path));
    }

    [Fact]
    public void Root_help_lists_the_commands()
    {
        using var temp = new TempFolder();
        var result = CliRunner.Run(temp.Path, "--help");
        foreach (var command in new[] { "build", "serve", "validate", "render" })
        {
            Assert.Contains(command, result.Stdout, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("build", "--nonsense")]
    [InlineData("render")]
    [InlineData("render", "listening", "--format", "pdf")]
    [InlineData("validate", "--content")]
    [InlineData("serve", "--port", "70000")]
    [InlineData("serve", "--port", "-1")]
    [InlineData("serve", "--port", "web")]
    public void Bad_arguments_exit_2_with_a_clear_message(params string[] args)
    {
        using var temp = new TempFolder();
        var result = CliRunner.Run(temp.Path, args);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("allyguide: ", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("allyguide --help", result.Stderr, StringComparison.Ordinal);
        result.AssertNoCrash();
    }

    [Fact]
    public void An_unknown_command_is_one_message_that_lists_the_commands()
    {
        using var temp = new TempFolder();
        var result = CliRunner.Run(temp.Path, "frobnicate");

        Assert.Equal(2, result.ExitCode);
        var lines = result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("allyguide: 'frobnicate' is not a command. Commands: build, serve, verify, validate, render, phrases, status, new-locale, sync, export, import.", lines[0], StringComparison.Ordinal);
        Assert.Equal("Run 'allyguide --help' for usage.", lines[1]);
    }

    [Fact]
    public void A_missing_content_folder_exits_2()
    {
        using var temp = new TempFolder();
        var result = CliRunner.Run(temp.Path, "validate", "--content", "no-such-folder");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'no-such-folder' does not exist", result.Stderr, StringComparison.Ordinal);
        result.AssertNoCrash();
    }
}
