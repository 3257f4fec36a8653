using Clearinghouse.Standards.Inspect;

namespace Clearinghouse.Standards.Tests.Inspect;

/// <summary>Small logs written here for what no real log in ../shared/data has (see its SOURCES.md: no zstd member).</summary>
public sealed class InspectLogEdgeCaseTests
{
    private const string Start = """
        {"version": 2, "eval": {"task": "ctf_demo", "model": "example/model-1", "created": "2026-01-01T00:00:00+00:00",
          "model_generate_config": {"temperature": 0.5, "max_tokens": 4096},
          "config": {"epochs": 2, "message_limit": 50, "token_limit": 200000, "time_limit": 3600, "working_limit": 1800,
                     "approval": {"approvers": [{"name": "human", "tools": ["bash"]}]}},
          "sandbox": {"type": "docker", "config": "compose.yaml"},
          "metadata": {"safeguards": "refusal classifier on"}},
         "plan": {"steps": [{"solver": "basic_agent", "params": {"max_attempts": 3}}], "config": {"reasoning_effort": "high"}}}
        """;

    private const string Sample = """
        {"id": 7, "epoch": 1, "scores": {"flag": {"value": "C", "answer": "attachment://aa11"}},
         "messages": [{"role": "user", "content": "attachment://bb22"},
                      {"role": "assistant", "content": [{"type": "reasoning", "reasoning": "think"}, {"type": "text", "text": "try ls"}],
                       "tool_calls": [{"id": "1", "function": "bash", "arguments": {}}]}],
         "events": [{"event": "model", "model": "example/model-1", "input": [], "input_refs": [[0, 2]],
                     "output": {"completion": "attachment://cc33", "choices": []}}],
         "events_data": {"messages": [{"role": "system", "content": "You are a CTF player."}, {"role": "user", "content": "attachment://bb22"}], "calls": []},
         "attachments": {"aa11": "flag{abc}", "bb22": "Find the flag in /srv.", "cc33": "I will run ls."},
         "total_time": NaN, "working_time": Infinity}
        """;

    [Fact]
    public void A_zstd_log_without_a_header_is_read_from_its_journal()
    {
        using var directory = new TemporaryDirectory();
        var path = EvalArchive.Write(
            directory.Path,
            "running.eval",
            ("_journal/start.json", Start, EvalArchive.Zstandard),
            ("samples/7_epoch_1.json", Sample, EvalArchive.Zstandard),
            ("samples/7_epoch_2.json", Sample.Replace("\"epoch\": 1", "\"epoch\": 2", StringComparison.Ordinal).Replace("\"C\"", "\"I\"", StringComparison.Ordinal), EvalArchive.Deflate));

        using var reader = InspectLogReader.Open(path);
        var samples = reader.ReadSamples().ToList();

        Assert.Empty(reader.Diagnostics);
        var log = reader.Log!;
        Assert.True(log.InProgress);
        Assert.Equal("started", log.Status);
        Assert.Equal("ctf_demo", log.Task);
        Assert.Equal(2, samples.Count);
        Assert.Equal(ScoreOutcome.Success, samples[0].Scores["flag"].Outcome);
        Assert.Equal(ScoreOutcome.Failure, samples[1].Scores["flag"].Outcome);
    }

    [Fact]
    public void A_zstd_sample_far_larger_than_the_decoders_buffers_is_read_whole()
    {
        var text = string.Concat(Enumerable.Repeat("ls -la /srv/ctf && cat flag.txt; ", 100_000));
        var large = "{\"id\": 1, \"epoch\": 1, \"messages\": [{\"role\": \"tool\", \"content\": \"" + text + "\"}]}";
        using var directory = new TemporaryDirectory();
        var path = EvalArchive.Write(directory.Path, "large.eval", ("header.json", Start, EvalArchive.Zstandard), ("samples/1_epoch_1.json", large, EvalArchive.Zstandard));

        using var reader = InspectLogReader.Open(path);
        var sample = Assert.Single(reader.ReadSamples());

        Assert.Empty(reader.Diagnostics);
        Assert.Equal(text, sample.Messages.Single().Text);
    }

    [Fact]
    public void Every_elicitation_condition_is_kept()
    {
        using var directory = new TemporaryDirectory();
        var path = EvalArchive.Write(directory.Path, "conditions.eval", ("_journal/start.json", Start, EvalArchive.Stored));

        using var reader = InspectLogReader.Open(path);

        var conditions = reader.Log!.Conditions;
        Assert.Equal("example/model-1", conditions.Model);
        Assert.Equal(0.5, conditions.GenerateConfig["temperature"].GetDouble());
        Assert.Equal(4096, conditions.GenerateConfig["max_tokens"].GetInt32());
        Assert.Equal("high", conditions.PlanGenerateConfig["reasoning_effort"].GetString());
        Assert.Equal(50, conditions.MessageLimit);
        Assert.Equal(200_000, conditions.TokenLimit);
        Assert.Equal(3600, conditions.TimeLimitSeconds);
        Assert.Equal(1800, conditions.WorkingLimitSeconds);
        Assert.Equal(2, conditions.Epochs);
        Assert.Equal("basic_agent", conditions.Plan.Single().Solver);
        Assert.Equal(3, conditions.Plan.Single().Parameters!.Value.GetProperty("max_attempts").GetInt32());
        Assert.Equal("human", conditions.Approval!.Value.GetProperty("approvers")[0].GetProperty("name").GetString());
        Assert.Equal("refusal classifier on", conditions.Metadata!.Value.GetProperty("safeguards").GetString());
        Assert.Equal("compose.yaml", conditions.Sandbox!.Value.GetProperty("config").GetString());
    }

    [Fact]
    public void Attachments_and_pooled_messages_are_resolved_and_non_finite_numbers_read()
    {
        using var directory = new TemporaryDirectory();
        var path = EvalArchive.Write(directory.Path, "pooled.eval", ("_journal/start.json", Start, EvalArchive.Deflate), ("samples/7_epoch_1.json", Sample, EvalArchive.Zstandard));

        using var reader = InspectLogReader.Open(path);
        var sample = Assert.Single(reader.ReadSamples());

        Assert.Equal("7", sample.Id);
        Assert.Equal("flag{abc}", sample.Scores["flag"].Answer);
        Assert.Equal("Find the flag in /srv.", sample.Messages[0].Text);
        Assert.Equal("think\ntry ls", sample.Messages[1].Text);
        Assert.Equal(["bash"], sample.Messages[1].ToolCalls);
        var call = Assert.Single(sample.ModelCalls);
        Assert.Equal(["You are a CTF player.", "Find the flag in /srv."], call.Input.Select(m => m.Text));
        Assert.Equal("I will run ls.", call.Completion);
        Assert.True(double.IsNaN(sample.TotalTime!.Value));
        Assert.Equal(double.PositiveInfinity, sample.WorkingTime);
    }

    [Fact]
    public void Bare_NaN_and_infinities_in_a_json_log_are_numbers_and_strings_that_spell_them_stay_text()
    {
        using var directory = new TemporaryDirectory();
        var path = Path.Combine(directory.Path, "nan.json");
        File.WriteAllText(path, """
            {"version": 2, "status": "success",
             "eval": {"task": "t", "model": "m/x", "task_args": {"note": "NaN and Infinity in text"}},
             "results": {"scores": [{"name": "s", "scorer": "s", "metrics": {"stderr": {"name": "stderr", "value": NaN},
                         "lo": {"name": "lo", "value": -Infinity}, "hi": {"name": "hi", "value": Infinity}}}]},
             "samples": [{"id": "a", "epoch": 1, "scores": {"s": {"value": 1.0}}, "total_time": -Infinity}]}
            """);

        using var reader = InspectLogReader.Open(path);
        var sample = Assert.Single(reader.ReadSamples());

        Assert.Empty(reader.Diagnostics);
        var metrics = reader.Log!.Scorers.Single().Metrics;
        Assert.True(double.IsNaN(metrics["stderr"]));
        Assert.Equal(double.NegativeInfinity, metrics["lo"]);
        Assert.Equal(double.PositiveInfinity, metrics["hi"]);
        Assert.Equal("NaN and Infinity in text", reader.Log.Conditions.TaskArgs!.Value.GetProperty("note").GetString());
        Assert.Equal(double.NegativeInfinity, sample.TotalTime);
    }

    [Fact]
    public void A_damaged_sample_is_reported_with_its_member_and_the_others_still_read()
    {
        using var directory = new TemporaryDirectory();
        var path = EvalArchive.Write(
            directory.Path,
            "damaged.eval",
            ("header.json", Start.Replace("\"version\": 2,", "\"version\": 2, \"status\": \"success\",", StringComparison.Ordinal), EvalArchive.Deflate),
            ("samples/1_epoch_1.json", "{\"id\": 1, \"epoch\": 1, \"scores\": {", EvalArchive.Zstandard),
            ("samples/2_epoch_1.json", "{\"id\": 2, \"epoch\": 1, \"scores\": {\"flag\": {\"value\": true}}, \"messages\": [{\"role\": \"user\", \"content\": \"attachment://missing\"}]}", EvalArchive.Deflate));

        using var reader = InspectLogReader.Open(path);
        var samples = reader.ReadSamples().ToList();

        Assert.Equal("success", reader.Log!.Status);
        Assert.False(reader.Log.InProgress);
        Assert.Equal("2", Assert.Single(samples).Id);
        Assert.Equal(2, reader.Diagnostics.Count);
        Assert.StartsWith("samples/1_epoch_1.json", reader.Diagnostics[0].Location, StringComparison.Ordinal);
        Assert.Equal("samples/2_epoch_1.json/attachments", reader.Diagnostics[1].Location);
        Assert.Contains("missing", reader.Diagnostics[1].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_log_that_kept_no_samples_is_read_from_its_summaries()
    {
        using var directory = new TemporaryDirectory();
        var path = EvalArchive.Write(
            directory.Path,
            "summaries.eval",
            ("header.json", Start, EvalArchive.Deflate),
            ("summaries.json", "[{\"id\": 1, \"epoch\": 1, \"scores\": {\"flag\": {\"value\": \"C\"}}}, {\"id\": 2, \"epoch\": 1, \"scores\": {\"flag\": {\"value\": \"P\"}}, \"limit\": \"message\"}]", EvalArchive.Zstandard));

        using var reader = InspectLogReader.Open(path);
        var samples = reader.ReadSamples().ToList();

        Assert.Equal(2, samples.Count);
        Assert.All(samples, s => Assert.True(s.FromSummary));
        Assert.Equal("message", samples[1].Limit);
    }
}
