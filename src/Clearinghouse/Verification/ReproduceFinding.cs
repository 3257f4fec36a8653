using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Clearinghouse.Audit;
using Clearinghouse.Contracts;
using Clearinghouse.Contracts.Findings;
using Clearinghouse.Findings;
using Clearinghouse.Jobs;
using Clearinghouse.Storage;
using Clearinghouse.Verification.Sandbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Clearinghouse.Verification;

/// <summary>
/// The background job that reproduces a finding from its recipe: the recipe runs <see cref="VerificationOptions.Runs"/>
/// times in the sandbox against the affected version, and as many against the head when the recipe has one. The case is
/// validated when at least half the runs show the expected outcome; closed as already fixed when it reproduces on the
/// affected version but not on the head; rejected as not reproducible when it does not reproduce and nothing else in
/// the case is still to be verified. Each variant's result and log are kept with the case.
/// </summary>
public sealed class ReproduceFinding(ClearinghouseDb db, ReproductionSandbox sandbox, EvidenceVault vault, IOptions<VerificationOptions> options) : IJobHandler
{
    public const string JobKind = "reproduce-finding";

    public sealed record Payload(Guid FindingId);

    public string Kind => JobKind;

    public static void Enqueue(ClearinghouseDb db, FindingId finding) => JobQueue.Enqueue(db, JobKind, new Payload(finding.Value));

    public async Task<JobOutcome> RunAsync(JobContext job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        var findingId = FindingId.From(job.ReadPayload<Payload>().FindingId);
        var finding = await db.Set<Finding>().AsNoTracking().FirstOrDefaultAsync(f => f.Id == findingId, cancellationToken);
        if (finding?.Reproduction is null)
        {
            return JobOutcome.Fail($"Finding {findingId} has no reproduction recipe.");
        }

        if (await db.Set<Reproduction>().AnyAsync(r => r.FindingId == findingId, cancellationToken))
        {
            return JobOutcome.Succeeded;
        }

        var availability = await sandbox.CheckAvailabilityAsync(cancellationToken);
        if (!availability.IsAvailable)
        {
            return JobOutcome.Retry("The reproduction sandbox is not available: " + availability.Reason, TimeSpan.FromMinutes(5));
        }

        var recipe = JsonSerializer.Deserialize<ReproductionRecipe>(finding.Reproduction, ContractJson.Options)!;
        var files = await EvidenceAsync(findingId, cancellationToken);
        var affected = await RunVariantAsync("affected", recipe.Command, recipe.Files, recipe.Expect, finding, files, cancellationToken);
        var results = new List<(string Variant, int Matching, string Log)> { affected };
        var reproduced = Reproduces(affected.Matching);
        bool? headReproduced = null;
        if (reproduced && recipe.Head is { } head)
        {
            var onHead = await RunVariantAsync("head", head.Command ?? recipe.Command, head.Files ?? recipe.Files, recipe.Expect, finding, files, cancellationToken);
            results.Add(onHead);
            headReproduced = Reproduces(onHead.Matching);
        }

        var now = db.Clock.Now();
        foreach (var (variant, matching, log) in results)
        {
            db.Add(new Reproduction
            {
                Id = db.Clock.NewId(),
                CaseId = finding.CaseId,
                FindingId = findingId,
                Variant = variant,
                Runs = options.Value.Runs,
                MatchingRuns = matching,
                Reproduced = Reproduces(matching),
                Log = log,
                StartedAt = now,
                FinishedAt = now,
            });
        }

        var @case = await db.Set<VulnerabilityCase>().FirstAsync(c => c.Id == finding.CaseId, cancellationToken);
        var before = @case.ToView([]);
        if (@case.State is CaseState.New or CaseState.Triage or CaseState.Verifying)
        {
            if (reproduced && headReproduced == false)
            {
                @case.MoveTo(CaseState.Closed, RejectionReason.AlreadyFixed, now);
            }
            else if (reproduced && @case.ExtraTriage is null)
            {
                @case.MoveTo(CaseState.Validated, null, now);
            }
            else if (reproduced)
            {
                // A poor reporter's case is shielded from maintainers until an analyst's verdict validates it.
                @case.MoveTo(CaseState.Triage, null, now);
            }
            else if (!await OtherReproductionsPendingAsync(finding, cancellationToken))
            {
                @case.MoveTo(CaseState.Rejected, RejectionReason.NotReproducible, now);
            }
        }

        var action = @case.State == before.State ? "case.reproduction-recorded" : "case." + ContractJson.EnumName(@case.State);
        db.Record(null, action, "case", @case.Id.ToString(), null, before, @case.ToView([]));
        await db.SaveChangesAsync(cancellationToken);
        return JobOutcome.Succeeded;
    }

    private bool Reproduces(int matching) => matching * 2 >= options.Value.Runs;

    private async Task<bool> OtherReproductionsPendingAsync(Finding finding, CancellationToken ct)
    {
        var others = await db.Set<Finding>().AsNoTracking()
            .Where(f => f.CaseId == finding.CaseId && f.Id != finding.Id && f.Reproduction != null).Select(f => f.Id).ToListAsync(ct);
        if (others.Count == 0)
        {
            return false;
        }

        var done = await db.Set<Reproduction>().AsNoTracking().Where(r => others.Contains(r.FindingId)).Select(r => r.FindingId).Distinct().CountAsync(ct);
        return done < others.Count;
    }

    private async Task<Dictionary<string, byte[]>> EvidenceAsync(FindingId findingId, CancellationToken ct)
    {
        var named = await db.Set<FindingEvidence>().AsNoTracking().Where(e => e.FindingId == findingId).ToListAsync(ct);
        var hashes = named.Select(e => e.Sha256).ToList();
        var blobs = await db.Set<EvidenceBlob>().AsNoTracking().Where(b => hashes.Contains(b.Sha256)).ToDictionaryAsync(b => b.Sha256, ct);
        return named.ToDictionary(e => e.Name, e => vault.Open(blobs[e.Sha256]), StringComparer.Ordinal);
    }

    private async Task<(string Variant, int Matching, string Log)> RunVariantAsync(
        string variant, IReadOnlyList<string> command, IReadOnlyList<string>? fileNames, ExpectedOutcome expect, Finding finding, Dictionary<string, byte[]> evidence, CancellationToken ct)
    {
        var request = new SandboxRequest(command)
        {
            Files = (fileNames ?? []).ToDictionary(n => n, n => evidence[n], StringComparer.Ordinal),
            WallClockLimit = options.Value.RunTimeLimit,
            CpuTimeLimit = options.Value.RunTimeLimit,
            MemoryLimitBytes = options.Value.MemoryLimitBytes > 0 ? options.Value.MemoryLimitBytes : null,
        };
        var log = new StringBuilder();
        var matching = 0;
        for (var run = 1; run <= options.Value.Runs; run++)
        {
            var outcome = await sandbox.RunAsync(request, ct);
            var (matches, why) = Matches(outcome, expect, finding);
            matching += matches ? 1 : 0;
            log.Append($"{variant} run {run}: ").Append(outcome.Signal is { } signal ? signal.Name : $"exit {outcome.ExitCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"}")
                .Append(outcome.TimedOut ? ", timed out" : "").Append(matches ? ": as expected" : ": " + why).Append('\n');
            var output = outcome.Stderr.Text.Length > 0 ? outcome.Stderr.Text : outcome.Stdout.Text;
            log.Append(output.Length > 2000 ? output[..2000] + "\n[...]" : output).Append('\n');
        }

        return (variant, matching, log.ToString());
    }

    private static (bool Matches, string Why) Matches(SandboxOutcome outcome, ExpectedOutcome expect, Finding finding)
    {
        if (outcome.SandboxFailure is { } failure)
        {
            return (false, "the sandbox failed: " + failure);
        }

        if (expect.ExitCode is { } code && outcome.ExitCode != code)
        {
            return (false, $"expected exit {code}");
        }

        if (expect.Signal is { } signal && outcome.Signal?.Name != signal)
        {
            return (false, $"expected {signal}");
        }

        var output = outcome.Stdout.Text + "\n" + outcome.Stderr.Text;
        if (expect.OutputPattern is { } pattern)
        {
            try
            {
                if (!Regex.IsMatch(output, pattern, RegexOptions.None, TimeSpan.FromSeconds(1)))
                {
                    return (false, "the output does not match the expected pattern");
                }
            }
            catch (RegexMatchTimeoutException)
            {
                return (false, "the output pattern took too long to match");
            }
        }

        if (expect.SameCrashState == true)
        {
            var crash = CrashSignatures.Of(output);
            if (crash is null || crash.State != finding.CrashState || crash.Type != finding.CrashType)
            {
                return (false, crash is null ? "no crash report in the output" : $"crash state differs: {crash.Type} / {crash.State.Replace('\n', ' ')}");
            }
        }

        return (true, "");
    }
}
