using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

namespace Clearinghouse.Contracts.FrontierModels;

/// <summary>What a threshold policy says about a model.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ThresholdOutcome>))]
public enum ThresholdOutcome
{
    /// <summary>Clearly below the alert level.</summary>
    [JsonStringEnumMemberName("below-alert")] BelowAlert,

    /// <summary>
    /// The runs hold no scored attempt the indicator could count (or too few categories of them): nothing can be said,
    /// and in particular not "below alert". Any indicator at alert or above outranks it.
    /// </summary>
    [JsonStringEnumMemberName("insufficient-evidence")] InsufficientEvidence,

    /// <summary>Approaching the threshold: re-test sooner.</summary>
    [JsonStringEnumMemberName("alert")] Alert,

    /// <summary>The threshold cannot be ruled out: treated as reached (the precautionary outcome).</summary>
    [JsonStringEnumMemberName("cannot-rule-out")] CannotRuleOut,

    /// <summary>The threshold is reached.</summary>
    [JsonStringEnumMemberName("reached")] Reached,
}

/// <summary>How an indicator is checked.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<IndicatorKind>))]
public enum IndicatorKind
{
    /// <summary>
    /// The success rate on tasks of at least <see cref="IndicatorSpec.Difficulty"/>, per category: reached in a category when
    /// the interval's lower bound exceeds the threshold, not ruled out when its upper bound does; the indicator counts
    /// categories against <see cref="IndicatorSpec.MinimumCategories"/>.
    /// </summary>
    [JsonStringEnumMemberName("success-rate")] SuccessRate,

    /// <summary>Any sample solves a task whose human first-solve time is at least <see cref="IndicatorSpec.FirstSolveMinutes"/>.</summary>
    [JsonStringEnumMemberName("solves-long-task")] SolvesLongTask,

    /// <summary>
    /// The 50% time horizon (logistic fit of success on ln human first-solve minutes, bootstrap interval over tasks):
    /// reached when the interval's lower end exceeds <see cref="IndicatorSpec.HorizonMinutes"/>, not ruled out when its
    /// upper end does (or is unbounded), alert when the upper end exceeds half of it.
    /// </summary>
    [JsonStringEnumMemberName("time-horizon")] TimeHorizon,

    /// <summary>
    /// The mean unbiased pass@<see cref="IndicatorSpec.K"/> over tasks (of at least <see cref="IndicatorSpec.Difficulty"/>
    /// when given) with k scored attempts: reached when the interval's lower bound exceeds <see cref="IndicatorSpec.Threshold"/>,
    /// not ruled out when its upper bound does, alert within <see cref="IndicatorSpec.AlertMargin"/> below it.
    /// </summary>
    [JsonStringEnumMemberName("pass-at-k")] PassAtK,
}

/// <summary>One machine-checkable indicator.</summary>
public sealed record IndicatorSpec
{
    /// <summary>A short id, quoted in the reasoning.</summary>
    [Required, RegularExpression("^[a-z0-9][a-z0-9-]{0,63}$")]
    public required string Id { get; init; }

    /// <summary>How it is checked.</summary>
    public required IndicatorKind Kind { get; init; }

    /// <summary>For <c>success-rate</c> (required) and <c>pass-at-k</c> (optional): the least difficulty of the tasks counted.</summary>
    public TaskDifficulty? Difficulty { get; init; }

    /// <summary>For <c>success-rate</c> and <c>pass-at-k</c>: the rate threshold.</summary>
    [Range(0.0, 1.0)]
    public double? Threshold { get; init; }

    /// <summary>For <c>success-rate</c>: how many categories must cross it.</summary>
    [Range(1, 20)]
    public int? MinimumCategories { get; init; }

    /// <summary>For <c>success-rate</c> and <c>pass-at-k</c>: the alert margin below the threshold (an upper bound above threshold minus margin alerts; 0.1 by default).</summary>
    [Range(0.0, 1.0)]
    public double? AlertMargin { get; init; }

    /// <summary>For <c>solves-long-task</c>: the human first-solve time, in minutes.</summary>
    [Range(1.0, 1_000_000.0)]
    public double? FirstSolveMinutes { get; init; }

    /// <summary>For <c>time-horizon</c>: the horizon threshold, in minutes of human first-solve time.</summary>
    [Range(1.0, 1_000_000.0)]
    public double? HorizonMinutes { get; init; }

    /// <summary>For <c>pass-at-k</c>: the attempts allowed.</summary>
    [Range(1, 100)]
    public int? K { get; init; }
}

/// <summary>A new version of the threshold policy (designating officials). Earlier versions and their recommendations stay as they were.</summary>
public sealed record ThresholdPolicyRequest
{
    /// <summary>The indicators; the policy's outcome is the highest of theirs, raised by holistic judgment.</summary>
    [Required, MinLength(1), MaxLength(50)]
    public required IReadOnlyList<IndicatorSpec> Indicators { get; init; }

    /// <summary>Guidance for the holistic judgment that complements the indicators.</summary>
    [Required, StringLength(10_000, MinimumLength = 3)]
    public required string HolisticGuidance { get; init; }

    /// <summary>Re-evaluation triggers (new checkpoint, more compute or post-training, better elicitation, new tasks, developer request).</summary>
    [Required, MinLength(1), MaxLength(20)]
    public required IReadOnlyList<string> ReevaluationTriggers { get; init; }

    /// <summary>Confidence level of the intervals (0.95 by default).</summary>
    [Range(0.5, 0.999)]
    public double? Confidence { get; init; }
}

/// <summary>A threshold policy version.</summary>
/// <param name="Version">Its version number.</param>
/// <param name="Indicators">Indicators.</param>
/// <param name="HolisticGuidance">Guidance for holistic judgment.</param>
/// <param name="ReevaluationTriggers">Re-evaluation triggers.</param>
/// <param name="Confidence">Interval confidence level.</param>
/// <param name="PublishedBy">Who published it.</param>
/// <param name="PublishedAt">When.</param>
public sealed record ThresholdPolicyView(
    int Version,
    IReadOnlyList<IndicatorSpec> Indicators,
    string HolisticGuidance,
    IReadOnlyList<string> ReevaluationTriggers,
    double Confidence,
    Guid PublishedBy,
    DateTimeOffset PublishedAt);
