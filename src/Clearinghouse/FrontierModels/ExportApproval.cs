using Clearinghouse.Contracts.FrontierModels;
using Clearinghouse.Participants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clearinghouse.FrontierModels;

/// <summary>An export of raw transcripts or model outputs under two-person integrity: requested by one person, approved by another.</summary>
public sealed class ExportApproval
{
    public Guid Id { get; init; }

    public Guid WindowId { get; init; }

    public required string What { get; init; }

    public required string Justification { get; init; }

    public MemberId RequestedBy { get; init; }

    public DateTimeOffset RequestedAt { get; init; }

    public MemberId? ApprovedBy { get; set; }

    public DateTimeOffset? ApprovedAt { get; set; }

    public ExportView ToView() => new(Id, WindowId, What, Justification, RequestedBy.Value, ApprovedBy?.Value, ApprovedAt);
}

internal sealed class ExportApprovalMapping : IEntityTypeConfiguration<ExportApproval>
{
    public void Configure(EntityTypeBuilder<ExportApproval> entity)
    {
        entity.ToTable("export_approvals");
        entity.HasKey(e => e.Id);
    }
}
