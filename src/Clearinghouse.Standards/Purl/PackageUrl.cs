using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Clearinghouse.Standards.Purl;

/// <summary>
/// A Package URL (purl, ECMA-427; package-url/purl-spec): <c>pkg:type/namespace/name@version?qualifiers#subpath</c>.
/// Components are held decoded and normalized (type lower case, type-specific case folding, qualifier keys lower case,
/// empty qualifier values and empty, <c>.</c> and <c>..</c> subpath segments dropped); <see cref="ToString"/> is the
/// canonical form, so two purls are equal when their canonical forms are.
/// </summary>
public sealed class PackageUrl : IEquatable<PackageUrl>
{
    private readonly string canonical;

    private PackageUrl(string type, string? @namespace, string name, string? version, SortedDictionary<string, string> qualifiers, string? subpath)
    {
        Type = type;
        Namespace = @namespace;
        Name = name;
        Version = version;
        // Read-only over the sorted map, so the canonical form computed below cannot go stale.
        Qualifiers = new ReadOnlyDictionary<string, string>(qualifiers);
        Subpath = subpath;
        canonical = Build();
    }

    /// <summary>The package type, lower case: <c>npm</c>, <c>maven</c>.</summary>
    public string Type { get; }

    /// <summary>The decoded namespace, segments joined by <c>/</c> (<c>@angular</c>, <c>org.apache.commons</c>); null when absent.</summary>
    public string? Namespace { get; }

    /// <summary>The decoded, normalized name.</summary>
    public string Name { get; }

    /// <summary>The decoded version, an opaque string; null when absent.</summary>
    public string? Version { get; }

    /// <summary>The qualifiers, keys lower case and sorted, values decoded and never empty.</summary>
    public IReadOnlyDictionary<string, string> Qualifiers { get; }

    /// <summary>The decoded subpath, segments joined by <c>/</c>; null when absent.</summary>
    public string? Subpath { get; }

    /// <summary>Parses a purl string; on failure says where and why. Never throws.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out PackageUrl? purl, out PurlError error)
    {
        purl = null;
        if (string.IsNullOrEmpty(text))
        {
            error = new PurlError(0, "a purl cannot be empty");
            return false;
        }

        // Right to left, as the specification's "How to parse" does: subpath, qualifiers, then the path.
        var end = text.Length;
        string? subpath = null;
        var hash = text.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0)
        {
            if (!TryDecodeSegments(text, hash + 1, end, dropDots: true, out var segments, out error))
            {
                return false;
            }

            subpath = segments.Count == 0 ? null : string.Join('/', segments);
            end = hash;
        }

        var qualifiers = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var question = text.IndexOf('?', 0, end);
        if (question >= 0)
        {
            if (!TryParseQualifiers(text, question + 1, end, qualifiers, out error))
            {
                return false;
            }

            end = question;
        }

        var colon = text.IndexOf(':', 0, end);
        if (colon < 0 || !text.AsSpan(0, colon).Equals("pkg", StringComparison.OrdinalIgnoreCase))
        {
            error = new PurlError(0, "a purl starts with the scheme 'pkg:'");
            return false;
        }

        var start = colon + 1;
        while (start < end && text[start] == '/')
        {
            start++;
        }

        var slash = text.IndexOf('/', start, end - start);
        var typeEnd = slash < 0 ? end : slash;
        var type = text[start..typeEnd];
        if (!IsValidType(type, out var typeReason))
        {
            error = new PurlError(start, typeReason);
            return false;
        }

        type = type.ToLowerInvariant();
        if (slash < 0)
        {
            error = new PurlError(end, "a purl needs a name after the type");
            return false;
        }

        start = slash + 1;

        // The version separator is the last '@' after the last '/': an unencoded '@' in an npm scope is not one.
        string? version = null;
        var lastSlash = text.LastIndexOf('/', end - 1, end - start);
        var at = text.IndexOf('@', lastSlash + 1, end - lastSlash - 1);
        if (at >= 0)
        {
            at = text.LastIndexOf('@', end - 1, end - at);
            if (!PurlEncoding.TryDecode(text, at + 1, end - at - 1, out var decodedVersion, out error))
            {
                return false;
            }

            version = decodedVersion.Length == 0 ? null : decodedVersion;
            end = at;
        }

        while (end > start && text[end - 1] == '/')
        {
            end--;
        }

        var nameStart = text.LastIndexOf('/', end - 1, end - start) + 1;
        if (nameStart < start)
        {
            nameStart = start;
        }

        if (!PurlEncoding.TryDecode(text, nameStart, end - nameStart, out var name, out error))
        {
            return false;
        }

        if (name.Length == 0)
        {
            error = new PurlError(nameStart, "a purl needs a name");
            return false;
        }

        if (!TryDecodeSegments(text, start, Math.Max(start, nameStart - 1), dropDots: false, out var namespaceSegments, out error))
        {
            return false;
        }

        purl = Create(type, namespaceSegments, name, version, qualifiers, subpath);
        return true;
    }

    /// <summary>Parses a purl string.</summary>
    /// <exception cref="FormatException">The text is not a purl; the message says where and why.</exception>
    public static PackageUrl Parse(string text) =>
        TryParse(text, out var purl, out var error) ? purl : throw new FormatException($"'{text}' is not a Package URL: {error}");

    /// <summary>
    /// Builds a purl from decoded components, applying the same normalization as parsing. Namespace and subpath may contain
    /// <c>/</c>; leading, trailing and empty segments are dropped. Never throws.
    /// </summary>
    public static bool TryCreate(
        string? type,
        string? @namespace,
        string? name,
        string? version,
        IEnumerable<KeyValuePair<string, string>>? qualifiers,
        string? subpath,
        [NotNullWhen(true)] out PackageUrl? purl,
        out PurlError error)
    {
        purl = null;
        if (!IsValidType(type ?? string.Empty, out var typeReason))
        {
            error = new PurlError(0, typeReason);
            return false;
        }

        if (string.IsNullOrEmpty(name))
        {
            error = new PurlError(0, "a purl needs a name");
            return false;
        }

        var sorted = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in qualifiers ?? [])
        {
            var lower = key.ToLowerInvariant();
            if (!IsValidKey(lower))
            {
                error = new PurlError(0, $"'{key}' is not a qualifier key: ASCII letters, digits, '.', '-' and '_', starting with a letter");
                return false;
            }

            if (!string.IsNullOrEmpty(value) && !sorted.TryAdd(lower, value))
            {
                error = new PurlError(0, $"the qualifier key '{lower}' appears twice");
                return false;
            }
        }

        var subpathSegments = (subpath ?? string.Empty).Split('/').Where(s => s.Length > 0 && s != "." && s != "..").ToList();
        var namespaceSegments = (@namespace ?? string.Empty).Split('/').Where(s => s.Length > 0).ToList();
        purl = Create(
            type!.ToLowerInvariant(),
            namespaceSegments,
            name.Trim('/'),
            string.IsNullOrEmpty(version) ? null : version,
            sorted,
            subpathSegments.Count == 0 ? null : string.Join('/', subpathSegments));
        error = default;
        return true;
    }

    /// <summary>The value of a qualifier, or null when it is absent.</summary>
    public string? Qualifier(string key) => Qualifiers.TryGetValue(key, out var value) ? value : null;

    /// <summary>The canonical form: <c>pkg:npm/%40angular/animation@12.3.1</c>.</summary>
    public override string ToString() => canonical;

    /// <inheritdoc/>
    public bool Equals(PackageUrl? other) => other is not null && string.Equals(canonical, other.canonical, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as PackageUrl);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(canonical);

    private static PackageUrl Create(
        string type, List<string> namespaceSegments, string name, string? version, SortedDictionary<string, string> qualifiers, string? subpath)
    {
        var @namespace = namespaceSegments.Count == 0
            ? null
            : string.Join('/', namespaceSegments.Select(s => PurlTypeRules.NormalizeNamespaceSegment(type, s)));
        return new PackageUrl(type, @namespace, PurlTypeRules.NormalizeName(type, name), version, qualifiers, subpath);
    }

    private static bool IsValidType(string type, out string reason)
    {
        reason = string.Empty;
        if (type.Length == 0)
        {
            reason = "a purl needs a type";
        }
        else if (!char.IsAsciiLetter(type[0]))
        {
            reason = "the type must start with an ASCII letter";
        }
        else if (!type.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-'))
        {
            reason = $"the type '{type}' may contain only ASCII letters, digits, '.' and '-'";
        }

        return reason.Length == 0;
    }

    private static bool IsValidKey(string key) =>
        key.Length > 0 && char.IsAsciiLetterLower(key[0]) && key.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '.' or '-' or '_');

    private static bool TryParseQualifiers(string text, int start, int end, SortedDictionary<string, string> qualifiers, out PurlError error)
    {
        var position = start;
        while (position <= end)
        {
            var amp = text.IndexOf('&', position, end - position);
            var pairEnd = amp < 0 ? end : amp;
            if (pairEnd > position)
            {
                var equals = text.IndexOf('=', position, pairEnd - position);
                if (equals < 0)
                {
                    error = new PurlError(position, "a qualifier is written key=value");
                    return false;
                }

                var key = text[position..equals].ToLowerInvariant();
                if (!IsValidKey(key))
                {
                    error = new PurlError(position, $"'{text[position..equals]}' is not a qualifier key: ASCII letters, digits, '.', '-' and '_', starting with a letter");
                    return false;
                }

                if (!PurlEncoding.TryDecode(text, equals + 1, pairEnd - equals - 1, out var value, out error))
                {
                    return false;
                }

                if (value.Length > 0 && !qualifiers.TryAdd(key, value))
                {
                    error = new PurlError(position, $"the qualifier key '{key}' appears twice");
                    return false;
                }
            }

            position = pairEnd + 1;
        }

        error = default;
        return true;
    }

    private static bool TryDecodeSegments(string text, int start, int end, bool dropDots, out List<string> segments, out PurlError error)
    {
        segments = [];
        var position = start;
        while (position <= end)
        {
            var slash = text.IndexOf('/', position, end - position);
            var segmentEnd = slash < 0 ? end : slash;
            if (!PurlEncoding.TryDecode(text, position, segmentEnd - position, out var segment, out error))
            {
                return false;
            }

            if (segment.Contains('/', StringComparison.Ordinal))
            {
                error = new PurlError(position, "a segment cannot contain an encoded '/'");
                return false;
            }

            if (segment.Length > 0 && !(dropDots && segment is "." or ".."))
            {
                segments.Add(segment);
            }

            position = segmentEnd + 1;
        }

        error = default;
        return true;
    }

    private string Build()
    {
        var builder = new StringBuilder("pkg:").Append(Type).Append('/');
        if (Namespace is not null)
        {
            builder.AppendJoin('/', Namespace.Split('/').Select(PurlEncoding.Encode)).Append('/');
        }

        builder.Append(PurlEncoding.Encode(Name));
        if (Version is not null)
        {
            builder.Append('@').Append(PurlEncoding.Encode(Version));
        }

        if (Qualifiers.Count > 0)
        {
            builder.Append('?').AppendJoin('&', Qualifiers.Select(q => q.Key + "=" + PurlEncoding.Encode(q.Value)));
        }

        if (Subpath is not null)
        {
            builder.Append('#').AppendJoin('/', Subpath.Split('/').Select(PurlEncoding.Encode));
        }

        return builder.ToString();
    }
}
