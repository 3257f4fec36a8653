using System.Text.Json;
using Clearinghouse.Access;
using Clearinghouse.Contracts;
using Clearinghouse.Contracts.FrontierModels;
using Clearinghouse.Participants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clearinghouse.FrontierModels;

/// <summary>An evaluation run of a model: its elicitation conditions (kept with every score) and its samples.</summary>
public sealed class EvaluationRun : IMarkedRecord
{
    public Guid Id { get; init; }

    public Guid ModelId { get; init; }

    /// <summary>The evaluator's organization: the originator of the run's marking.</summary>
    public OrganizationId OrganizationId { get; init; }

    public int CatalogueVersion { get; init; }

    /// <summary><c>native</c>, or the importer that produced it.</summary>
    public required string Source { get; init; }

    /// <summary>The elicitation conditions as JSON, in the contract's form so that they read back exactly as submitted.</summary>
    public required string Conditions { get; init; }

    public required string Marking { get; init; }

    /// <summary>A JSON array of the intake's warnings (attempts without a score, a run with no scored attempt).</summary>
    public string Warnings { get; init; } = "[]";

    public MemberId SubmittedBy { get; init; }

    public DateTimeOffset SubmittedAt { get; init; }

    public MarkedSharing Sharing => new(OrganizationId, Access.Marking.Decode(Marking));

    public ElicitationConditions ReadConditions() => JsonSerializer.Deserialize<ElicitationConditions>(Conditions, ContractJson.Options)!;

    public IReadOnlyList<string> ReadWarnings() => JsonSerializer.Deserialize<string[]>(Warnings) ?? [];

    public EvaluationRunView ToView(IReadOnlyList<TaskOutcomeView> tasks) =>
        new(Id, ModelId, CatalogueVersion, Source, ReadConditions(), tasks, SubmittedAt, Access.Marking.Decode(Marking).ToView())
        {
            ScoredSamples = tasks.Sum(t => t.Attempts),
            UnscoredSamples = tasks.Sum(t => t.Unscored),
            Warnings = ReadWarnings(),
        };
}

internal sealed class EvaluationRunMapping : IEntityTypeConfiguration<EvaluationRun>
{
    public void Configure(EntityTypeBuilder<EvaluationRun> entity)
    {
        entity.ToTable("evaluation_runs");
        entity.HasKey(r => r.Id);
        entity.HasIndex(r => r.ModelId);
        entity.HasIndex(r => new { r.Marking, r.OrganizationId });
        entity.Ignore(r => r.Sharing);
    }
}
