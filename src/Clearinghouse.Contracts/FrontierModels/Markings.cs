using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

namespace Clearinghouse.Contracts.FrontierModels;

/// <summary>Classification levels in the order of the ODNI ISM <c>classification</c> attribute, lowest first.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ClassificationLevel>))]
public enum ClassificationLevel
{
    /// <summary>UNCLASSIFIED (U).</summary>
    [JsonStringEnumMemberName("U")] Unclassified,

    /// <summary>Controlled Unclassified Information (CUI), for example a developer's proprietary data (PROPIN).</summary>
    [JsonStringEnumMemberName("CUI")] ControlledUnclassified,

    /// <summary>CONFIDENTIAL (C).</summary>
    [JsonStringEnumMemberName("C")] Confidential,

    /// <summary>SECRET (S).</summary>
    [JsonStringEnumMemberName("S")] Secret,

    /// <summary>TOP SECRET (TS).</summary>
    [JsonStringEnumMemberName("TS")] TopSecret,
}

/// <summary>
/// A classification marking in the style of ODNI ISM: level, SCI-style compartments, dissemination controls
/// (<c>NOFORN</c>, <c>ORCON</c>, <c>REL TO USA, GBR</c>), CUI categories (<c>PROPIN</c>) and need-to-know groups.
/// </summary>
public sealed record MarkingSpec
{
    /// <summary>The classification level.</summary>
    public required ClassificationLevel Level { get; init; }

    /// <summary>Compartments (upper-case letters, digits and hyphens, e.g. <c>SI</c>, <c>FM-CYBER</c>); a reader needs every one.</summary>
    [MaxLength(20)]
    public IReadOnlyList<string>? Compartments { get; init; }

    /// <summary>Dissemination controls: <c>NOFORN</c>, <c>ORCON</c>, <c>RELIDO</c>, <c>IMCON</c> or <c>REL TO USA, GBR</c>.</summary>
    [MaxLength(10)]
    public IReadOnlyList<string>? Dissemination { get; init; }

    /// <summary>CUI categories (e.g. <c>PROPIN</c>, <c>PRVCY</c>).</summary>
    [MaxLength(10)]
    public IReadOnlyList<string>? CuiCategories { get; init; }

    /// <summary>Need-to-know groups (lower-case names); a reader must belong to every one. Groups are access lists, not part of the banner.</summary>
    [MaxLength(20)]
    public IReadOnlyList<string>? Groups { get; init; }
}

/// <summary>A marking as recorded, with its banner line.</summary>
/// <param name="Level">The classification level.</param>
/// <param name="Compartments">Compartments, sorted.</param>
/// <param name="Dissemination">Dissemination controls, sorted.</param>
/// <param name="CuiCategories">CUI categories, sorted.</param>
/// <param name="Groups">Need-to-know groups, sorted.</param>
/// <param name="Banner">The banner line, e.g. <c>SECRET//SI//NOFORN</c> or <c>CUI//PROPIN</c>.</param>
public sealed record MarkingView(
    ClassificationLevel Level,
    IReadOnlyList<string> Compartments,
    IReadOnlyList<string> Dissemination,
    IReadOnlyList<string> CuiCategories,
    IReadOnlyList<string> Groups,
    string Banner);

/// <summary>A duty a cleared member may hold in the frontier-model process.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FrontierDuty>))]
public enum FrontierDuty
{
    /// <summary>Maintains the benchmark catalogue, submits evaluation runs, opens determinations and recommends.</summary>
    [JsonStringEnumMemberName("evaluator")] Evaluator,

    /// <summary>Records the position of the member's office in consultations.</summary>
    [JsonStringEnumMemberName("consultant")] Consultant,

    /// <summary>Decides determinations (covered or not covered) and publishes threshold policies.</summary>
    [JsonStringEnumMemberName("designating-official")] DesignatingOfficial,

    /// <summary>Reviews releasable assessments before release and approves two-person exports.</summary>
    [JsonStringEnumMemberName("reviewer")] Reviewer,
}

/// <summary>A government member's clearance, compartments, need-to-know groups and duties, assigned by clearinghouse administrators.</summary>
public sealed record ClearanceRequest
{
    /// <summary>The highest level the member may read.</summary>
    public required ClassificationLevel Level { get; init; }

    /// <summary>Compartments the member is read into.</summary>
    [MaxLength(50)]
    public IReadOnlyList<string>? Compartments { get; init; }

    /// <summary>Need-to-know groups the member belongs to.</summary>
    [MaxLength(50)]
    public IReadOnlyList<string>? Groups { get; init; }

    /// <summary>Duties in the frontier-model process.</summary>
    [MaxLength(4)]
    public IReadOnlyList<FrontierDuty>? Duties { get; init; }

    /// <summary>The office the member speaks for in consultations (e.g. <c>National Cyber Director</c>).</summary>
    [StringLength(200, MinimumLength = 2)]
    public string? Office { get; init; }
}

/// <summary>A member's clearance as recorded.</summary>
/// <param name="MemberId">The member.</param>
/// <param name="Level">Highest readable level.</param>
/// <param name="Compartments">Compartments read into, sorted.</param>
/// <param name="Groups">Need-to-know groups, sorted.</param>
/// <param name="Duties">Duties held.</param>
/// <param name="Office">The office the member speaks for, if any.</param>
/// <param name="GrantedBy">The administrator who assigned it.</param>
/// <param name="GrantedAt">When.</param>
public sealed record ClearanceView(
    Guid MemberId,
    ClassificationLevel Level,
    IReadOnlyList<string> Compartments,
    IReadOnlyList<string> Groups,
    IReadOnlyList<FrontierDuty> Duties,
    string? Office,
    Guid GrantedBy,
    DateTimeOffset GrantedAt);
