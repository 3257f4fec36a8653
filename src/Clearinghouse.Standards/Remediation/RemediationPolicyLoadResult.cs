using System.Diagnostics.CodeAnalysis;
using Clearinghouse.Standards.Json;

namespace Clearinghouse.Standards.Remediation;

/// <summary>The outcome of loading a remediation policy document: the policy, or every problem found.</summary>
public sealed class RemediationPolicyLoadResult
{
    internal RemediationPolicyLoadResult(RemediationPolicy? policy, IReadOnlyList<JsonDiagnostic> diagnostics)
    {
        Policy = policy;
        Diagnostics = diagnostics;
    }

    /// <summary>The policy; null when the document has any problem.</summary>
    public RemediationPolicy? Policy { get; }

    /// <summary>Every problem, each with a JSON pointer (or a line) and a reason; empty on success.</summary>
    public IReadOnlyList<JsonDiagnostic> Diagnostics { get; }

    /// <summary>True when the policy loaded.</summary>
    [MemberNotNullWhen(true, nameof(Policy))]
    public bool Succeeded => Policy is not null;
}
