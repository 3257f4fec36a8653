using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clearinghouse.Findings;

/// <summary>An evidence file's content, addressed by the SHA-256 of its plaintext and stored encrypted (AES-256-GCM).</summary>
public sealed class EvidenceBlob
{
    public required string Sha256 { get; init; }

    public long Size { get; init; }

    public required string KeyId { get; init; }

    public required byte[] Nonce { get; init; }

    public required byte[] Ciphertext { get; init; }

    public required byte[] Tag { get; init; }

    public DateTimeOffset StoredAt { get; init; }
}

/// <summary>An evidence file as one finding named it.</summary>
public sealed class FindingEvidence
{
    public FindingId FindingId { get; init; }

    public required string Name { get; init; }

    public required string Sha256 { get; init; }

    public string? MediaType { get; init; }

    public long Size { get; init; }
}

internal sealed class EvidenceMapping : IEntityTypeConfiguration<EvidenceBlob>, IEntityTypeConfiguration<FindingEvidence>
{
    public void Configure(EntityTypeBuilder<EvidenceBlob> entity) => entity.ToTable("evidence_blobs").HasKey(b => b.Sha256);

    public void Configure(EntityTypeBuilder<FindingEvidence> entity)
    {
        entity.ToTable("finding_evidence").HasKey(e => new { e.FindingId, e.Name });
        entity.HasOne<Finding>().WithMany().HasForeignKey(e => e.FindingId);
        entity.HasOne<EvidenceBlob>().WithMany().HasForeignKey(e => e.Sha256);
    }
}
