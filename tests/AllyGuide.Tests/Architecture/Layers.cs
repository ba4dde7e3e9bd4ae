using System.Text.RegularExpressions;

namespace AllyGuide.Tests.Architecture;

/// <summary>
/// The library's namespaces in the order data flows through them. A namespace may use only those at its own
/// step or before it; the foundations (model, diagnostics, shared text rules) use no other part of the library.
/// </summary>
internal static partial class Layers
{
    public static readonly string[][] Order =
    [
        ["AllyGuide.Model"],
        ["AllyGuide.Diagnostics"],
        ["AllyGuide.Text"],
        ["AllyGuide.Loading"],
        ["AllyGuide.Validation"],
        ["AllyGuide.Localization"],
        ["AllyGuide.Translation"],
        ["AllyGuide.Json"],
        ["AllyGuide.Rendering"],
        ["AllyGuide"],
        ["AllyGuide.Site"],
    ];

    /// <summary>The foundations: each may use nothing else of the library.</summary>
    public static readonly string[] Foundations = ["AllyGuide.Model", "AllyGuide.Diagnostics", "AllyGuide.Text"];

    /// <summary>The step of a namespace (sub-namespaces belong to their parent's step), or -1 when it is not the library's.</summary>
    public static int StepOf(string? ns)
    {
        if (ns is null)
        {
            return -1;
        }

        var best = -1;
        var bestLength = -1;
        for (var i = 0; i < Order.Length; i++)
        {
            foreach (var root in Order[i])
            {
                if ((ns == root || ns.StartsWith(root + ".", StringComparison.Ordinal)) && root.Length > bestLength)
                {
                    (best, bestLength) = (i, root.Length);
                }
            }
        }

        return best;
    }

    /// <summary>The step a namespace belongs to, by its root name.</summary>
    public static string RootOf(string ns) => Order[StepOf(ns)].Single();

    /// <summary>True when code in <paramref name="from"/> may use <paramref name="to"/>.</summary>
    public static bool Allowed(string from, string to)
    {
        var (a, b) = (StepOf(from), StepOf(to));
        if (a < 0 || b < 0 || RootOf(from) == RootOf(to))
        {
            return true;
        }

        return !Foundations.Contains(RootOf(from)) && b <= a;
    }

    /// <summary>
    /// The library namespaces a C# source file uses: its <c>using</c> directives and fully qualified names
    /// (<c>AllyGuide.Rendering.X</c>), each with its line.
    /// </summary>
    public static IEnumerable<(string Namespace, int Line)> NamespacesUsed(string source)
    {
        var lines = source.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var comment = line.IndexOf("//", StringComparison.Ordinal);
            if (comment >= 0)
            {
                line = line[..comment];
            }

            foreach (Match match in Reference().Matches(line))
            {
                var name = match.Groups["name"].Value;
                // A qualified name ends with a type; keep the namespace part a layer knows.
                while (name.Contains('.', StringComparison.Ordinal) && StepOf(name) >= 0 && !Order.SelectMany(o => o).Contains(name) && !IsKnownNamespace(name))
                {
                    name = name[..name.LastIndexOf('.')];
                }

                yield return (name, i + 1);
            }
        }
    }

    /// <summary>The backward edges in one source file of the folder for <paramref name="fileNamespace"/>.</summary>
    public static IEnumerable<string> BackwardEdges(string fileNamespace, string source) =>
        NamespacesUsed(source)
            .Where(use => StepOf(use.Namespace) >= 0 && !Allowed(fileNamespace, use.Namespace))
            .Select(use => $"line {use.Line}: {fileNamespace} uses {use.Namespace}");

    private static bool IsKnownNamespace(string name) =>
        typeof(Guide).Assembly.GetTypes().Any(t => t.Namespace == name);

    [GeneratedRegex(@"(?:^\s*(?:global\s+)?using\s+(?:static\s+)?(?<name>AllyGuide(?:\.\w+)*)\s*;)|(?<![\w.])(?<name>AllyGuide(?:\.\w+)+)")]
    private static partial Regex Reference();
}
