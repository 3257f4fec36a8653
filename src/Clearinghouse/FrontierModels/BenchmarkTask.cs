using System.Text.Json;
using Clearinghouse.Access;
using Clearinghouse.Contracts.FrontierModels;
using Clearinghouse.Participants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clearinghouse.FrontierModels;

/// <summary>
/// One revision of a benchmark task. A revision is never changed: revising a task adds a row at the next catalogue version,
/// so a run that recorded version N is read against the tasks as they were at N.
/// </summary>
public sealed class BenchmarkTask : IMarkedRecord
{
    public Guid Id { get; init; }

    public required string TaskKey { get; init; }

    /// <summary>The catalogue version at which this revision was added.</summary>
    public int Revision { get; init; }

    public OrganizationId OrganizationId { get; init; }

    public required string Name { get; init; }

    public TaskCategory Category { get; init; }

    public string? Family { get; init; }

    public double? FirstSolveMinutes { get; init; }

    public TaskDifficulty Difficulty { get; init; }

    /// <summary>A JSON array of strings.</summary>
    public string Subtasks { get; init; } = "[]";

    public required string ScoringRule { get; init; }

    public string? HiddenPrompt { get; init; }

    public string? HiddenEnvironment { get; init; }

    public string? HiddenFlag { get; init; }

    public required string Marking { get; init; }

    public required string HiddenMarking { get; init; }

    public MemberId AddedBy { get; init; }

    public DateTimeOffset AddedAt { get; init; }

    public bool HasHiddenContent => HiddenPrompt is not null || HiddenEnvironment is not null || HiddenFlag is not null;

    public MarkedSharing Sharing => new(OrganizationId, Access.Marking.Decode(Marking));

    public MarkedSharing HiddenSharing => new(OrganizationId, Access.Marking.Decode(HiddenMarking));

    /// <summary>The difficulty from human first-solve time (Cybench's anchor), or the one given when no time is known.</summary>
    public static TaskDifficulty DifficultyOf(double? firstSolveMinutes, TaskDifficulty? given) => firstSolveMinutes switch
    {
        null => given ?? TaskDifficulty.Intermediate,
        < 15 => TaskDifficulty.Novice,
        < 60 => TaskDifficulty.Intermediate,
        < 240 => TaskDifficulty.Expert,
        _ => TaskDifficulty.BeyondExpert,
    };

    /// <summary>The marking of what is shown: the task's, raised to the hidden content's when that is shown too.</summary>
    public Marking MarkingShown(bool showHidden) => showHidden && HasHiddenContent
        ? Access.Marking.Highest([Access.Marking.Decode(Marking), Access.Marking.Decode(HiddenMarking)])
        : Access.Marking.Decode(Marking);

    public BenchmarkTaskView ToView(bool showHidden)
    {
        var marking = MarkingShown(showHidden);
        return new(TaskKey, Revision, Name, Category, Family, FirstSolveMinutes, Difficulty, JsonSerializer.Deserialize<string[]>(Subtasks) ?? [], ScoringRule,
            HasHiddenContent, showHidden && HasHiddenContent ? new HiddenTaskContent { Prompt = HiddenPrompt, Environment = HiddenEnvironment, Flag = HiddenFlag } : null,
            marking.ToView());
    }
}

internal sealed class BenchmarkTaskMapping : IEntityTypeConfiguration<BenchmarkTask>
{
    public void Configure(EntityTypeBuilder<BenchmarkTask> entity)
    {
        entity.ToTable("benchmark_tasks");
        entity.HasKey(t => t.Id);
        entity.HasIndex(t => new { t.TaskKey, t.Revision }).IsUnique();
        entity.HasIndex(t => new { t.Marking, t.OrganizationId });
        entity.Ignore(t => t.HasHiddenContent);
        entity.Ignore(t => t.Sharing);
        entity.Ignore(t => t.HiddenSharing);
    }
}
