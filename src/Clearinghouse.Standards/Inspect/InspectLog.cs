namespace Clearinghouse.Standards.Inspect;

/// <summary>What an Inspect log says about the run as a whole (everything but the samples).</summary>
public sealed record InspectLog
{
    /// <summary>The file format.</summary>
    public required InspectLogFormat Format { get; init; }

    /// <summary>The log schema version (<c>version</c>: 1, 2, 3, ...).</summary>
    public long Version { get; init; }

    /// <summary><c>started</c>, <c>success</c>, <c>cancelled</c> or <c>error</c>.</summary>
    public required string Status { get; init; }

    /// <summary>True when the log has no header yet (a run still going, or one that died): read from <c>_journal/start.json</c>.</summary>
    public bool InProgress { get; init; }

    /// <summary>The task's name (<c>eval.task</c>).</summary>
    public required string Task { get; init; }

    /// <summary>The task's id, or null.</summary>
    public string? TaskId { get; init; }

    /// <summary>The task's version as text, or null.</summary>
    public string? TaskVersion { get; init; }

    /// <summary>The run's id, or null.</summary>
    public string? RunId { get; init; }

    /// <summary>The evaluation's id, or null.</summary>
    public string? EvalId { get; init; }

    /// <summary>When the evaluation was created, as recorded (ISO 8601 text).</summary>
    public string? Created { get; init; }

    /// <summary>The dataset's name, or null.</summary>
    public string? Dataset { get; init; }

    /// <summary>Samples in the dataset as recorded, or null.</summary>
    public long? DatasetSamples { get; init; }

    /// <summary>The conditions the model was evaluated under.</summary>
    public required ElicitationConditions Conditions { get; init; }

    /// <summary>Samples planned, counting epochs (<c>results.total_samples</c>), or null.</summary>
    public long? TotalSamples { get; init; }

    /// <summary>Samples completed (<c>results.completed_samples</c>), or null.</summary>
    public long? CompletedSamples { get; init; }

    /// <summary>Aggregate results by scorer; empty when the run recorded none (e.g. cancelled or in progress).</summary>
    public IReadOnlyList<InspectScorerResult> Scorers { get; init; } = [];

    /// <summary>When the run started (<c>stats.started_at</c>), or null.</summary>
    public string? StartedAt { get; init; }

    /// <summary>When the run ended (<c>stats.completed_at</c>), or null.</summary>
    public string? CompletedAt { get; init; }

    /// <summary>Tokens used per model (<c>stats.model_usage</c>).</summary>
    public IReadOnlyDictionary<string, InspectTokenUsage> ModelUsage { get; init; } = new Dictionary<string, InspectTokenUsage>();

    /// <summary>The error that ended the run (<c>error.message</c>), or null.</summary>
    public string? Error { get; init; }
}
