using System.Text.Json;
using Clearinghouse.Access;
using Clearinghouse.Contracts;
using Clearinghouse.Contracts.FrontierModels;
using Clearinghouse.Findings;
using Clearinghouse.Http;
using Clearinghouse.Standards.Inspect;
using Clearinghouse.Standards.Json;
using Clearinghouse.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Clearinghouse.FrontierModels;

/// <summary>
/// A cleared evaluator records a run of a registered model from a UK AISI Inspect log (<c>.eval</c> or <c>.json</c>),
/// through the same <see cref="EvaluationRunIntake"/> as the native format.
/// </summary>
/// <remarks>
/// <para>The body is spooled to a private temporary file (the reader needs to seek: a ZIP directory sits at the end)
/// and deleted afterwards; a log the reader cannot read, or any sample it cannot read, refuses the whole import with
/// the reader's diagnostics by location, and nothing is written. A log whose samples have no score is still the record
/// of an evaluation: it imports, flagged (<c>scoredSamples</c>, <c>warnings</c>), and counts in no rate.</para>
/// <para>How the log becomes a run:</para>
/// <list type="bullet">
/// <item>task key: <c>taskPrefix</c> followed by the sample's id (Inspect's <c>samples[].id</c>), so a log of
/// inspect_evals' Cybench, whose sample ids are the challenge names, maps onto a catalogue keyed the same way; every
/// key must be a task of the catalogue version, as for native runs;</item>
/// <item>one result per sample and epoch, scored by <c>scorer</c> (the log's first scorer by default): a success in
/// the sense of <see cref="InspectScoreOutcome"/> is 1, a failure its number when it is one in [0, 1) and otherwise 0;
/// an attempt without that score, or whose score is neither (a map, free text), is recorded unscored, not counted as failed;</item>
/// <item>conditions from the eval header: the model, the generate config (the plan's when the eval's is empty), the
/// message, token and time limits, the epochs, and the solver or the plan's steps as the scaffold. Whether the
/// model's safeguards were on is not in an Inspect log, so the importer says so with <c>safeguards</c>;</item>
/// <item>the marking from <c>level</c>, <c>compartment</c>, <c>dissemination</c>, <c>cui</c> and <c>group</c>.</item>
/// </list>
/// </remarks>
public static class ImportInspectLog
{
    /// <summary>The largest log accepted: Inspect's own test and evaluation logs are far smaller; transcripts are not the record.</summary>
    public const long MaxLogBytes = 256L * 1024 * 1024;

    public static async Task<Results<Created<EvaluationRunView>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid modelId, bool? safeguards, string? level, string? scorer, string? taskPrefix, int? catalogueVersion,
        [FromQuery] string[]? compartment, [FromQuery] string[]? dissemination, [FromQuery] string[]? cui, [FromQuery] string[]? group,
        Principal caller, HttpContext http, ClearinghouseDb db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(http);
        var (clearance, model, problem) = await EvaluationRunIntake.EvaluatorAsync(db, caller, modelId, ct);
        if (model is null)
        {
            return problem!;
        }

        if (safeguards is null)
        {
            return Problems.Invalid("safeguards", "Say whether the model's safeguards were on (safeguards=true or false); an Inspect log does not record it.");
        }

        if (ReadLevel(level) is not { } classification)
        {
            return Problems.Invalid("level", "The marking's level is one of U, CUI, C, S, TS.");
        }

        var spec = new MarkingSpec { Level = classification, Compartments = compartment, Dissemination = dissemination, CuiCategories = cui, Groups = group };
        if (FrontierAccess.CheckMarking(spec, out var marking) is { } badMarking)
        {
            return badMarking;
        }

        var spool = Path.Combine(Path.GetTempPath(), $"clearinghouse-inspect-{db.Clock.NewId():N}.log");
        try
        {
            await using (var file = PrivateFiles.CreateNew(spool))
            {
                var buffer = new byte[81920];
                long total = 0;
                int read;
                while ((read = await http.Request.Body.ReadAsync(buffer, ct)) > 0)
                {
                    total += read;
                    if (total > MaxLogBytes)
                    {
                        return SubmitFindings.TooLarge("An Inspect log", MaxLogBytes);
                    }

                    await file.WriteAsync(buffer.AsMemory(0, read), ct);
                }
            }

            using var reader = InspectLogReader.Open(new FileStream(spool, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16));
            if (reader.Log is not { } log)
            {
                return SubmitFindings.Refused("The Inspect log cannot be read", Named(reader.Diagnostics));
            }

            var score = scorer ?? (log.Scorers.Count > 0 ? log.Scorers[0].Name : null);
            var samples = new List<SampleResult>();
            long lastEpoch = 0;
            foreach (var sample in reader.ReadSamples())
            {
                lastEpoch = Math.Max(lastEpoch, sample.Epoch);
                score ??= sample.Scores.Keys.FirstOrDefault();
                var result = score is not null && sample.Scores.TryGetValue(score, out var value) ? ScoreOf(value) : null;
                samples.Add(new SampleResult { TaskKey = (taskPrefix ?? "") + sample.Id, Epoch = (int)Math.Min(sample.Epoch, int.MaxValue), Score = result });
            }

            if (reader.Diagnostics.Count > 0)
            {
                return SubmitFindings.Refused("The Inspect log has samples that cannot be read", Named(reader.Diagnostics));
            }

            if (samples.Count == 0)
            {
                return Problems.DomainRule("The Inspect log has no samples: there is no attempt to record.");
            }

            List<string> warnings = samples.All(s => s.Score is not null) ? []
                : [score is null
                    ? "The log names no scorer and its samples carry no scores."
                    : $"Unscored means without a pass/fail score from the scorer '{score}': the score is missing, or is neither a pass nor a failure."];
            var draft = new EvaluationRunIntake.Draft("inspect", catalogueVersion, Conditions(log, lastEpoch, safeguards.Value), samples, marking!, warnings);
            var (run, refusal) = await EvaluationRunIntake.RecordAsync(db, caller, clearance!, model, draft, ct);
            return run is null ? refusal! : TypedResults.Created($"/api/frontier/runs/{run.Id}", await GetEvaluationRun.ViewAsync(db, run, ct));
        }
        finally
        {
            File.Delete(spool);
        }
    }

    /// <summary>The eval header's conditions in the record's terms.</summary>
    internal static Contracts.FrontierModels.ElicitationConditions Conditions(InspectLog log, long lastEpoch, bool safeguards)
    {
        var header = log.Conditions;
        var scaffold = header.Solver ?? (header.Plan.Count > 0 ? string.Join(" > ", header.Plan.Select(s => s.Solver)) : "none recorded (generate)");
        var limits = new SampleLimits
        {
            Messages = Positive(header.MessageLimit ?? header.TurnLimit) is { } m ? (int)Math.Min(m, int.MaxValue) : null,
            Tokens = Positive(header.TokenLimit),
            TimeSeconds = Positive(header.TimeLimitSeconds ?? header.WorkingLimitSeconds) is { } t ? (int)Math.Min(t, int.MaxValue) : null,
        };
        return new Contracts.FrontierModels.ElicitationConditions
        {
            Model = header.Model,
            GenerateConfig = header.GenerateConfig.Count > 0 ? header.GenerateConfig : header.PlanGenerateConfig,
            Limits = limits is { Messages: null, Tokens: null, TimeSeconds: null } ? null : limits,
            Epochs = (int)Math.Clamp(header.Epochs ?? lastEpoch, 1, int.MaxValue),
            Scaffold = scaffold.Length > 500 ? scaffold[..500] : scaffold,
            SafeguardsEnabled = safeguards,
        };
    }

    /// <summary>1 for a success, a failure's fraction (else 0), null for a value that is neither.</summary>
    internal static double? ScoreOf(InspectScore score) => score.Outcome switch
    {
        ScoreOutcome.Success => 1,
        ScoreOutcome.Failure when score.Value.ValueKind == JsonValueKind.Number => score.Value.GetDouble(),
        ScoreOutcome.Failure => 0,
        _ => null,
    };

    private static long? Positive(long? value) => value > 0 ? value : null;

    private static ClassificationLevel? ReadLevel(string? level)
    {
        if (string.IsNullOrWhiteSpace(level))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<ClassificationLevel>(JsonSerializer.Serialize(level.Trim().ToUpperInvariant()), ContractJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static List<JsonDiagnostic> Named(IReadOnlyList<JsonDiagnostic> diagnostics) =>
        diagnostics.Count > 0 ? [.. diagnostics] : [new JsonDiagnostic("", "the log could not be read")];
}
