using System.Collections.Immutable;

namespace AllyGuide.Site;

/// <summary>How a published site compares with the manifest its build wrote (<see cref="GuideSite.Verify"/>).</summary>
public sealed class SiteVerification
{
    internal SiteVerification(int @checked, ImmutableArray<string> missing, ImmutableArray<string> changed, ImmutableArray<string> extra)
    {
        Checked = @checked;
        Missing = missing;
        Changed = changed;
        Extra = extra;
    }

    /// <summary>How many files the manifest lists.</summary>
    public int Checked { get; }

    /// <summary>Files the manifest lists that are not in the folder.</summary>
    public ImmutableArray<string> Missing { get; }

    /// <summary>Files whose SHA-256 differs from the manifest's.</summary>
    public ImmutableArray<string> Changed { get; }

    /// <summary>Files in the folder that the manifest does not list (a person's own files, or files added on the way).</summary>
    public ImmutableArray<string> Extra { get; }

    /// <summary>True when every listed file is there, unchanged, and nothing else is.</summary>
    public bool IsIntact => Missing.IsEmpty && Changed.IsEmpty && Extra.IsEmpty;
}
