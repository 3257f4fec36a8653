using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Clearinghouse.Standards.Inspect;
using Spectre.Console;

namespace Clearinghouse.Cli.Commands;

/// <summary>
/// <c>frontier summarize LOG</c>: reads a UK AISI Inspect log (<c>.eval</c> or <c>.json</c>) offline and prints, per
/// scorer, the success rate with its 95% interval beside the metrics Inspect recorded. Success is what
/// <see cref="InspectScoreOutcome"/> says (only a fully correct attempt); the interval is Wilson's, clustered by sample
/// when there are several epochs (<see cref="InspectScorerSummary"/>). Exit 0 summarized, 2 unreadable input.
/// </summary>
public static class FrontierSummarizeCommand
{
    public static Command Build(CliConsole console)
    {
        var log = new Argument<FileInfo>("log") { Description = "An Inspect evaluation log: a .eval archive or a .json log." };
        var command = new Command("summarize", "Summarize an Inspect evaluation log offline: model, task, samples, epochs and each scorer's success rate with a 95% interval.")
        {
            log,
        };
        command.SetAction(async (parse, ct) =>
        {
            var file = parse.GetValue(log)!;
            if (!file.Exists)
            {
                await console.Error.WriteLineAsync($"No such file: {file.FullName}");
                return ExitCodes.Usage;
            }

            using var reader = InspectLogReader.Open(file.FullName);
            if (reader.Log is null)
            {
                await console.Error.WriteLineAsync($"{file.Name} is not a readable Inspect log: {string.Join("; ", reader.Diagnostics)}");
                return ExitCodes.Usage;
            }

            var json = parse.GetValue(CliOptions.Json);
            InspectLogSummary summary = null!;
            if (console.Ansi.Profile.Capabilities.Interactive && !json)
            {
                await console.Ansi.Progress().AutoClear(true).StartAsync(async context =>
                {
                    var task = context.AddTask($"Reading {file.Name}", maxValue: file.Length);
                    summary = InspectLogSummary.Summarize(reader, new Progress<InspectReadProgress>(p => task.Value = p.BytesRead))!;
                    task.Value = file.Length;
                    await Task.CompletedTask;
                });
            }
            else
            {
                summary = InspectLogSummary.Summarize(reader)!;
            }

            foreach (var problem in reader.Diagnostics)
            {
                await console.Error.WriteLineAsync($"warning: {problem}");
            }

            if (json)
            {
                await console.Output.WriteLineAsync(Json(summary));
            }
            else
            {
                Show(console.Ansi, summary);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>
    /// Exactly <c>{"model", "task", "samples", "epochs", "scorers": [{"name", "successRate", "ci95", "recorded"}]}</c>;
    /// a rate with nothing scored, and recorded metrics that are not finite (Inspect writes NaN), are null.
    /// </summary>
    private static string Json(InspectLogSummary summary)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteString("model", summary.Log.Conditions.Model);
            writer.WriteString("task", summary.Log.Task);
            writer.WriteNumber("samples", summary.Samples);
            writer.WriteNumber("epochs", summary.Epochs);
            writer.WriteStartArray("scorers");
            foreach (var scorer in summary.Scorers)
            {
                writer.WriteStartObject();
                writer.WriteString("name", scorer.Name);
                Number(writer, "successRate", scorer.SuccessRate);
                writer.WriteStartArray("ci95");
                writer.WriteNumberValue(scorer.Interval.Low);
                writer.WriteNumberValue(scorer.Interval.High);
                writer.WriteEndArray();
                writer.WriteStartObject("recorded");
                foreach (var (metric, value) in scorer.Recorded)
                {
                    Number(writer, metric, value);
                }

                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Number(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } number && double.IsFinite(number))
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void Show(IAnsiConsole ansi, InspectLogSummary summary)
    {
        var log = summary.Log;
        var conditions = log.Conditions;
        var limits = new[]
        {
            conditions.MessageLimit is { } m ? $"{m} messages" : null,
            conditions.TokenLimit is { } t ? $"{t:N0} tokens" : null,
            conditions.TimeLimitSeconds is { } s ? $"{s} s" : null,
            conditions.WorkingLimitSeconds is { } w ? $"{w} s working" : null,
        }.Where(l => l is not null);
        var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        grid.AddRow("Task", Markup.Escape(log.Task));
        grid.AddRow("Model", Markup.Escape(conditions.Model));
        grid.AddRow("Status", Markup.Escape(log.Status + (log.InProgress ? " (no header: read from the journal)" : "")));
        grid.AddRow("Samples", $"{summary.Samples} x {summary.Epochs} epoch(s)");
        grid.AddRow("Plan", Markup.Escape(conditions.Solver ?? string.Join(" -> ", conditions.Plan.Select(p => p.Solver))));
        grid.AddRow("Limits", Markup.Escape(string.Join(", ", limits) is { Length: > 0 } text ? text : "none recorded"));
        ansi.Write(grid);

        var table = new Table().AddColumns("Scorer", "Successes", "Success rate", "95% interval", "Recorded");
        foreach (var scorer in summary.Scorers)
        {
            table.AddRow(
                Markup.Escape(scorer.Name),
                $"{scorer.Successes} / {scorer.Scored}" + (scorer.Unscorable > 0 ? $" ({scorer.Unscorable} unscored)" : ""),
                scorer.SuccessRate is { } rate ? Percent(rate) : "-",
                $"{Percent(scorer.Interval.Low)} - {Percent(scorer.Interval.High)}",
                Markup.Escape(string.Join(", ", scorer.Recorded.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Key} {r.Value:0.####}")))));
        }

        ansi.Write(table);
    }

    private static string Percent(double share) => string.Create(CultureInfo.InvariantCulture, $"{share * 100:0.0}%");
}
