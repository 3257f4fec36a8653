using Clearinghouse.Standards.Json;
using Clearinghouse.Standards.Ssvc;

namespace Clearinghouse.Standards.Remediation;

/// <summary>
/// The policy documents that ship with the clearinghouse (embedded resources under Remediation/Policies, one file per
/// id and version): CISA BOD 22-01, CISA BOD 26-04 and the clearinghouse's own SSVC-based policy. The SSVC tables they
/// name are CERT/CC's published documents, which the caller loads and passes in.
/// </summary>
public static class RemediationPolicies
{
    /// <summary>CISA BOD 22-01: the KEV entry's due date.</summary>
    public const string Bod2201 = "cisa-bod-22-01";

    /// <summary>CISA BOD 26-04: the BOD 26-04 SSVC table's outcome in days; needs the table <c>cisa:DT_BOD2604:1.0.0</c>.</summary>
    public const string Bod2604 = "cisa-bod-26-04";

    /// <summary>The clearinghouse's policy for non-federal participants: the CISA Coordinator outcome in days; needs <c>cisa:DT_CO:2.0.3</c>.</summary>
    public const string ClearinghouseSsvc = "clearinghouse-ssvc";

    private static readonly (string Id, string Version)[] Shipped =
    [
        (Bod2201, "1.0.0"),
        (Bod2604, "1.0.0"),
        (ClearinghouseSsvc, "1.0.0"),
    ];

    /// <summary>The ids of the shipped policies.</summary>
    public static IReadOnlyList<string> Ids { get; } = [.. Shipped.Select(p => p.Id).Distinct()];

    /// <summary>The versions shipped for a policy id, oldest first; empty for an unknown id.</summary>
    public static IReadOnlyList<string> Versions(string id) =>
        [.. Shipped.Where(p => p.Id == id).Select(p => p.Version).OrderBy(v => System.Version.Parse(v))];

    /// <summary>The shipped document of a policy (the latest version unless one is named), or null when there is none.</summary>
    public static ReadOnlyMemory<byte>? Document(string id, string? version = null)
    {
        var versions = Versions(id);
        var chosen = version ?? (versions.Count > 0 ? versions[^1] : null);
        if (chosen is null || !Shipped.Contains((id, chosen)))
        {
            return null;
        }

        using var stream = typeof(RemediationPolicies).Assembly.GetManifestResourceStream($"Clearinghouse.Standards.Remediation.Policies.{id}-{chosen}.json")
            ?? throw new InvalidOperationException($"The policy {id} {chosen} is listed but not embedded in the assembly.");
        return JsonInput.ReadAll(stream);
    }

    /// <summary>
    /// Loads a shipped policy by id (the latest version unless one is named), looking up its decision table among
    /// <paramref name="tables"/>. Never throws: an unknown id or version, or a missing table, gives diagnostics.
    /// </summary>
    public static JsonLoadResult<RemediationPolicy> Load(string id, IEnumerable<SsvcDecisionTable> tables, string? version = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        return Document(id, version) is { } document
            ? RemediationPolicy.Load(document, tables)
            : new JsonLoadResult<RemediationPolicy>(null, [new JsonDiagnostic("", Versions(id).Count == 0
                ? $"no policy '{id}' is shipped; the policies are {string.Join(", ", Ids)}"
                : $"policy '{id}' has no version '{version}'; its versions are {string.Join(", ", Versions(id))}")]);
    }
}
