using System.Text.Json;
using Clearinghouse.Contracts;
using Clearinghouse.Contracts.FrontierModels;
using Clearinghouse.Participants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clearinghouse.FrontierModels;

/// <summary>A policy evaluated against runs, kept as it was: a later policy version adds a recommendation, never rewrites one.</summary>
public sealed class Recommendation
{
    public Guid Id { get; init; }

    public Guid DeterminationId { get; init; }

    public int PolicyVersion { get; init; }

    /// <summary>';'-separated run ids.</summary>
    public required string RunIds { get; init; }

    public ThresholdOutcome Outcome { get; init; }

    /// <summary>The indicator findings, in the contract's JSON form.</summary>
    public required string Findings { get; init; }

    public required string HolisticJudgment { get; init; }

    /// <summary>A JSON array of strings.</summary>
    public required string ReevaluationTriggers { get; init; }

    public MemberId RecommendedBy { get; init; }

    public DateTimeOffset RecommendedAt { get; init; }

    public static bool MeansCovered(ThresholdOutcome outcome) => outcome is ThresholdOutcome.CannotRuleOut or ThresholdOutcome.Reached;

    public RecommendationView ToView() => new(Id, PolicyVersion, [.. RunIds.Split(';').Select(Guid.Parse)], Outcome, MeansCovered(Outcome),
        JsonSerializer.Deserialize<IndicatorFindingView[]>(Findings, ContractJson.Options)!, HolisticJudgment,
        JsonSerializer.Deserialize<string[]>(ReevaluationTriggers)!, RecommendedBy.Value, RecommendedAt);
}

internal sealed class RecommendationMapping : IEntityTypeConfiguration<Recommendation>
{
    public void Configure(EntityTypeBuilder<Recommendation> entity)
    {
        entity.ToTable("recommendations");
        entity.HasKey(r => r.Id);
        entity.HasIndex(r => r.DeterminationId);
    }
}
