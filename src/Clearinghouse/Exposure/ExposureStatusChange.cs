using Clearinghouse.Contracts.Exposure;
using Clearinghouse.Participants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clearinghouse.Exposure;

/// <summary>One step of an exposure's remediation history (the first is its discovery as affected).</summary>
public sealed class ExposureStatusChange
{
    public Guid Id { get; init; }

    public Guid ExposureId { get; init; }

    public ExposureStatus Status { get; init; }

    public NotAffectedJustification? Justification { get; init; }

    public DateOnly? ExpiresOn { get; init; }

    public string? Note { get; init; }

    public DateTimeOffset ChangedAt { get; init; }

    public MemberId? ChangedBy { get; init; }

    public ExposureStatusChangeView ToView() => new(Status, Justification, ExpiresOn, Note, ChangedAt, ChangedBy?.Value);
}

internal sealed class ExposureStatusChangeMapping : IEntityTypeConfiguration<ExposureStatusChange>
{
    public void Configure(EntityTypeBuilder<ExposureStatusChange> entity)
    {
        entity.ToTable("exposure_status_changes").HasKey(c => c.Id);
        entity.HasOne<AssetExposure>().WithMany().HasForeignKey(c => c.ExposureId);
    }
}
