using Clearinghouse.Participants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clearinghouse.Exposure;

/// <summary>One upload of an asset's inventory. A replacement adds a new version and keeps the old one for diffs; only the current one is matched.</summary>
public sealed class Inventory
{
    public Guid Id { get; init; }

    public Guid AssetId { get; init; }

    public OrganizationId OrganizationId { get; init; }

    public int Version { get; init; }

    public required string Format { get; init; }

    public int ComponentCount { get; init; }

    public int Unidentified { get; init; }

    public bool IsCurrent { get; set; }

    public DateTimeOffset UploadedAt { get; init; }

    public MemberId UploadedBy { get; init; }
}

internal sealed class InventoryMapping : IEntityTypeConfiguration<Inventory>
{
    public void Configure(EntityTypeBuilder<Inventory> entity)
    {
        entity.ToTable("inventories").HasKey(i => i.Id);
        entity.HasOne<Asset>().WithMany().HasForeignKey(i => i.AssetId);
    }
}
