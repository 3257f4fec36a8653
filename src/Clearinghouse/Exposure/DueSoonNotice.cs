using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clearinghouse.Exposure;

/// <summary>
/// That an organization's webhooks were told an exposure is due soon, for one due date: written in the same transaction
/// as the deliveries, so the sweep never tells twice (a restart included), and tells again only if the due date moves.
/// </summary>
public sealed class DueSoonNotice
{
    public Guid ExposureId { get; init; }

    public DateOnly DueDate { get; init; }

    public DateTimeOffset SentAt { get; init; }
}

internal sealed class DueSoonNoticeMapping : IEntityTypeConfiguration<DueSoonNotice>
{
    public void Configure(EntityTypeBuilder<DueSoonNotice> entity)
    {
        entity.ToTable("due_soon_notices").HasKey(n => new { n.ExposureId, n.DueDate });
        entity.HasOne<AssetExposure>().WithMany().HasForeignKey(n => n.ExposureId);
    }
}
