using System.Text.Json.Serialization;

namespace Clearinghouse.Contracts.Participants;

/// <summary>What an organization is to the clearinghouse; it decides which capabilities it takes part in.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<OrganizationKind>))]
public enum OrganizationKind
{
    /// <summary>A developer of AI models (Sec. 3 of the order).</summary>
    [JsonStringEnumMemberName("ai-developer")] AiDeveloper,

    /// <summary>An organization that runs vulnerability scanners, AI or otherwise.</summary>
    [JsonStringEnumMemberName("scanner-operator")] ScannerOperator,

    /// <summary>A software vendor or an open-source project that fixes what is found.</summary>
    [JsonStringEnumMemberName("maintainer")] Maintainer,

    /// <summary>An owner or operator of critical infrastructure; it has a <see cref="Sector"/> and a <see cref="SizeTier"/>.</summary>
    [JsonStringEnumMemberName("critical-infrastructure-operator")] CriticalInfrastructureOperator,

    /// <summary>A federal department or agency.</summary>
    [JsonStringEnumMemberName("federal-agency")] FederalAgency,

    /// <summary>A state, local, tribal or territorial authority.</summary>
    [JsonStringEnumMemberName("state-local-authority")] StateLocalAuthority,

    /// <summary>The clearinghouse's own staff: the recipient of everything submitted to the clearinghouse.</summary>
    [JsonStringEnumMemberName("clearinghouse-staff")] ClearinghouseStaff,
}
