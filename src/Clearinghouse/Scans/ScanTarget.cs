using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;
using Clearinghouse.Contracts.Scans;
using Clearinghouse.Scans.Indexes;
using Clearinghouse.Standards.Purl;

namespace Clearinghouse.Scans;

/// <summary>
/// A target or an asset, read from its text: an address or CIDR range, a domain, a repository URL (or a whole account),
/// a package URL or a package namespace (<c>pkg:npm/@acme/*</c>). Its key places it in a hierarchy so that overlap is
/// containment either way: a /16 and a /24 inside it, <c>example.org</c> and <c>www.example.org</c>, a namespace and its packages.
/// </summary>
public sealed partial record ScanTarget
{
    private ScanTarget(ScanTargetKind kind, string text, NetworkPrefix? network, NamePath? name, string? version)
    {
        Kind = kind;
        Text = text;
        Network = network;
        Name = name;
        Version = version;
    }

    public ScanTargetKind Kind { get; }

    /// <summary>The normalized text, without version or commit.</summary>
    public string Text { get; }

    public NetworkPrefix? Network { get; }

    public NamePath? Name { get; }

    /// <summary>A package's version or a repository's commit, when the text gave one.</summary>
    public string? Version { get; }

    /// <summary>Reads a target. Versions and commits are allowed only when <paramref name="allowVersion"/> (campaign targets, not assets).</summary>
    public static bool TryParse(string? text, bool allowVersion, [NotNullWhen(true)] out ScanTarget? target, [NotNullWhen(false)] out string? error)
    {
        target = null;
        text = text?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            error = "A target is required.";
            return false;
        }

        if (text.StartsWith("pkg:", StringComparison.OrdinalIgnoreCase))
        {
            return TryPackage(text, allowVersion, out target, out error);
        }

        if (text.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        {
            return TryRepository(text, allowVersion, out target, out error);
        }

        if (NetworkPrefix.TryParse(text, out var prefix, out var networkError))
        {
            target = new ScanTarget(ScanTargetKind.Network, prefix.Value.ToString(), prefix, null, null);
            error = null;
            return true;
        }

        if (AddressLike().IsMatch(text))
        {
            error = networkError!;
            return false;
        }

        return TryDomain(text, out target, out error);
    }

    public static ScanTarget Parse(string text, bool allowVersion = true) =>
        TryParse(text, allowVersion, out var target, out var error) ? target : throw new FormatException(error);

    /// <summary>True when this target is <paramref name="other"/> or contains it.</summary>
    public bool Covers(ScanTarget other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Network is { } a ? other.Network is { } b && a.Covers(b) : other.Name is { } n && Name!.Value.Covers(n);
    }

    public bool Overlaps(ScanTarget other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Covers(other) || other.Covers(this);
    }

    /// <summary>The text with its version or commit, as a campaign named it.</summary>
    public override string ToString() => Version is null ? Text : Text + "@" + Version;

    /// <summary>The text of the package target a purl names, without its version: <c>pkg:npm/@acme/tool</c>.</summary>
    public static string PackageText(PackageUrl purl)
    {
        ArgumentNullException.ThrowIfNull(purl);
        return "pkg:" + purl.Type + "/" + (purl.Namespace is null ? "" : purl.Namespace + "/") + purl.Name;
    }

    private static bool TryPackage(string text, bool allowVersion, out ScanTarget? target, out string? error)
    {
        target = null;
        if (text.EndsWith("/*", StringComparison.Ordinal))
        {
            // A namespace: parse it with a placeholder name so that the type's own namespace rules apply.
            if (!PackageUrl.TryParse(text[..^2] + "/placeholder", out var holder, out var purlError) || holder.Namespace is null)
            {
                error = holder is null ? $"Not a package namespace: {purlError}" : "A namespace wildcard needs a namespace: pkg:npm/@acme/*, pkg:maven/org.acme/*.";
                return false;
            }

            var space = holder.Type + "/" + holder.Namespace;
            target = new ScanTarget(ScanTargetKind.Package, "pkg:" + space + "/*", null, new NamePath("pkg:" + space + "/"), null);
            error = null;
            return true;
        }

        if (!PackageUrl.TryParse(text, out var purl, out var parseError))
        {
            error = $"Not a package URL: {parseError}";
            return false;
        }

        if (purl.Version is not null && !allowVersion)
        {
            error = "An asset is a package or a namespace, without a version.";
            return false;
        }

        var package = PackageText(purl);
        target = new ScanTarget(ScanTargetKind.Package, package, null, new NamePath(package + "/"), purl.Version);
        error = null;
        return true;
    }

    private static bool TryRepository(string text, bool allowVersion, out ScanTarget? target, out string? error)
    {
        target = null;
        string? commit = null;
        var at = text.LastIndexOf('@');
        if (at > text.IndexOf("://", StringComparison.Ordinal) + 3 && Commit().IsMatch(text[(at + 1)..]) && text.IndexOf('/', 8) < at)
        {
            commit = text[(at + 1)..].ToLowerInvariant();
            text = text[..at];
        }

        if (commit is not null && !allowVersion)
        {
            error = "An asset is a repository, without a commit.";
            return false;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Query.Length > 0 || uri.Fragment.Length > 0 || !string.IsNullOrEmpty(uri.UserInfo))
        {
            error = "A repository is an http(s) URL such as https://github.com/acme/app (or https://github.com/acme for an account).";
            return false;
        }

        var host = uri.IdnHost.ToLowerInvariant();
        var path = uri.AbsolutePath.TrimEnd('/');
        path = path.EndsWith(".git", StringComparison.OrdinalIgnoreCase) ? path[..^4] : path;

        // The big forges treat owner and repository names case-insensitively, as FindingRules does.
        path = host is "github.com" or "gitlab.com" or "bitbucket.org" or "codeberg.org" ? path.ToLowerInvariant() : path;
        if (path.Length == 0)
        {
            error = "A repository URL names a repository or an account, not only a host.";
            return false;
        }

        target = new ScanTarget(ScanTargetKind.Repository, "https://" + host + path, null, new NamePath("repo:" + host + path + "/"), commit);
        error = null;
        return true;
    }

    private static bool TryDomain(string text, out ScanTarget? target, out string? error)
    {
        target = null;
        var name = text.TrimEnd('.');
        name = name.StartsWith("*.", StringComparison.Ordinal) ? name[2..] : name;
        try
        {
            name = new IdnMapping().GetAscii(name).ToLowerInvariant();
        }
        catch (ArgumentException)
        {
            name = "";
        }

        var labels = name.Split('.');
        if (labels.Length < 2 || name.Length > 253 || !labels.All(l => DomainLabel().IsMatch(l)))
        {
            error = $"'{text}' is not an address, CIDR range, domain name (two labels or more), repository URL or package URL.";
            return false;
        }

        target = new ScanTarget(ScanTargetKind.Domain, name, null, new NamePath("dns:" + string.Join('.', labels.Reverse()) + "."), null);
        error = null;
        return true;
    }

    [GeneratedRegex("^([0-9.]+|[0-9a-fA-F.]*:[0-9a-fA-F:.]*)(/.*)?$")]
    private static partial Regex AddressLike();

    [GeneratedRegex("^[0-9a-f]{7,64}$", RegexOptions.IgnoreCase)]
    private static partial Regex Commit();

    [GeneratedRegex("^(?!-)[a-z0-9_-]{1,63}(?<!-)$")]
    private static partial Regex DomainLabel();
}
