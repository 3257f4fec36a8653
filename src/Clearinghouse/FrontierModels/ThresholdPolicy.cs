using System.Text.Json;
using Clearinghouse.Contracts;
using Clearinghouse.Contracts.FrontierModels;
using Clearinghouse.Participants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clearinghouse.FrontierModels;

/// <summary>One version of the threshold policy. Versions are only added: a recommendation names the version it evaluated.</summary>
public sealed class ThresholdPolicy
{
    public int Version { get; init; }

    /// <summary>The policy as published, in the contract's JSON form (indicators, guidance, triggers, confidence).</summary>
    public required string Document { get; init; }

    public MemberId PublishedBy { get; init; }

    public DateTimeOffset PublishedAt { get; init; }

    public ThresholdPolicyRequest Read() => JsonSerializer.Deserialize<ThresholdPolicyRequest>(Document, ContractJson.Options)!;

    public ThresholdPolicyView ToView()
    {
        var policy = Read();
        return new(Version, policy.Indicators, policy.HolisticGuidance, policy.ReevaluationTriggers, policy.Confidence ?? 0.95, PublishedBy.Value, PublishedAt);
    }
}

internal sealed class ThresholdPolicyMapping : IEntityTypeConfiguration<ThresholdPolicy>
{
    public void Configure(EntityTypeBuilder<ThresholdPolicy> entity)
    {
        entity.ToTable("threshold_policies");
        entity.HasKey(p => p.Version);
        entity.Property(p => p.Version).ValueGeneratedNever();
    }
}
