using AllyGuide.Diagnostics;
using AllyGuide.Tests.Infrastructure;

namespace AllyGuide.Tests.Validation;

/// <summary>
/// Each folder under Fixtures/Invalid is named after the code it must produce. Its validation output is
/// snapshot-tested in expected.txt beside it.
/// </summary>
public sealed class DiagnosticFixtureTests
{
    private static string InvalidFolder => Path.Combine(TestPaths.Fixtures, "Invalid");

    public static TheoryData<string> Fixtures()
    {
        var data = new TheoryData<string>();
        foreach (var folder in Directory.EnumerateDirectories(InvalidFolder).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(folder));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fixture_reports_its_code_with_a_location_and_matches_the_snapshot(string name)
    {
        var folder = Path.Combine(InvalidFolder, name);
        using var fixture = new ContentFixture(folder);

        var diagnostics = Guide.Validate(fixture.Source, fixture.Options);

        var code = name[..6];
        var hits = diagnostics.Where(d => d.Code == code).ToList();
        Assert.NotEmpty(hits);
        Assert.All(hits, d =>
        {
            Assert.Equal(DiagnosticDescriptors.All.Single(x => x.Code == code).Severity, d.Severity);
            Assert.StartsWith(fixture.Root, d.FilePath, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(d.Message));
        });
        Golden.Match(fixture.Format(diagnostics), Path.Combine(folder, "expected.txt"));
    }

    [Fact]
    public void Every_diagnostic_code_has_a_fixture()
    {
        var fixtures = Directory.EnumerateDirectories(InvalidFolder).Select(d => Path.GetFileName(d)[..6]).ToHashSet();
        var missing = DiagnosticDescriptors.All.Select(d => d.Code).Where(code => !fixtures.Contains(code)).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void Diagnostic_codes_are_unique_and_well_formed()
    {
        var codes = DiagnosticDescriptors.All.Select(d => d.Code).ToList();
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.All(codes, code => Assert.Matches("^AG[0-9]{4}$", code));
    }

    [Fact]
    public void Every_diagnostic_code_is_documented_in_the_readme()
    {
        var readme = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "README.md"));
        foreach (var descriptor in DiagnosticDescriptors.All)
        {
            var severity = descriptor.Severity.ToString().ToLowerInvariant();
            Assert.Contains($"| {descriptor.Code} | {severity} |", readme, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_minimal_fixture_is_valid()
    {
        using var fixture = new ContentFixture();
        Assert.Empty(Guide.Validate(fixture.Source, fixture.Options));
    }
}
