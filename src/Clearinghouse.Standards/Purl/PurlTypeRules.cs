namespace Clearinghouse.Standards.Purl;

/// <summary>
/// Type-specific normalization from the registered PURL type definitions (package-url/purl-spec, <c>types/*-definition.json</c>,
/// commit 16f3d0e, 2026-08-21): which types fold the case of their namespace or name, and which rewrite the name further.
/// One explicit table; types not listed keep their components as written.
/// </summary>
internal static class PurlTypeRules
{
    // Types whose definition says the namespace is not case sensitive ("case_sensitive": false).
    private static readonly HashSet<string> LowerCaseNamespace = new(StringComparer.Ordinal)
    {
        "alpm", "apk", "bitbucket", "brew", "composer", "deb", "github", "hex", "luarocks", "qpkg", "rpm", "vscode-extension", "yocto",
    };

    // Types whose definition says the name is not case sensitive.
    private static readonly HashSet<string> LowerCaseName = new(StringComparer.Ordinal)
    {
        "alpm", "apk", "bitbucket", "bitnami", "brew", "chrome-extension", "composer", "deb", "github", "hex", "luarocks", "oci", "otp",
        "pub", "pypi", "vscode-extension",
    };

    public static string NormalizeNamespaceSegment(string type, string segment) =>
        LowerCaseNamespace.Contains(type) ? segment.ToLowerInvariant() : segment;

    public static string NormalizeName(string type, string name)
    {
        if (LowerCaseName.Contains(type))
        {
            name = name.ToLowerInvariant();
        }

        // The pypi definition's rule is "replace underscore with dash" (not the whole of PEP 503, which also folds dots):
        // the canonical purl must agree with other purl implementations, which follow the definition.
        return type == "pypi" ? name.Replace('_', '-') : name;
    }
}
