using System.Text.Json;

namespace Clearinghouse.Jobs;

/// <summary>What a handler is told about the job it runs.</summary>
public sealed record JobContext(JobId Id, string Kind, string Payload, int Attempt, int MaxAttempts)
{
    /// <summary>The payload read back as the type it was enqueued with.</summary>
    public T ReadPayload<T>() =>
        JsonSerializer.Deserialize<T>(Payload, JobQueue.PayloadJson)
        ?? throw new JsonException($"The payload of job {Id} ({Kind}) is null.");

    public bool IsLastAttempt => Attempt >= MaxAttempts;
}
