using System.Text.Json.Serialization;

namespace Clearinghouse.Standards.Csaf;

/// <summary>A machine-readable justification (CSAF 2.0 §3.2.3.5.2): the VEX justifications for not affected products.</summary>
[JsonConverter(typeof(CsafEnumConverter<CsafFlagLabel>))]
public enum CsafFlagLabel
{
    /// <summary><c>component_not_present</c>.</summary>
    ComponentNotPresent,

    /// <summary><c>inline_mitigations_already_exist</c>.</summary>
    InlineMitigationsAlreadyExist,

    /// <summary><c>vulnerable_code_cannot_be_controlled_by_adversary</c>.</summary>
    VulnerableCodeCannotBeControlledByAdversary,

    /// <summary><c>vulnerable_code_not_in_execute_path</c>.</summary>
    VulnerableCodeNotInExecutePath,

    /// <summary><c>vulnerable_code_not_present</c>.</summary>
    VulnerableCodeNotPresent,
}
