using Clearinghouse.Findings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clearinghouse.Verification;

/// <summary>The result of reproducing one finding in the sandbox, one row per variant (the affected version, the head), with its runs' log.</summary>
public sealed class Reproduction
{
    public Guid Id { get; init; }

    public CaseId CaseId { get; init; }

    public FindingId FindingId { get; init; }

    /// <summary><c>affected</c> or <c>head</c>.</summary>
    public required string Variant { get; init; }

    public int Runs { get; init; }

    public int MatchingRuns { get; init; }

    public bool Reproduced { get; init; }

    /// <summary>Each run's exit status and the start of its output, for the case's readers.</summary>
    public required string Log { get; init; }

    public DateTimeOffset StartedAt { get; init; }

    public DateTimeOffset FinishedAt { get; init; }
}

internal sealed class ReproductionMapping : IEntityTypeConfiguration<Reproduction>
{
    public void Configure(EntityTypeBuilder<Reproduction> entity)
    {
        entity.ToTable("reproductions");
        entity.HasKey(r => r.Id);
        entity.HasIndex(r => r.CaseId);
        entity.HasOne<VulnerabilityCase>().WithMany().HasForeignKey(r => r.CaseId);
        entity.HasOne<Finding>().WithMany().HasForeignKey(r => r.FindingId);
    }
}
