using Clearinghouse.Contracts.Exposure;
using Clearinghouse.Participants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clearinghouse.Exposure;

/// <summary>A named system of an organization ("EHR server") whose inventory is matched.</summary>
public sealed class Asset
{
    public Guid Id { get; init; }

    public OrganizationId OrganizationId { get; init; }

    public required string Name { get; set; }

    public AssetCriticality Criticality { get; set; }

    public bool InternetExposed { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? DeletedAt { get; set; }

    public AssetView ToView(Inventory? current) =>
        new(Id, Name, Criticality, InternetExposed, current?.Version, current?.ComponentCount ?? 0, CreatedAt);
}

internal sealed class AssetMapping : IEntityTypeConfiguration<Asset>
{
    public void Configure(EntityTypeBuilder<Asset> entity) => entity.ToTable("assets").HasKey(a => a.Id);
}
