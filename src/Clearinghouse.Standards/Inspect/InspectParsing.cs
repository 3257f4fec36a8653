using System.Text.Json;
using Clearinghouse.Standards.Json;

namespace Clearinghouse.Standards.Inspect;

/// <summary>Turns the parsed pieces of a log (header members, one sample) into the model.</summary>
internal static class InspectParsing
{
    private const string AttachmentProtocol = "attachment://";

    public static InspectLog Log(InspectLogFormat format, IReadOnlyDictionary<string, JsonElement> members, bool inProgress, string where, List<JsonDiagnostic> diagnostics)
    {
        var eval = members.GetValueOrDefault("eval");
        var plan = members.GetValueOrDefault("plan");
        var results = members.GetValueOrDefault("results");
        var stats = members.GetValueOrDefault("stats");
        var config = InspectJson.Member(eval, "config") ?? default;
        if (eval.ValueKind != JsonValueKind.Object)
        {
            diagnostics.Add(new JsonDiagnostic(where + "/eval", "the log has no eval section: the task and model are unknown"));
        }

        var task = InspectJson.Text(eval, "task");
        var model = InspectJson.Text(eval, "model");
        if (eval.ValueKind == JsonValueKind.Object && (task is null || model is null))
        {
            diagnostics.Add(new JsonDiagnostic(where + "/eval", "the eval section names no " + (task is null ? "task" : "model")));
        }

        var conditions = new ElicitationConditions
        {
            Model = model ?? "",
            ModelArgs = InspectJson.Clone(eval, "model_args"),
            ModelRoles = InspectJson.Clone(eval, "model_roles"),
            GenerateConfig = Map(eval, "model_generate_config"),
            PlanGenerateConfig = Map(plan, "config"),
            MessageLimit = InspectJson.Integer(config, "message_limit"),
            TokenLimit = InspectJson.Integer(config, "token_limit"),
            TurnLimit = InspectJson.Integer(config, "turn_limit"),
            TimeLimitSeconds = InspectJson.Integer(config, "time_limit"),
            WorkingLimitSeconds = InspectJson.Integer(config, "working_limit"),
            CostLimit = InspectJson.Number(config, "cost_limit"),
            Epochs = InspectJson.Integer(config, "epochs"),
            EpochsReducer = InspectJson.Texts(config, "epochs_reducer"),
            Solver = InspectJson.Member(eval, "solver") is { ValueKind: JsonValueKind.Object } solver ? InspectJson.Text(solver, "solver") : InspectJson.Text(eval, "solver"),
            SolverArgs = InspectJson.Clone(eval, "solver_args"),
            Plan = InspectJson.Items(plan, "steps")
                .Where(step => InspectJson.Text(step, "solver") is not null)
                .Select(step => new InspectPlanStep(InspectJson.Text(step, "solver")!, InspectJson.Clone(step, "params")))
                .ToList(),
            TaskArgs = InspectJson.Clone(eval, "task_args"),
            Sandbox = InspectJson.Clone(eval, "sandbox"),
            Approval = InspectJson.Clone(config, "approval"),
            Tags = InspectJson.Texts(eval, "tags"),
            Metadata = InspectJson.Clone(eval, "metadata"),
        };

        var scorers = new List<InspectScorerResult>();
        foreach (var score in InspectJson.Items(results, "scores"))
        {
            var name = InspectJson.Text(score, "name");
            if (name is null)
            {
                diagnostics.Add(new JsonDiagnostic(where + "/results/scores", "a score entry has no name; left out"));
                continue;
            }

            var metrics = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var metric in InspectJson.Properties(score, "metrics"))
            {
                if (InspectJson.Number(metric.Value, "value") is { } value)
                {
                    metrics[metric.Name] = value;
                }
            }

            scorers.Add(new InspectScorerResult(name, InspectJson.Text(score, "scorer") ?? name, InspectJson.Text(score, "reducer"), metrics));
        }

        var dataset = InspectJson.Member(eval, "dataset") ?? default;
        return new InspectLog
        {
            Format = format,
            Version = members.TryGetValue("version", out var version) && version.ValueKind == JsonValueKind.Number && version.TryGetInt64(out var v) ? v : 0,
            Status = members.TryGetValue("status", out var status) && status.ValueKind == JsonValueKind.String ? status.GetString()! : (inProgress ? "started" : "unknown"),
            InProgress = inProgress,
            Task = task ?? "",
            TaskId = InspectJson.Text(eval, "task_id"),
            TaskVersion = InspectJson.Id(eval, "task_version"),
            RunId = InspectJson.Text(eval, "run_id"),
            EvalId = InspectJson.Text(eval, "eval_id"),
            Created = InspectJson.Text(eval, "created"),
            Dataset = InspectJson.Text(dataset, "name"),
            DatasetSamples = InspectJson.Integer(dataset, "samples"),
            Conditions = conditions,
            TotalSamples = InspectJson.Integer(results, "total_samples"),
            CompletedSamples = InspectJson.Integer(results, "completed_samples"),
            Scorers = scorers,
            StartedAt = InspectJson.Text(stats, "started_at"),
            CompletedAt = InspectJson.Text(stats, "completed_at"),
            ModelUsage = Usage(stats),
            Error = members.TryGetValue("error", out var error) ? InspectJson.Text(error, "message") : null,
        };
    }

    /// <summary>A sample (or a sample summary) with its pooled messages and attachment references resolved.</summary>
    public static InspectSample? Sample(JsonElement root, string source, bool fromSummary, List<JsonDiagnostic> diagnostics)
    {
        var id = InspectJson.Id(root, "id");
        var epoch = InspectJson.Integer(root, "epoch");
        if (root.ValueKind != JsonValueKind.Object || id is null || epoch is null)
        {
            diagnostics.Add(new JsonDiagnostic(source, "not a sample: it needs an id and an epoch; left out"));
            return null;
        }

        var attachments = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var attachment in InspectJson.Properties(root, "attachments"))
        {
            if (attachment.Value.ValueKind == JsonValueKind.String)
            {
                attachments[attachment.Name] = attachment.Value.GetString()!;
            }
        }

        var unresolved = new SortedSet<string>(StringComparer.Ordinal);
        string Resolve(string text)
        {
            if (!text.StartsWith(AttachmentProtocol, StringComparison.Ordinal))
            {
                return text;
            }

            var hash = text[AttachmentProtocol.Length..];
            if (attachments.TryGetValue(hash, out var content))
            {
                return content;
            }

            unresolved.Add(hash);
            return text;
        }

        var scores = new Dictionary<string, InspectScore>(StringComparer.Ordinal);
        foreach (var score in InspectJson.Properties(root, "scores"))
        {
            scores[score.Name] = new InspectScore(
                InspectJson.Member(score.Value, "value")?.Clone() ?? default,
                InspectJson.Text(score.Value, "answer") is { } answer ? Resolve(answer) : null,
                InspectJson.Text(score.Value, "explanation") is { } explanation ? Resolve(explanation) : null);
        }

        // Pooled messages: "events_data.messages" since Inspect 0.3.13x, "message_pool" before.
        var eventsData = InspectJson.Member(root, "events_data") ?? default;
        var pool = InspectJson.Items(eventsData, "messages").Concat(InspectJson.Items(root, "message_pool")).Select(m => Message(m, Resolve)).ToList();
        var calls = new List<InspectModelCall>();
        var eventIndex = 0;
        foreach (var e in InspectJson.Items(root, "events"))
        {
            var at = source + "/events/" + eventIndex++;
            if (InspectJson.Text(e, "event") != "model")
            {
                continue;
            }

            var input = InspectJson.Items(e, "input").Select(m => Message(m, Resolve)).ToList();
            foreach (var range in InspectJson.Items(e, "input_refs"))
            {
                if (range.ValueKind != JsonValueKind.Array || range.GetArrayLength() != 2
                    || !range[0].TryGetInt32(out var start) || !range[1].TryGetInt32(out var end) || start < 0 || end < start)
                {
                    diagnostics.Add(new JsonDiagnostic(at + "/input_refs", "a message reference is not a [start, end) pair; left out"));
                    continue;
                }

                if (end > pool.Count)
                {
                    diagnostics.Add(new JsonDiagnostic(at + "/input_refs", $"messages {start} to {end - 1} are referenced, but the pool has {pool.Count}"));
                    end = pool.Count;
                }

                for (var i = start; i < end; i++)
                {
                    input.Add(pool[i]);
                }
            }

            var output = InspectJson.Member(e, "output") ?? default;
            var completion = InspectJson.Text(output, "completion") ?? "";
            calls.Add(new InspectModelCall(InspectJson.Text(e, "model") ?? "", input, Resolve(completion)));
        }

        var messages = InspectJson.Items(root, "messages").Select(m => Message(m, Resolve)).ToList();
        if (unresolved.Count > 0)
        {
            diagnostics.Add(new JsonDiagnostic(source + "/attachments", "references to attachments the sample does not hold: " + string.Join(", ", unresolved)));
        }

        var error = InspectJson.Member(root, "error");
        var limit = InspectJson.Member(root, "limit");
        return new InspectSample
        {
            Id = id,
            Epoch = epoch.Value,
            Source = source,
            FromSummary = fromSummary,
            Scores = scores,
            Error = error is { ValueKind: JsonValueKind.String } e1 ? e1.GetString() : error is { } e2 ? InspectJson.Text(e2, "message") : null,
            Limit = limit is { ValueKind: JsonValueKind.String } l1 ? l1.GetString() : limit is { } l2 ? InspectJson.Text(l2, "type") : null,
            TotalTime = InspectJson.Number(root, "total_time"),
            WorkingTime = InspectJson.Number(root, "working_time"),
            ModelUsage = Usage(root),
            Messages = messages,
            ModelCalls = calls,
        };
    }

    private static InspectMessage Message(JsonElement message, Func<string, string> resolve)
    {
        var role = InspectJson.Text(message, "role") ?? "";
        var content = InspectJson.Member(message, "content");
        var text = content switch
        {
            { ValueKind: JsonValueKind.String } s => resolve(s.GetString()!),
            { ValueKind: JsonValueKind.Array } parts => string.Join("\n", parts.EnumerateArray()
                .Select(part => InspectJson.Text(part, "text") ?? InspectJson.Text(part, "reasoning"))
                .Where(part => part is not null)
                .Select(part => resolve(part!))),
            _ => "",
        };
        var tools = InspectJson.Items(message, "tool_calls").Select(call => InspectJson.Text(call, "function")).Where(f => f is not null).Select(f => f!).ToList();
        return new InspectMessage(role, text, tools);
    }

    private static Dictionary<string, JsonElement> Map(JsonElement parent, string name) =>
        InspectJson.Properties(parent, name).Where(p => p.Value.ValueKind != JsonValueKind.Null).ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal);

    private static Dictionary<string, InspectTokenUsage> Usage(JsonElement parent) =>
        InspectJson.Properties(parent, "model_usage").ToDictionary(
            p => p.Name,
            p => new InspectTokenUsage(InspectJson.Integer(p.Value, "input_tokens") ?? 0, InspectJson.Integer(p.Value, "output_tokens") ?? 0, InspectJson.Integer(p.Value, "total_tokens") ?? 0),
            StringComparer.Ordinal);
}
