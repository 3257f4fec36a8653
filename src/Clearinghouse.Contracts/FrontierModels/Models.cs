using System.ComponentModel.DataAnnotations;

namespace Clearinghouse.Contracts.FrontierModels;

/// <summary>A developer registers a model under development (Sec. 3(b)); only the developer and cleared government members see it.</summary>
public sealed record RegisterModelRequest
{
    /// <summary>The model's name.</summary>
    [Required, StringLength(200, MinimumLength = 1)]
    public required string Name { get; init; }

    /// <summary>The version or checkpoint.</summary>
    [Required, StringLength(100, MinimumLength = 1)]
    public required string Version { get; init; }

    /// <summary>What it descends from (a base model, an earlier checkpoint).</summary>
    [StringLength(500)]
    public string? Lineage { get; init; }

    /// <summary>Modalities, e.g. <c>text</c>, <c>text+image</c>, <c>agentic</c>.</summary>
    [Required, StringLength(100, MinimumLength = 1)]
    public required string Modality { get; init; }

    /// <summary>Training compute in floating-point operations.</summary>
    [Range(0, 1e40)]
    public double? TrainingComputeFlop { get; init; }

    /// <summary>Planned release to trusted partners other than the government.</summary>
    public DateTimeOffset? PlannedPartnerRelease { get; init; }

    /// <summary>Planned public release.</summary>
    public DateTimeOffset? PlannedPublicRelease { get; init; }

    /// <summary>Contacts (e-mail addresses) for the government.</summary>
    [MaxLength(10)]
    public IReadOnlyList<string>? Contacts { get; init; }
}

/// <summary>A registered model.</summary>
/// <param name="Id">The model's id.</param>
/// <param name="OrganizationId">The developer.</param>
/// <param name="Name">Name.</param>
/// <param name="Version">Version or checkpoint.</param>
/// <param name="Lineage">What it descends from.</param>
/// <param name="Modality">Modalities.</param>
/// <param name="TrainingComputeFlop">Training compute.</param>
/// <param name="PlannedPartnerRelease">Planned release to other trusted partners.</param>
/// <param name="PlannedPublicRelease">Planned public release.</param>
/// <param name="Contacts">Contacts.</param>
/// <param name="RegisteredAt">When it was registered.</param>
/// <param name="ReleasedAt">When the developer recorded its release, if it did.</param>
/// <param name="Marking">Its marking (CUI//PROPIN) and banner.</param>
public sealed record ModelView(
    Guid Id,
    Guid OrganizationId,
    string Name,
    string Version,
    string? Lineage,
    string Modality,
    double? TrainingComputeFlop,
    DateTimeOffset? PlannedPartnerRelease,
    DateTimeOffset? PlannedPublicRelease,
    IReadOnlyList<string> Contacts,
    DateTimeOffset RegisteredAt,
    DateTimeOffset? ReleasedAt,
    MarkingView Marking);

/// <summary>The models visible to the caller, with the banner of the highest marking among them.</summary>
/// <param name="Banner">The page's banner line.</param>
/// <param name="Models">The models, newest first.</param>
public sealed record ModelListView(string Banner, IReadOnlyList<ModelView> Models);

/// <summary>The developer records that it released the model (Sec. 3(c): never blocked, never waits for the government).</summary>
public sealed record ReleaseModelRequest
{
    /// <summary>To whom: <c>public</c> or <c>partners</c>.</summary>
    [Required, RegularExpression("^(public|partners)$")]
    public required string Audience { get; init; }

    /// <summary>Anything the developer wants on record.</summary>
    [StringLength(2000)]
    public string? Note { get; init; }
}
