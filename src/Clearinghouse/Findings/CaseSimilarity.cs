using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clearinghouse.Findings;

/// <summary>A case's MinHash signature over its opening report's text (<see cref="TextSimilarity"/>).</summary>
public sealed class CaseSignature
{
    public CaseId CaseId { get; init; }

    public required byte[] Signature { get; init; }
}

/// <summary>One locality-sensitive-hashing band of a case's signature: cases sharing a band are near-duplicate candidates.</summary>
public sealed class CaseBand
{
    public required string Band { get; init; }

    public CaseId CaseId { get; init; }
}

/// <summary>A case proposed to analysts as a possible duplicate of an earlier one, with the estimated similarity.</summary>
public sealed class PossibleDuplicate
{
    public CaseId CaseId { get; init; }

    public CaseId EarlierCaseId { get; init; }

    public double Similarity { get; init; }

    public DateTimeOffset ProposedAt { get; init; }
}

internal sealed class CaseSimilarityMapping : IEntityTypeConfiguration<CaseSignature>, IEntityTypeConfiguration<CaseBand>, IEntityTypeConfiguration<PossibleDuplicate>
{
    public void Configure(EntityTypeBuilder<CaseSignature> entity)
    {
        entity.ToTable("case_signatures").HasKey(s => s.CaseId);
        entity.HasOne<VulnerabilityCase>().WithMany().HasForeignKey(s => s.CaseId);
    }

    public void Configure(EntityTypeBuilder<CaseBand> entity)
    {
        entity.ToTable("case_bands").HasKey(b => new { b.Band, b.CaseId });
        entity.HasOne<VulnerabilityCase>().WithMany().HasForeignKey(b => b.CaseId);
    }

    public void Configure(EntityTypeBuilder<PossibleDuplicate> entity)
    {
        entity.ToTable("possible_duplicates").HasKey(d => new { d.CaseId, d.EarlierCaseId });
        entity.HasOne<VulnerabilityCase>().WithMany().HasForeignKey(d => d.CaseId);
        entity.HasOne<VulnerabilityCase>().WithMany().HasForeignKey(d => d.EarlierCaseId);
    }
}
