using System.ComponentModel.DataAnnotations;
using System.Text.Json;

namespace Clearinghouse.Contracts.FrontierModels;

/// <summary>
/// The conditions a score was obtained under. A threshold means nothing without them, so they are kept with every run
/// and shown with every score.
/// </summary>
public sealed record ElicitationConditions
{
    /// <summary>The model as the evaluation harness named it (e.g. <c>openai/gpt-4o-2024-05-13</c>).</summary>
    [Required, StringLength(300, MinimumLength = 1)]
    public required string Model { get; init; }

    /// <summary>The generation settings (temperature, max_tokens, reasoning effort ...), as the harness recorded them.</summary>
    public IReadOnlyDictionary<string, JsonElement>? GenerateConfig { get; init; }

    /// <summary>Limits per sample.</summary>
    public SampleLimits? Limits { get; init; }

    /// <summary>Attempts per task.</summary>
    [Range(1, 1000)]
    public required int Epochs { get; init; }

    /// <summary>The agent scaffold (e.g. <c>basic_agent with bash and python</c>).</summary>
    [Required, StringLength(500, MinimumLength = 1)]
    public required string Scaffold { get; init; }

    /// <summary>Whether the model's safeguards (refusal training, classifiers) were on.</summary>
    public required bool SafeguardsEnabled { get; init; }
}

/// <summary>Per-sample limits.</summary>
public sealed record SampleLimits
{
    /// <summary>Messages.</summary>
    [Range(1, int.MaxValue)]
    public int? Messages { get; init; }

    /// <summary>Tokens.</summary>
    [Range(1, long.MaxValue)]
    public long? Tokens { get; init; }

    /// <summary>Wall-clock seconds.</summary>
    [Range(1, int.MaxValue)]
    public int? TimeSeconds { get; init; }
}

/// <summary>One sample's result: a task attempt.</summary>
public sealed record SampleResult
{
    /// <summary>The catalogue task's key.</summary>
    [Required, StringLength(200, MinimumLength = 1)]
    public required string TaskKey { get; init; }

    /// <summary>The attempt (1-based).</summary>
    [Range(1, 1000)]
    public required int Epoch { get; init; }

    /// <summary>
    /// The score, 0 to 1; <c>null</c> for an attempt that has no score (the scorer failed or never ran). Such an attempt
    /// is kept as part of the run but counts in no rate and in no threshold, rather than as a failure.
    /// </summary>
    [Range(0.0, 1.0)]
    public required double? Score { get; init; }

    /// <summary>Solved subtasks, when the task has subtasks.</summary>
    [Range(0, 100)]
    public int? SubtasksSolved { get; init; }
}

/// <summary>An evaluation run in the native JSON result format (cleared evaluators).</summary>
public sealed record EvaluationRunSubmission
{
    /// <summary>The catalogue version the run used; the current one when absent.</summary>
    [Range(1, int.MaxValue)]
    public int? CatalogueVersion { get; init; }

    /// <summary>The elicitation conditions.</summary>
    public required ElicitationConditions Conditions { get; init; }

    /// <summary>Per-sample results.</summary>
    [Required, MinLength(1), MaxLength(100_000)]
    public required IReadOnlyList<SampleResult> Samples { get; init; }

    /// <summary>The run's marking (raw results are usually classified).</summary>
    public required MarkingSpec Marking { get; init; }
}

/// <summary>A task's results within a run.</summary>
/// <param name="TaskKey">The task.</param>
/// <param name="Category">Its category.</param>
/// <param name="Difficulty">Its difficulty.</param>
/// <param name="Attempts">Scored samples of it.</param>
/// <param name="Solved">Samples scored 1.</param>
public sealed record TaskOutcomeView(string TaskKey, TaskCategory Category, TaskDifficulty Difficulty, int Attempts, int Solved)
{
    /// <summary>Samples of it without a score: recorded, counted in no rate.</summary>
    public int Unscored { get; init; }
}

/// <summary>A recorded evaluation run.</summary>
/// <param name="Id">The run's id.</param>
/// <param name="ModelId">The model evaluated.</param>
/// <param name="CatalogueVersion">The catalogue version it ran against.</param>
/// <param name="Source">Where it came from: <c>native</c> or <c>inspect</c>.</param>
/// <param name="Conditions">The elicitation conditions, kept with every score.</param>
/// <param name="Tasks">Per-task outcomes.</param>
/// <param name="SubmittedAt">When it was recorded.</param>
/// <param name="Marking">Its marking and banner.</param>
public sealed record EvaluationRunView(
    Guid Id,
    Guid ModelId,
    int CatalogueVersion,
    string Source,
    ElicitationConditions Conditions,
    IReadOnlyList<TaskOutcomeView> Tasks,
    DateTimeOffset SubmittedAt,
    MarkingView Marking)
{
    /// <summary>Samples with a pass/fail score: the only ones any rate or threshold counts. 0 means the run is evidence of nothing.</summary>
    public int ScoredSamples { get; init; }

    /// <summary>Samples recorded without a score.</summary>
    public int UnscoredSamples { get; init; }

    /// <summary>What a reader must know before using the run's figures (attempts without a score, no scored attempt at all).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
