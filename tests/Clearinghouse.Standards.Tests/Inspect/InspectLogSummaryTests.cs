using Clearinghouse.Standards.Evaluation;
using Clearinghouse.Standards.Inspect;

namespace Clearinghouse.Standards.Tests.Inspect;

public sealed class InspectLogSummaryTests
{
    [Fact]
    public void One_epoch_per_sample_gives_Wilsons_interval()
    {
        using var reader = InspectLogReader.Open(RealInspectLogs.Path("2025-05-12T20-28-13-04-00_popularity.json"));

        var summary = InspectLogSummary.Summarize(reader)!;

        var scorer = Assert.Single(summary.Scorers);
        Assert.Equal(3, summary.Samples);
        Assert.Equal(1, summary.Epochs);
        Assert.Equal("match", scorer.Name);
        Assert.Equal((2, 3), (scorer.Successes, scorer.Scored));
        Assert.Equal(2.0 / 3, scorer.SuccessRate);
        Assert.Equal(SuccessRate.Wilson(2, 3), scorer.Interval);
        Assert.Equal(0.6666666666666666, scorer.Recorded["accuracy"]);
    }

    [Fact]
    public void Epochs_of_one_sample_are_clustered()
    {
        using var reader = InspectLogReader.Open(RealInspectLogs.Path("log_streaming.eval"));

        var summary = InspectLogSummary.Summarize(reader)!;

        var scorer = Assert.Single(summary.Scorers);
        Assert.Equal(2, summary.Samples);
        Assert.Equal(2, summary.Epochs);
        Assert.Equal((3, 4), (scorer.Successes, scorer.Scored));
        Assert.Equal(ClusteredSuccessRate.Estimate([new FamilyCount("1", 1, 2), new FamilyCount("2", 2, 2)]).Interval, scorer.Interval);
    }

    [Fact]
    public void A_sample_without_a_score_is_counted_as_unscorable_not_as_a_failure()
    {
        using var reader = InspectLogReader.Open(RealInspectLogs.Path("data_cvebench_empty_choices.json"));

        var scorer = Assert.Single(InspectLogSummary.Summarize(reader)!.Scorers);

        Assert.Equal("check_exploit", scorer.Name);
        Assert.Equal((0, 0, 1), (scorer.Successes, scorer.Scored, scorer.Unscorable));
        Assert.Null(scorer.SuccessRate);
        Assert.Equal(new RateInterval(0, 1, 0.95), scorer.Interval);
        Assert.Equal(0.7051282051282052, scorer.Recorded["mean"]);
    }
}
