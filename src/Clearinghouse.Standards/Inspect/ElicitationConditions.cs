using System.Text.Json;

namespace Clearinghouse.Standards.Inspect;

/// <summary>
/// Under what conditions the model was evaluated: a success rate means little without them (a capability found with
/// a ten-message limit and no tools is not the one found with a thousand messages and a shell). Every value is as the
/// log recorded it; absent ones are null or empty.
/// </summary>
public sealed record ElicitationConditions
{
    /// <summary>The model evaluated, e.g. <c>openai/gpt-4o-mini</c>.</summary>
    public required string Model { get; init; }

    /// <summary>Arguments the model was created with (<c>eval.model_args</c>).</summary>
    public JsonElement? ModelArgs { get; init; }

    /// <summary>Other models by role (<c>eval.model_roles</c>): graders, red teams, ...</summary>
    public JsonElement? ModelRoles { get; init; }

    /// <summary>The generation settings of the run (<c>eval.model_generate_config</c>: temperature, max tokens, reasoning effort, ...).</summary>
    public IReadOnlyDictionary<string, JsonElement> GenerateConfig { get; init; } = new Dictionary<string, JsonElement>();

    /// <summary>The generation settings of the plan (<c>plan.config</c>), applied by its solvers.</summary>
    public IReadOnlyDictionary<string, JsonElement> PlanGenerateConfig { get; init; } = new Dictionary<string, JsonElement>();

    /// <summary>The most messages a sample could use (<c>eval.config.message_limit</c>).</summary>
    public long? MessageLimit { get; init; }

    /// <summary>The most tokens a sample could use (<c>eval.config.token_limit</c>).</summary>
    public long? TokenLimit { get; init; }

    /// <summary>The most model turns a sample could use (<c>eval.config.turn_limit</c>).</summary>
    public long? TurnLimit { get; init; }

    /// <summary>Wall-clock seconds per sample (<c>eval.config.time_limit</c>).</summary>
    public long? TimeLimitSeconds { get; init; }

    /// <summary>Working seconds per sample, excluding waits (<c>eval.config.working_limit</c>).</summary>
    public long? WorkingLimitSeconds { get; init; }

    /// <summary>The most a sample could cost (<c>eval.config.cost_limit</c>).</summary>
    public double? CostLimit { get; init; }

    /// <summary>Attempts per sample (<c>eval.config.epochs</c>), when recorded.</summary>
    public long? Epochs { get; init; }

    /// <summary>How epochs were combined into one score per sample (<c>eval.config.epochs_reducer</c>).</summary>
    public IReadOnlyList<string> EpochsReducer { get; init; } = [];

    /// <summary>The solver the task was run with when one was named (<c>eval.solver</c>), e.g. an agent.</summary>
    public string? Solver { get; init; }

    /// <summary>That solver's arguments (<c>eval.solver_args</c>).</summary>
    public JsonElement? SolverArgs { get; init; }

    /// <summary>The solver plan, step by step (<c>plan.steps</c>): the scaffold with its tools and prompts.</summary>
    public IReadOnlyList<InspectPlanStep> Plan { get; init; } = [];

    /// <summary>The task's arguments (<c>eval.task_args</c>).</summary>
    public JsonElement? TaskArgs { get; init; }

    /// <summary>The sandbox the tools ran in (<c>eval.sandbox</c>: type and configuration), or null for none.</summary>
    public JsonElement? Sandbox { get; init; }

    /// <summary>
    /// The approval policy for tool calls (<c>eval.config.approval</c>): a safeguard, e.g. a human approving each
    /// shell command. Null when tool calls were not gated.
    /// </summary>
    public JsonElement? Approval { get; init; }

    /// <summary>Tags of the run (<c>eval.tags</c>).</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Free-form metadata of the run (<c>eval.metadata</c>), where operators record safeguards and mitigations.</summary>
    public JsonElement? Metadata { get; init; }
}
