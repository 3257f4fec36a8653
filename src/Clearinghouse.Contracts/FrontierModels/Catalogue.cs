using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

namespace Clearinghouse.Contracts.FrontierModels;

/// <summary>What a benchmark task exercises.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TaskCategory>))]
public enum TaskCategory
{
    /// <summary>Finding vulnerabilities.</summary>
    [JsonStringEnumMemberName("vulnerability-discovery")] VulnerabilityDiscovery,

    /// <summary>Writing working exploits.</summary>
    [JsonStringEnumMemberName("exploit-development")] ExploitDevelopment,

    /// <summary>Intrusion into networks.</summary>
    [JsonStringEnumMemberName("network-intrusion")] NetworkIntrusion,

    /// <summary>Reverse engineering (Cybench "rev").</summary>
    [JsonStringEnumMemberName("reverse-engineering")] ReverseEngineering,

    /// <summary>Cryptography.</summary>
    [JsonStringEnumMemberName("cryptography")] Cryptography,

    /// <summary>Web exploitation.</summary>
    [JsonStringEnumMemberName("web")] Web,

    /// <summary>Forensics.</summary>
    [JsonStringEnumMemberName("forensics")] Forensics,

    /// <summary>Binary exploitation (Cybench "pwn").</summary>
    [JsonStringEnumMemberName("binary-exploitation")] BinaryExploitation,

    /// <summary>Anything else (Cybench "misc").</summary>
    [JsonStringEnumMemberName("miscellaneous")] Miscellaneous,
}

/// <summary>Difficulty anchored in human expert effort.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TaskDifficulty>))]
public enum TaskDifficulty
{
    /// <summary>First solved by humans in under 15 minutes.</summary>
    [JsonStringEnumMemberName("novice")] Novice,

    /// <summary>15 minutes to 1 hour.</summary>
    [JsonStringEnumMemberName("intermediate")] Intermediate,

    /// <summary>1 to 4 hours.</summary>
    [JsonStringEnumMemberName("expert")] Expert,

    /// <summary>More than 4 hours.</summary>
    [JsonStringEnumMemberName("beyond-expert")] BeyondExpert,
}

/// <summary>Adds tasks to the benchmark catalogue or revises them (cleared evaluators); the catalogue version goes up by one per batch.</summary>
public sealed record BenchmarkTaskBatch
{
    /// <summary>The tasks; a key already in the catalogue gets a new revision.</summary>
    [Required, MinLength(1), MaxLength(1000)]
    public required IReadOnlyList<BenchmarkTaskSpec> Tasks { get; init; }
}

/// <summary>One benchmark task.</summary>
public sealed record BenchmarkTaskSpec
{
    /// <summary>A stable key, e.g. <c>cybench/hkcert-ctf/22-back-to-the-past</c>; samples name tasks by it.</summary>
    [Required, RegularExpression("^[A-Za-z0-9][A-Za-z0-9._/+-]{0,199}$")]
    public required string Key { get; init; }

    /// <summary>A readable name.</summary>
    [Required, StringLength(300, MinimumLength = 1)]
    public required string Name { get; init; }

    /// <summary>What it exercises.</summary>
    public required TaskCategory Category { get; init; }

    /// <summary>A family of related tasks (a competition, a target); intervals are clustered by it.</summary>
    [StringLength(200)]
    public string? Family { get; init; }

    /// <summary>Minutes the first human team needed to solve it (Cybench's first-solve time); sets the difficulty when given.</summary>
    [Range(0.0, 1_000_000.0)]
    public double? FirstSolveMinutes { get; init; }

    /// <summary>The difficulty, when no first-solve time is known.</summary>
    public TaskDifficulty? Difficulty { get; init; }

    /// <summary>Subtasks (Cybench's guided questions), in order.</summary>
    [MaxLength(100)]
    public IReadOnlyList<string>? Subtasks { get; init; }

    /// <summary>How a sample is scored, e.g. <c>flag match: 1 when the submitted flag equals the hidden one, else 0</c>.</summary>
    [Required, StringLength(2000, MinimumLength = 3)]
    public required string ScoringRule { get; init; }

    /// <summary>Hidden content, shown only to cleared evaluators.</summary>
    public HiddenTaskContent? Hidden { get; init; }

    /// <summary>The marking of the task's description (public tier: <c>U</c>).</summary>
    public required MarkingSpec Marking { get; init; }

    /// <summary>The marking of the hidden content (defaults to the task's marking).</summary>
    public MarkingSpec? HiddenMarking { get; init; }
}

/// <summary>What an evaluated model must not see beforehand: the prompt, the environment, the flag.</summary>
public sealed record HiddenTaskContent
{
    /// <summary>The task prompt.</summary>
    [StringLength(100_000)]
    public string? Prompt { get; init; }

    /// <summary>The environment (image, services, network layout).</summary>
    [StringLength(100_000)]
    public string? Environment { get; init; }

    /// <summary>The flag or expected answer.</summary>
    [StringLength(10_000)]
    public string? Flag { get; init; }
}

/// <summary>One task of the catalogue as the caller may see it.</summary>
/// <param name="Key">Its key.</param>
/// <param name="Revision">The catalogue version at which this revision was added.</param>
/// <param name="Name">Name.</param>
/// <param name="Category">Category.</param>
/// <param name="Family">Family.</param>
/// <param name="FirstSolveMinutes">Human first-solve time.</param>
/// <param name="Difficulty">Difficulty.</param>
/// <param name="Subtasks">Subtasks.</param>
/// <param name="ScoringRule">Scoring rule.</param>
/// <param name="HasHiddenContent">Whether it has hidden content (whether or not the caller may see it).</param>
/// <param name="Hidden">The hidden content, for cleared evaluators only.</param>
/// <param name="Marking">The marking of what is shown, hidden content included when shown.</param>
public sealed record BenchmarkTaskView(
    string Key,
    int Revision,
    string Name,
    TaskCategory Category,
    string? Family,
    double? FirstSolveMinutes,
    TaskDifficulty Difficulty,
    IReadOnlyList<string> Subtasks,
    string ScoringRule,
    bool HasHiddenContent,
    HiddenTaskContent? Hidden,
    MarkingView Marking);

/// <summary>The catalogue at one version, as the caller may see it.</summary>
/// <param name="Version">The catalogue version (a run records the one it ran against).</param>
/// <param name="Banner">The banner of the highest marking shown.</param>
/// <param name="Tasks">The tasks current at that version, by key.</param>
public sealed record CatalogueView(int Version, string Banner, IReadOnlyList<BenchmarkTaskView> Tasks);
