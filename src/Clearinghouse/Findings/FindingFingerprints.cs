using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Clearinghouse.Findings;

/// <summary>
/// The fingerprint scheme that decides which findings report the same vulnerability (docs/adr/009-findings-and-deduplication.md).
/// Scheme 1: each fingerprint is SHA-256 over the domain tag <c>clearinghouse-finding-v1</c>, then the kind and each
/// named part as length-prefixed UTF-8 (4-byte big-endian byte count, then the bytes). Kinds, strongest first:
/// <list type="bullet">
/// <item><c>exact</c>: the same target version, rule and scanner partial fingerprints (SARIF <c>partialFingerprints</c>);</item>
/// <item><c>exact-location</c>: the same target version, rule, file and line;</item>
/// <item><c>crash-state</c>: the same target (any version), crash type and crash state (top three frames, as ClusterFuzz computes them);</item>
/// <item><c>package-weakness-location</c>: the same target, affected range (or version), CWE, file and function (or line).</item>
/// </list>
/// A finding joins the case of the strongest fingerprint already known; all its fingerprints are then recorded for that case.
/// </summary>
public static class FindingFingerprints
{
    public const int Scheme = 1;

    private static readonly byte[] DomainTag = Encoding.UTF8.GetBytes("clearinghouse-finding-v1");

    public static readonly IReadOnlyList<string> KindsByStrength = ["exact", "exact-location", "crash-state", "package-weakness-location"];

    public static IReadOnlyList<(string Kind, string Hash)> Compute(NormalizedFinding f)
    {
        ArgumentNullException.ThrowIfNull(f);
        var keys = new List<(string, string)>();
        if (f.RuleId is not null && f.PartialFingerprints.Count > 0)
        {
            var partial = string.Join('\n', f.PartialFingerprints.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value));
            keys.Add(("exact", Hash("exact", ("target", f.TargetVersioned), ("rule", f.RuleId), ("partial-fingerprints", partial))));
        }

        if (f.RuleId is not null && f.File is not null && f.Line is { } line)
        {
            keys.Add(("exact-location", Hash("exact-location", ("target", f.TargetVersioned), ("rule", f.RuleId), ("file", f.File), ("line", line.ToString(System.Globalization.CultureInfo.InvariantCulture)))));
        }

        if (f.CrashState is { Length: > 0 } state && f.CrashType is { Length: > 0 } type)
        {
            keys.Add(("crash-state", Hash("crash-state", ("target", f.Target), ("crash-type", type), ("crash-state", state))));
        }

        if (f.Weakness is not null && f.File is not null && (f.Function ?? f.Line?.ToString(System.Globalization.CultureInfo.InvariantCulture)) is { } where)
        {
            keys.Add(("package-weakness-location", Hash("package-weakness-location", ("target", f.Target), ("affected", f.Affected), ("weakness", f.Weakness), ("file", f.File), ("where", where))));
        }

        return keys;
    }

    public static string Hash(string kind, params (string Name, string Value)[] parts)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(parts);

        // The whole input is laid out in one buffer and hashed in one call: creating an incremental hash per fingerprint
        // cost more than hashing its few hundred bytes.
        var size = DomainTag.Length + 4 + Encoding.UTF8.GetByteCount(kind);
        foreach (var (name, value) in parts)
        {
            size += 8 + Encoding.UTF8.GetByteCount(name) + Encoding.UTF8.GetByteCount(value);
        }

        var rented = size <= 1024 ? null : ArrayPool<byte>.Shared.Rent(size);
        var buffer = rented is null ? stackalloc byte[size] : rented.AsSpan(0, size);
        DomainTag.CopyTo(buffer);
        var written = DomainTag.Length;
        written += Append(buffer[written..], kind);
        foreach (var (name, value) in parts)
        {
            written += Append(buffer[written..], name);
            written += Append(buffer[written..], value);
        }

        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(buffer[..written], digest);
        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }

        return Convert.ToHexStringLower(digest);
    }

    /// <summary>Writes <paramref name="text"/> length-prefixed (4-byte big-endian byte count, then UTF-8); returns the bytes written.</summary>
    private static int Append(Span<byte> buffer, string text)
    {
        var length = Encoding.UTF8.GetBytes(text, buffer[4..]);
        BinaryPrimitives.WriteInt32BigEndian(buffer, length);
        return 4 + length;
    }
}
