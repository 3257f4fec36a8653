using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

namespace Clearinghouse.Contracts.FrontierModels;

/// <summary>Where a determination is.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DeterminationState>))]
public enum DeterminationState
{
    /// <summary>Opened; no recommendation yet.</summary>
    [JsonStringEnumMemberName("open")] Open,

    /// <summary>Recommended; consultations may be under way.</summary>
    [JsonStringEnumMemberName("recommended")] Recommended,

    /// <summary>Decided by the designating official.</summary>
    [JsonStringEnumMemberName("decided")] Decided,

    /// <summary>Withdrawn by the developer (its request ends; nothing waits on it).</summary>
    [JsonStringEnumMemberName("withdrawn")] Withdrawn,
}

/// <summary>A consulted office's position.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ConsultationPosition>))]
public enum ConsultationPosition
{
    /// <summary>Not answered yet.</summary>
    [JsonStringEnumMemberName("pending")] Pending,

    /// <summary>Concurs.</summary>
    [JsonStringEnumMemberName("concur")] Concur,

    /// <summary>Does not concur (reasons required).</summary>
    [JsonStringEnumMemberName("non-concur")] NonConcur,

    /// <summary>Comments only.</summary>
    [JsonStringEnumMemberName("comment")] Comment,
}

/// <summary>Opens a determination: a developer's request (Sec. 3(b)(i)) or an evaluator's.</summary>
public sealed record OpenDeterminationRequest
{
    /// <summary>The model.</summary>
    public required Guid ModelId { get; init; }

    /// <summary>Why now (a new checkpoint, more compute ...).</summary>
    [StringLength(5000)]
    public string? Reason { get; init; }
}

/// <summary>What the developer sees of its request: that it exists, and whether it was withdrawn.</summary>
/// <param name="Id">The determination's id.</param>
/// <param name="ModelId">The model.</param>
/// <param name="OpenedAt">When it was opened.</param>
/// <param name="WithdrawnAt">When the developer withdrew it, if it did.</param>
/// <param name="AssessmentReleased">Whether a releasable assessment is available.</param>
public sealed record DeterminationReceiptView(Guid Id, Guid ModelId, DateTimeOffset OpenedAt, DateTimeOffset? WithdrawnAt, bool AssessmentReleased);

/// <summary>Evaluates the current threshold policy against runs of the model (cleared evaluators).</summary>
public sealed record RecommendRequest
{
    /// <summary>The runs.</summary>
    [Required, MinLength(1), MaxLength(100)]
    public required IReadOnlyList<Guid> RunIds { get; init; }

    /// <summary>The evaluators' holistic judgment.</summary>
    [Required, StringLength(10_000, MinimumLength = 3)]
    public required string HolisticJudgment { get; init; }

    /// <summary>Holistic judgment may raise the outcome above the indicators' (never lower it).</summary>
    public ThresholdOutcome? RaiseTo { get; init; }
}

/// <summary>One indicator's finding in a recommendation.</summary>
/// <param name="IndicatorId">The indicator.</param>
/// <param name="Outcome">Its outcome.</param>
/// <param name="Reasoning">Why, with the interval bounds it rests on.</param>
public sealed record IndicatorFindingView(string IndicatorId, ThresholdOutcome Outcome, string Reasoning);

/// <summary>A recommendation, as recorded; a later policy never rewrites it.</summary>
/// <param name="Id">Its id.</param>
/// <param name="PolicyVersion">The policy version evaluated.</param>
/// <param name="RunIds">The runs.</param>
/// <param name="Outcome">The outcome.</param>
/// <param name="Covered">Whether it recommends designating the model (cannot rule out or reached).</param>
/// <param name="Findings">Each indicator's finding.</param>
/// <param name="HolisticJudgment">The holistic judgment.</param>
/// <param name="ReevaluationTriggers">When to evaluate again.</param>
/// <param name="RecommendedBy">The evaluator.</param>
/// <param name="RecommendedAt">When.</param>
public sealed record RecommendationView(
    Guid Id,
    int PolicyVersion,
    IReadOnlyList<Guid> RunIds,
    ThresholdOutcome Outcome,
    bool Covered,
    IReadOnlyList<IndicatorFindingView> Findings,
    string HolisticJudgment,
    IReadOnlyList<string> ReevaluationTriggers,
    Guid RecommendedBy,
    DateTimeOffset RecommendedAt);

/// <summary>Asks an office for its position.</summary>
public sealed record ConsultationRequest
{
    /// <summary>The office, as its consultants' clearances name it (e.g. <c>National Cyber Director</c>).</summary>
    [Required, StringLength(200, MinimumLength = 2)]
    public required string Office { get; init; }

    /// <summary>When the position is due.</summary>
    public required DateTimeOffset DueAt { get; init; }
}

/// <summary>An office's position (a consultant of that office).</summary>
public sealed record ConsultationResponse
{
    /// <summary>The position.</summary>
    public required ConsultationPosition Position { get; init; }

    /// <summary>Reasons (required for non-concur).</summary>
    [StringLength(10_000)]
    public string? Reasons { get; init; }

    /// <summary>Comments.</summary>
    [StringLength(10_000)]
    public string? Comments { get; init; }
}

/// <summary>A consultation.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Office">The office.</param>
/// <param name="DueAt">Due date.</param>
/// <param name="Position">The position.</param>
/// <param name="Reasons">Reasons.</param>
/// <param name="Comments">Comments.</param>
/// <param name="RecordedBy">The consultant who recorded it.</param>
/// <param name="RecordedAt">When.</param>
/// <param name="Overdue">Whether it is pending past its due date.</param>
public sealed record ConsultationView(Guid Id, string Office, DateTimeOffset DueAt, ConsultationPosition Position, string? Reasons, string? Comments, Guid? RecordedBy, DateTimeOffset? RecordedAt, bool Overdue);

/// <summary>The designating official's decision.</summary>
public sealed record DecisionRequest
{
    /// <summary>Covered frontier model or not.</summary>
    public required bool Covered { get; init; }

    /// <summary>Reasons.</summary>
    [Required, StringLength(10_000, MinimumLength = 3)]
    public required string Reasons { get; init; }
}

/// <summary>A reviewer releases the assessment to the developer, optionally with an edited summary.</summary>
public sealed record AssessmentReleaseRequest
{
    /// <summary>The sanitized summary to release; the generated draft when absent.</summary>
    [StringLength(20_000, MinimumLength = 3)]
    public string? Summary { get; init; }
}

/// <summary>The developer withdraws its request.</summary>
public sealed record WithdrawRequest
{
    /// <summary>Why, if the developer wants to say.</summary>
    [StringLength(2000)]
    public string? Reason { get; init; }
}

/// <summary>The releasable assessment: the only part of a determination the developer sees.</summary>
/// <param name="DeterminationId">The determination.</param>
/// <param name="ModelId">The model.</param>
/// <param name="Covered">The decision.</param>
/// <param name="Summary">The sanitized summary.</param>
/// <param name="ReleasedAt">When it was released (null: a draft, shown only to the government).</param>
/// <param name="ReviewedBy">The reviewer who released it.</param>
/// <param name="Marking">Its marking and banner.</param>
public sealed record AssessmentView(Guid DeterminationId, Guid ModelId, bool Covered, string Summary, DateTimeOffset? ReleasedAt, Guid? ReviewedBy, MarkingView Marking);

/// <summary>A determination as cleared government members see it.</summary>
/// <param name="Id">Its id.</param>
/// <param name="ModelId">The model.</param>
/// <param name="Origin"><c>developer-request</c> or <c>evaluator</c>.</param>
/// <param name="Reason">Why it was opened.</param>
/// <param name="State">Its state.</param>
/// <param name="Recommendations">Recommendations, oldest first.</param>
/// <param name="Consultations">Consultations.</param>
/// <param name="Covered">The decision, once decided.</param>
/// <param name="DecisionReasons">The decision's reasons.</param>
/// <param name="DecidedBy">The designating official.</param>
/// <param name="DecidedAt">When.</param>
/// <param name="Assessment">The releasable assessment (draft or released).</param>
/// <param name="OpenedAt">When it was opened.</param>
/// <param name="WithdrawnAt">When the developer withdrew it.</param>
/// <param name="Marking">The marking and banner of the whole record (the highest of its parts).</param>
public sealed record DeterminationView(
    Guid Id,
    Guid ModelId,
    string Origin,
    string? Reason,
    DeterminationState State,
    IReadOnlyList<RecommendationView> Recommendations,
    IReadOnlyList<ConsultationView> Consultations,
    bool? Covered,
    string? DecisionReasons,
    Guid? DecidedBy,
    DateTimeOffset? DecidedAt,
    AssessmentView? Assessment,
    DateTimeOffset OpenedAt,
    DateTimeOffset? WithdrawnAt,
    MarkingView Marking);
