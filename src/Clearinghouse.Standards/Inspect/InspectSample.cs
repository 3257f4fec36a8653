namespace Clearinghouse.Standards.Inspect;

/// <summary>One attempt at one sample (one epoch), as the log recorded it.</summary>
public sealed record InspectSample
{
    /// <summary>The sample's id (an integer id as text).</summary>
    public required string Id { get; init; }

    /// <summary>The epoch, from 1.</summary>
    public required long Epoch { get; init; }

    /// <summary>Where it was read: the ZIP member (<c>samples/1_epoch_1.json</c>) or the JSON pointer (<c>/samples/0</c>).</summary>
    public required string Source { get; init; }

    /// <summary>True when it was read from a summary (the log kept no full samples): no messages or model calls then.</summary>
    public bool FromSummary { get; init; }

    /// <summary>Scores by score name.</summary>
    public IReadOnlyDictionary<string, InspectScore> Scores { get; init; } = new Dictionary<string, InspectScore>();

    /// <summary>The error that stopped the sample, or null.</summary>
    public string? Error { get; init; }

    /// <summary>The limit that stopped the sample (<c>message</c>, <c>token</c>, <c>time</c>, <c>working</c>, ...), or null.</summary>
    public string? Limit { get; init; }

    /// <summary>Seconds the sample ran, or null.</summary>
    public double? TotalTime { get; init; }

    /// <summary>Seconds the sample worked (model and tool time), or null.</summary>
    public double? WorkingTime { get; init; }

    /// <summary>Tokens used per model.</summary>
    public IReadOnlyDictionary<string, InspectTokenUsage> ModelUsage { get; init; } = new Dictionary<string, InspectTokenUsage>();

    /// <summary>The conversation at the end of the sample.</summary>
    public IReadOnlyList<InspectMessage> Messages { get; init; } = [];

    /// <summary>Every model call, in order, with its full input.</summary>
    public IReadOnlyList<InspectModelCall> ModelCalls { get; init; } = [];
}
