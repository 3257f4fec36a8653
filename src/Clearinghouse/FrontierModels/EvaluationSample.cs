using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clearinghouse.FrontierModels;

/// <summary>One attempt at one task within a run.</summary>
public sealed class EvaluationSample
{
    public Guid Id { get; init; }

    public Guid RunId { get; init; }

    public required string TaskKey { get; init; }

    public int Epoch { get; init; }

    /// <summary>The score, 0 to 1; 0 and meaningless when the attempt is not <see cref="Scored"/>.</summary>
    public double Score { get; init; }

    /// <summary>
    /// False for an attempt that has no pass/fail score (the scorer failed or never ran): it stays part of the run's record
    /// but counts in no rate and in no threshold, rather than as a failure.
    /// </summary>
    public bool Scored { get; init; } = true;

    public int? SubtasksSolved { get; init; }

    /// <summary>A sample solves its task when it scores full marks (flag captured); partial credit does not count as success.</summary>
    public bool Solved => Scored && Score >= 1.0;
}

internal sealed class EvaluationSampleMapping : IEntityTypeConfiguration<EvaluationSample>
{
    public void Configure(EntityTypeBuilder<EvaluationSample> entity)
    {
        entity.ToTable("evaluation_samples");
        entity.HasKey(s => s.Id);
        entity.HasIndex(s => s.RunId);
        entity.Ignore(s => s.Solved);
    }
}
