namespace Clearinghouse.Standards.CycloneDx;

/// <summary>Why a component is not affected (<c>vulnerabilities[].analysis.justification</c>).</summary>
public enum VexJustification
{
    /// <summary><c>code_not_present</c>.</summary>
    CodeNotPresent,

    /// <summary><c>code_not_reachable</c>.</summary>
    CodeNotReachable,

    /// <summary><c>requires_configuration</c>.</summary>
    RequiresConfiguration,

    /// <summary><c>requires_dependency</c>.</summary>
    RequiresDependency,

    /// <summary><c>requires_environment</c>.</summary>
    RequiresEnvironment,

    /// <summary><c>protected_by_compiler</c>.</summary>
    ProtectedByCompiler,

    /// <summary><c>protected_at_runtime</c>.</summary>
    ProtectedAtRuntime,

    /// <summary><c>protected_at_perimeter</c>.</summary>
    ProtectedAtPerimeter,

    /// <summary><c>protected_by_mitigating_control</c>.</summary>
    ProtectedByMitigatingControl,
}
