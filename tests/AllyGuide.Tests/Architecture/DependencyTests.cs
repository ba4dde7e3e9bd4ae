using AllyGuide.Tests.Infrastructure;
using NetArchTest.Rules;

namespace AllyGuide.Tests.Architecture;

/// <summary>Data flows forward only: Load, Validate, Localize, Render, Site, over a model that depends on nothing.</summary>
public sealed class DependencyTests
{
    private static readonly System.Reflection.Assembly Library = typeof(Guide).Assembly;

    public static TheoryData<string> Steps()
    {
        var data = new TheoryData<string>();
        foreach (var step in Layers.Order.SelectMany(s => s))
        {
            data.Add(step);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Steps))]
    public void Compiled_code_uses_no_later_step(string step)
    {
        var forbidden = Layers.Order.SelectMany(s => s).Where(other => !Layers.Allowed(step, other)).ToList();
        Assert.Contains(Library.GetTypes(), t => t.Namespace is { } ns && Layers.StepOf(ns) >= 0 && Layers.RootOf(ns) == step);
        if (forbidden.Count == 0)
        {
            return;
        }

        // The front door's namespace is a prefix of every other one, so name its types one by one.
        var targets = forbidden.SelectMany(ns => ns == "AllyGuide"
            ? Library.GetTypes().Where(t => t.Namespace == "AllyGuide").Select(t => t.FullName!)
            : [ns]).ToArray();
        var types = Types.InAssembly(Library).That().ResideInNamespaceMatching("^" + System.Text.RegularExpressions.Regex.Escape(step) + @"(\..*)?$");
        if (step == "AllyGuide")
        {
            types = Types.InAssembly(Library).That().ResideInNamespaceMatching("^AllyGuide$");
        }

        var result = types.ShouldNot().HaveDependencyOnAny(targets).GetResult();
        Assert.True(result.IsSuccessful, $"{step} depends on a later step: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Fact]
    public void The_model_depends_on_nothing_of_the_library()
    {
        var others = Library.GetTypes().Select(t => t.Namespace).OfType<string>().Distinct()
            .Where(ns => ns != "AllyGuide.Model" && ns.StartsWith("AllyGuide.", StringComparison.Ordinal)).ToArray();
        var result = Types.InAssembly(Library).That().ResideInNamespace("AllyGuide.Model")
            .ShouldNot().HaveDependencyOnAny([.. others, .. Library.GetTypes().Where(t => t.Namespace == "AllyGuide").Select(t => t.FullName!)])
            .GetResult();
        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void Every_namespace_of_the_library_has_a_step()
    {
        var unplaced = Library.GetTypes().Select(t => t.Namespace).OfType<string>().Distinct()
            .Where(ns => ns.StartsWith("AllyGuide", StringComparison.Ordinal) && Layers.StepOf(ns) < 0);
        Assert.Empty(unplaced);
    }

    [Fact]
    public void Source_files_use_no_later_step()
    {
        var root = Path.Combine(TestPaths.RepositoryRoot, "src", "AllyGuide");
        var problems = new List<string>();
        var files = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            var declared = System.Text.RegularExpressions.Regex.Match(text, @"^namespace\s+([\w.]+)\s*;", System.Text.RegularExpressions.RegexOptions.Multiline).Groups[1].Value;
            problems.AddRange(Layers.BackwardEdges(declared, text).Select(p => $"{Path.GetRelativePath(root, file)} {p}"));
        }

        Assert.True(files.Count > 40, $"Only {files.Count} files found under {root}");
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Each_folder_holds_its_own_namespace()
    {
        var root = Path.Combine(TestPaths.RepositoryRoot, "src", "AllyGuide");
        foreach (var file in Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories).Where(f => !f.Contains("obj", StringComparison.Ordinal) && !f.Contains("bin", StringComparison.Ordinal)))
        {
            var relative = Path.GetDirectoryName(Path.GetRelativePath(root, file))!;
            var expected = relative.Length == 0 ? "AllyGuide" : "AllyGuide." + relative.Replace(Path.DirectorySeparatorChar, '.');
            Assert.Contains($"namespace {expected};", File.ReadAllText(file), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("AllyGuide.Model", "using AllyGuide.Rendering;\n", true)]
    [InlineData("AllyGuide.Loading", "var x = AllyGuide.Validation.Rules.IdRule.IsValidId(id);", true)]
    [InlineData("AllyGuide.Rendering", "using AllyGuide.Site;", true)]
    [InlineData("AllyGuide.Text", "using AllyGuide.Model;", true)]
    [InlineData("AllyGuide.Rendering", "using AllyGuide.Loading;\nusing AllyGuide.Json;", false)]
    [InlineData("AllyGuide.Site", "using AllyGuide;\nusing AllyGuide.Rendering;", false)]
    [InlineData("AllyGuide.Model", "// using AllyGuide.Rendering; in a comment", false)]
    public void The_source_check_flags_a_backward_using(string fileNamespace, string source, bool flagged)
    {
        Assert.Equal(flagged, Layers.BackwardEdges(fileNamespace, source).Any());
    }
}
