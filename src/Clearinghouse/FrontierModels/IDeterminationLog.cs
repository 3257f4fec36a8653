namespace Clearinghouse.FrontierModels;

/// <summary>
/// The seam to the transparency log (issue 8 scope 6): a decided determination is appended once the disclosure capability
/// provides a log. Only the releasable facts go in (model, decision, decision time, the releasable assessment's digest),
/// never the classified record.
/// </summary>
public interface IDeterminationLog
{
    Task AppendAsync(DecidedDetermination entry, CancellationToken cancellationToken);
}

/// <summary>What a transparency log receives about a decision.</summary>
public sealed record DecidedDetermination(Guid DeterminationId, Guid ModelId, Guid DeveloperId, bool Covered, DateTimeOffset DecidedAt);
