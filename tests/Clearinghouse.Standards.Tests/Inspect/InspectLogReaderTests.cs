using Clearinghouse.Standards.Inspect;

namespace Clearinghouse.Standards.Tests.Inspect;

public sealed class InspectLogReaderTests
{
    public static TheoryData<string> RealLogs() => RealInspectLogs.All();

    [Fact]
    public void The_real_logs_are_all_there()
    {
        Assert.Equal(12, RealInspectLogs.All().Count);
    }

    [Theory]
    [MemberData(nameof(RealLogs))]
    public void Every_real_log_reads_without_a_problem(string file)
    {
        using var reader = InspectLogReader.Open(Path.Combine(RealInspectLogs.Folder, file));

        var samples = reader.ReadSamples().ToList();

        Assert.Empty(reader.Diagnostics);
        Assert.NotNull(reader.Log);
        Assert.NotEmpty(reader.Log.Task);
        Assert.Contains('/', reader.Log.Conditions.Model);
        Assert.NotEmpty(samples);
        Assert.All(samples, s => Assert.True(s.Epoch >= 1));
        Assert.Equal(file.EndsWith(".eval", StringComparison.Ordinal) ? InspectLogFormat.Eval : InspectLogFormat.Json, reader.Format);
    }

    [Fact]
    public void A_streamed_eval_log_gives_every_epoch_of_every_sample_and_the_recorded_metrics()
    {
        using var reader = InspectLogReader.Open(RealInspectLogs.Path("log_streaming.eval"));
        var progress = new List<InspectReadProgress>();

        var samples = reader.ReadSamples(new Recorder(progress)).ToList();

        var log = reader.Log!;
        Assert.Equal("popularity", log.Task);
        Assert.Equal("azureai/Meta-Llama-3-1-405B-Instruct-jqf", log.Conditions.Model);
        Assert.Equal(2, log.Conditions.Epochs);
        Assert.Equal(["system_message", "generate"], log.Conditions.Plan.Select(p => p.Solver));
        Assert.Equal(0.75, log.Scorers.Single().Metrics["accuracy"]);
        Assert.Equal(4, reader.SampleCount);
        Assert.Equal(["2/2", "2/1", "1/1", "1/2"], samples.Select(s => s.Id + "/" + s.Epoch));
        Assert.Equal(["C", "C", "I", "C"], samples.Select(s => s.Scores["match"].Value.GetString()));
        Assert.Equal([1, 2, 3, 4], progress.Select(p => p.SamplesRead));
        Assert.All(progress, p => Assert.Equal(4, p.SamplesTotal));
    }

    [Fact]
    public void Condensed_model_events_get_their_input_back_from_the_message_pool()
    {
        using var reader = InspectLogReader.Open(RealInspectLogs.Path("log_message_deduplication.eval"));

        var sample = Assert.Single(reader.ReadSamples());

        Assert.Equal(3, reader.Log!.Version);
        Assert.Equal(6, sample.ModelCalls.Count);
        Assert.Equal(12, sample.Messages.Count);

        // Each call sees the whole conversation so far: the pool holds each message once, the refs rebuild the lists.
        Assert.Equal([1, 3, 5, 7, 9, 11], sample.ModelCalls.Select(c => c.Input.Count));
        Assert.Equal(sample.Messages.Take(11).Select(m => m.Text), sample.ModelCalls[^1].Input.Select(m => m.Text));
        Assert.Equal("Guess the number", sample.ModelCalls[0].Input[0].Text);
        Assert.Equal(["bash"], sample.Messages[1].ToolCalls);
        Assert.Equal(["use_tools", "generate"], reader.Log.Conditions.Plan.Select(p => p.Solver));
        Assert.Equal("docker", reader.Log.Conditions.Sandbox!.Value.GetProperty("type").GetString());
    }

    [Fact]
    public void The_elicitation_conditions_of_a_ctf_run_are_kept()
    {
        using var reader = InspectLogReader.Open(RealInspectLogs.Path("data_intercode_ctf_local_path.json"));

        var sample = Assert.Single(reader.ReadSamples());

        var conditions = reader.Log!.Conditions;
        Assert.Equal("inspect_evals/gdm_intercode_ctf", reader.Log.Task);
        Assert.Equal("mistral/mistral-small-latest", conditions.Model);
        Assert.Equal(1, conditions.Epochs);
        Assert.Equal("docker", conditions.Sandbox!.Value.GetProperty("type").GetString());
        Assert.Equal("message", sample.Limit);
        Assert.Equal(ScoreOutcome.Failure, sample.Scores["includes"].Outcome);
        Assert.Equal(0.35443037974683544, reader.Log.Scorers.Single().Metrics["accuracy"]);
    }

    [Fact]
    public void A_cancelled_log_is_read_with_its_status()
    {
        using var reader = InspectLogReader.Open(RealInspectLogs.Path("2025-05-12T20-28-13-04-00_popularity.json"));

        Assert.Equal("cancelled", reader.Log!.Status);
        Assert.Equal(3, reader.ReadSamples().Count());
    }

    [Fact]
    public void A_file_that_is_not_a_log_gives_a_diagnostic_not_an_exception()
    {
        using var directory = new TemporaryDirectory();
        var garbage = Path.Combine(directory.Path, "garbage.json");
        File.WriteAllText(garbage, "{\"eval\": {\"task\": \"x\", ");
        var notZip = Path.Combine(directory.Path, "broken.eval");
        File.WriteAllBytes(notZip, [(byte)'P', (byte)'K', 3, 4, 0, 0, 0]);

        using var first = InspectLogReader.Open(garbage);
        using var second = InspectLogReader.Open(notZip);
        using var third = InspectLogReader.Open(Path.Combine(directory.Path, "missing.eval"));

        Assert.Null(first.Log);
        Assert.NotEmpty(first.Diagnostics);
        Assert.Null(second.Log);
        Assert.Contains("not a ZIP archive", second.Diagnostics.Single().Reason, StringComparison.Ordinal);
        Assert.Null(third.Log);
        Assert.Contains("could not be opened", third.Diagnostics.Single().Reason, StringComparison.Ordinal);
        Assert.Empty(third.ReadSamples());
    }

    [Theory]
    [InlineData("log_streaming.eval")]
    [InlineData("data_cyse2_vuln_exploit_challenges.json")]
    public void A_log_in_a_seekable_stream_reads_like_the_file_and_the_stream_can_be_left_open(string name)
    {
        var bytes = File.ReadAllBytes(RealInspectLogs.Path(name));
        using var fromFile = InspectLogReader.Open(RealInspectLogs.Path(name));
        using var memory = new MemoryStream(bytes, writable: false);

        using (var fromStream = InspectLogReader.Open(memory, leaveOpen: true))
        {
            Assert.Equal((fromFile.Log!.Task, fromFile.Log.Status, fromFile.Log.Conditions.Model), (fromStream.Log!.Task, fromStream.Log.Status, fromStream.Log.Conditions.Model));
            Assert.Equal(fromFile.Log.Scorers.Select(x => x.Metrics.Count), fromStream.Log.Scorers.Select(x => x.Metrics.Count));
            Assert.Equal(fromFile.ReadSamples().Select(s => s.Id + "/" + s.Epoch), fromStream.ReadSamples().Select(s => s.Id + "/" + s.Epoch));
        }

        Assert.True(memory.CanRead);
    }

    [Fact]
    public void A_stream_that_cannot_seek_is_refused_with_a_diagnostic()
    {
        using var pipe = new System.IO.Compression.GZipStream(new MemoryStream(), System.IO.Compression.CompressionMode.Decompress);

        using var reader = InspectLogReader.Open(pipe);

        Assert.Null(reader.Log);
        Assert.Contains("seekable", reader.Diagnostics.Single().Reason, StringComparison.Ordinal);
    }

    private sealed class Recorder(List<InspectReadProgress> into) : IProgress<InspectReadProgress>
    {
        public void Report(InspectReadProgress value) => into.Add(value);
    }
}
