using Clearinghouse.Access;
using Clearinghouse.Contracts.FrontierModels;
using Clearinghouse.Participants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clearinghouse.FrontierModels;

/// <summary>
/// Whether a model is a covered frontier model (Sec. 3(a)). The record is the government's (marked, originated by the
/// government); its releasable assessment is a separate, releasable part that the developer sees once a reviewer releases it.
/// </summary>
public sealed class Determination
{
    public const string DeveloperRequest = "developer-request";
    public const string EvaluatorOrigin = "evaluator";

    public Guid Id { get; init; }

    public Guid ModelId { get; init; }

    /// <summary>The model's developer.</summary>
    public OrganizationId DeveloperId { get; init; }

    /// <summary>The government organization that holds the record (the marking's originator).</summary>
    public OrganizationId OrganizationId { get; init; }

    public required string Origin { get; init; }

    public string? Reason { get; init; }

    public DeterminationState State { get; set; }

    public bool? Covered { get; set; }

    public string? DecisionReasons { get; set; }

    public MemberId? DecidedBy { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    public string? AssessmentSummary { get; set; }

    public MemberId? AssessmentReviewedBy { get; set; }

    public DateTimeOffset? AssessmentReleasedAt { get; set; }

    public required string Marking { get; set; }

    public MemberId OpenedBy { get; init; }

    public DateTimeOffset OpenedAt { get; init; }

    public DateTimeOffset? WithdrawnAt { get; set; }

    public string? WithdrawReason { get; set; }

    public MarkedSharing Sharing => new(OrganizationId, Access.Marking.Decode(Marking));

    /// <summary>The assessment is CUI//PROPIN (the developer's own data, sanitized), released to the developer once reviewed.</summary>
    public MarkedSharing AssessmentSharing => new(OrganizationId, Access.Marking.Proprietary, AssessmentReleasedAt is null ? null : [DeveloperId]);

    public DeterminationReceiptView ToReceipt() => new(Id, ModelId, OpenedAt, WithdrawnAt, AssessmentReleasedAt is not null);

    public AssessmentView? ToAssessment() => AssessmentSummary is null || Covered is not { } covered
        ? null
        : new(Id, ModelId, covered, AssessmentSummary, AssessmentReleasedAt, AssessmentReviewedBy?.Value, Access.Marking.Proprietary.ToView());
}

internal sealed class DeterminationMapping : IEntityTypeConfiguration<Determination>
{
    public void Configure(EntityTypeBuilder<Determination> entity)
    {
        entity.ToTable("determinations");
        entity.HasKey(d => d.Id);
        entity.HasIndex(d => d.ModelId);
        entity.Ignore(d => d.Sharing);
        entity.Ignore(d => d.AssessmentSharing);
    }
}
