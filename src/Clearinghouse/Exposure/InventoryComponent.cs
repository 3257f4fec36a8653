using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clearinghouse.Exposure;

/// <summary>A component of an inventory: its package URL with version, in canonical form.</summary>
public sealed class InventoryComponent
{
    public Guid Id { get; init; }

    public Guid InventoryId { get; init; }

    public required string Purl { get; init; }
}

internal sealed class InventoryComponentMapping : IEntityTypeConfiguration<InventoryComponent>
{
    public void Configure(EntityTypeBuilder<InventoryComponent> entity)
    {
        entity.ToTable("inventory_components").HasKey(c => c.Id);
        entity.HasOne<Inventory>().WithMany().HasForeignKey(c => c.InventoryId);
    }
}
