namespace Clearinghouse.Standards.CycloneDx;

/// <summary>The CycloneDX spelling of each VEX value, both ways; one table per enum.</summary>
public static class VexTokens
{
    private static readonly Dictionary<string, VexState> States = new(StringComparer.Ordinal)
    {
        ["resolved"] = VexState.Resolved,
        ["resolved_with_pedigree"] = VexState.ResolvedWithPedigree,
        ["exploitable"] = VexState.Exploitable,
        ["in_triage"] = VexState.InTriage,
        ["false_positive"] = VexState.FalsePositive,
        ["not_affected"] = VexState.NotAffected,
    };

    private static readonly Dictionary<string, VexJustification> Justifications = new(StringComparer.Ordinal)
    {
        ["code_not_present"] = VexJustification.CodeNotPresent,
        ["code_not_reachable"] = VexJustification.CodeNotReachable,
        ["requires_configuration"] = VexJustification.RequiresConfiguration,
        ["requires_dependency"] = VexJustification.RequiresDependency,
        ["requires_environment"] = VexJustification.RequiresEnvironment,
        ["protected_by_compiler"] = VexJustification.ProtectedByCompiler,
        ["protected_at_runtime"] = VexJustification.ProtectedAtRuntime,
        ["protected_at_perimeter"] = VexJustification.ProtectedAtPerimeter,
        ["protected_by_mitigating_control"] = VexJustification.ProtectedByMitigatingControl,
    };

    private static readonly Dictionary<string, VexResponse> Responses = new(StringComparer.Ordinal)
    {
        ["can_not_fix"] = VexResponse.CanNotFix,
        ["will_not_fix"] = VexResponse.WillNotFix,
        ["update"] = VexResponse.Update,
        ["rollback"] = VexResponse.Rollback,
        ["workaround_available"] = VexResponse.WorkaroundAvailable,
    };

    /// <summary>Reads a state token such as <c>not_affected</c>.</summary>
    public static bool TryParse(string? token, out VexState state) => States.TryGetValue(token ?? "", out state);

    /// <summary>Reads a justification token such as <c>code_not_reachable</c>.</summary>
    public static bool TryParse(string? token, out VexJustification justification) => Justifications.TryGetValue(token ?? "", out justification);

    /// <summary>Reads a response token such as <c>will_not_fix</c>.</summary>
    public static bool TryParse(string? token, out VexResponse response) => Responses.TryGetValue(token ?? "", out response);

    /// <summary>The token for a state.</summary>
    public static string ToToken(VexState state) => States.First(p => p.Value == state).Key;

    /// <summary>The token for a justification.</summary>
    public static string ToToken(VexJustification justification) => Justifications.First(p => p.Value == justification).Key;

    /// <summary>The token for a response.</summary>
    public static string ToToken(VexResponse response) => Responses.First(p => p.Value == response).Key;
}
