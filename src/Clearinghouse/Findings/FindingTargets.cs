using Clearinghouse.Contracts.Findings;
using Clearinghouse.Standards.Purl;

namespace Clearinghouse.Findings;

/// <summary>
/// Reads a target as a person writes it on a command line or in a query string: a purl with version
/// (<c>pkg:npm/x@1.2.3</c>), a repository URL (with a commit given apart), or else a product name.
/// </summary>
public static class FindingTargets
{
    /// <summary>Null when <paramref name="target"/> was made; otherwise why not.</summary>
    public static string? Parse(string? text, string? commit, out FindingTarget? target)
    {
        target = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return "Name what was scanned: a purl with version (pkg:npm/x@1.2.3), a repository URL, or a product.";
        }

        text = text.Trim();
        if (text.StartsWith("pkg:", StringComparison.Ordinal))
        {
            if (!PackageUrl.TryParse(text, out var purl, out var error))
            {
                return $"Not a package URL: at position {error.Position}: {error.Reason}.";
            }

            if (purl.Version is null)
            {
                return "The package URL needs the version that was scanned: pkg:TYPE/NAME@VERSION.";
            }

            target = new FindingTarget { Purl = purl.ToString() };
            return commit is null ? null : "A commit goes with a repository target, not a package.";
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
        {
            target = new FindingTarget { Repository = text, Commit = commit };
            return null;
        }

        target = new FindingTarget { Product = text };
        return commit is null ? null : "A commit goes with a repository target, not a product.";
    }
}
