using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Clearinghouse.Findings;

/// <summary>
/// The fingerprint scheme that decides which findings report the same vulnerability (docs/adr/008-findings-and-deduplication.md).
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
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(DomainTag);
        Append(hash, kind);
        foreach (var (name, value) in parts)
        {
            Append(hash, name);
            Append(hash, value);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void Append(IncrementalHash hash, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, bytes.Length);
        hash.AppendData(length);
        hash.AppendData(bytes);
    }
}
