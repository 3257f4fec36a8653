using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clearinghouse.Findings;

/// <summary>
/// One fingerprint of one finding, pointing at its case: the deduplication index. The hash is unique per scheme, so two
/// transactions cannot open two cases for the same fingerprint.
/// </summary>
public sealed class FindingKey
{
    public int Scheme { get; init; }

    public required string Hash { get; init; }

    public required string Kind { get; init; }

    public CaseId CaseId { get; init; }

    public FindingId FindingId { get; init; }
}

internal sealed class FindingKeyMapping : IEntityTypeConfiguration<FindingKey>
{
    public void Configure(EntityTypeBuilder<FindingKey> entity)
    {
        entity.ToTable("finding_keys");
        entity.HasKey(k => new { k.Scheme, k.Hash });
        entity.HasIndex(k => k.CaseId);
        entity.HasOne<VulnerabilityCase>().WithMany().HasForeignKey(k => k.CaseId);
        entity.HasOne<Finding>().WithMany().HasForeignKey(k => k.FindingId);
    }
}
