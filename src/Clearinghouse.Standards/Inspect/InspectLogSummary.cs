using Clearinghouse.Standards.Evaluation;

namespace Clearinghouse.Standards.Inspect;

/// <summary>A log reduced to what a determination needs: model, task, samples, epochs and a success rate per scorer.</summary>
public sealed record InspectLogSummary
{
    /// <summary>The run's header, with its elicitation conditions.</summary>
    public required InspectLog Log { get; init; }

    /// <summary>Distinct sample ids read.</summary>
    public required int Samples { get; init; }

    /// <summary>The most epochs any sample was attempted (the configured epochs when no sample was read).</summary>
    public required long Epochs { get; init; }

    /// <summary>Scorers in the order the log's results list them, then any only seen in samples.</summary>
    public required IReadOnlyList<InspectScorerSummary> Scorers { get; init; }

    /// <summary>Reads every sample of the log, one at a time, and summarizes; null when the log has no readable header.</summary>
    /// <param name="reader">An opened log.</param>
    /// <param name="progress">Told after each sample; null for none.</param>
    public static InspectLogSummary? Summarize(InspectLogReader reader, IProgress<InspectReadProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        if (reader.Log is not { } log)
        {
            return null;
        }

        var names = log.Scorers.Select(s => s.Name).Distinct(StringComparer.Ordinal).ToList();
        var counts = new Dictionary<string, Dictionary<string, (int Successes, int Scored, int Unscorable)>>(StringComparer.Ordinal);
        var attempts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var sample in reader.ReadSamples(progress))
        {
            attempts[sample.Id] = Math.Max(attempts.GetValueOrDefault(sample.Id), sample.Epoch);
            foreach (var name in sample.Scores.Keys.Where(n => !names.Contains(n)))
            {
                names.Add(name);
            }

            foreach (var name in names)
            {
                if (!counts.TryGetValue(name, out var bySample))
                {
                    counts[name] = bySample = new(StringComparer.Ordinal);
                }

                var count = bySample.GetValueOrDefault(sample.Id);
                var outcome = sample.Scores.TryGetValue(name, out var score) ? score.Outcome : ScoreOutcome.Unscorable;
                bySample[sample.Id] = outcome switch
                {
                    ScoreOutcome.Success => (count.Successes + 1, count.Scored + 1, count.Unscorable),
                    ScoreOutcome.Failure => (count.Successes, count.Scored + 1, count.Unscorable),
                    _ => (count.Successes, count.Scored, count.Unscorable + 1),
                };
            }
        }

        var scorers = names.Select(name =>
        {
            var bySample = counts.GetValueOrDefault(name) ?? [];
            var successes = bySample.Values.Sum(c => c.Successes);
            var scored = bySample.Values.Sum(c => c.Scored);
            var interval = bySample.Values.Any(c => c.Scored > 1)
                ? ClusteredSuccessRate.Estimate(bySample.Select(c => new FamilyCount(c.Key, c.Value.Successes, c.Value.Scored))).Interval
                : SuccessRate.Wilson(successes, scored);
            var recorded = log.Scorers.FirstOrDefault(s => s.Name == name)?.Metrics ?? new Dictionary<string, double>();
            return new InspectScorerSummary(name, successes, scored, bySample.Values.Sum(c => c.Unscorable), scored == 0 ? null : (double)successes / scored, interval, recorded);
        }).ToList();

        return new InspectLogSummary
        {
            Log = log,
            Samples = attempts.Count,
            Epochs = attempts.Count == 0 ? log.Conditions.Epochs ?? 1 : attempts.Values.Max(),
            Scorers = scorers,
        };
    }
}
