using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Clearinghouse.Access;
using Clearinghouse.Contracts.Findings;
using Clearinghouse.Contracts.Participants;
using Clearinghouse.Findings;
using Clearinghouse.Participants;
using Clearinghouse.Standards.Json;
using Clearinghouse.Storage;
using Clearinghouse.Testing;

namespace Clearinghouse.Benchmarks;

/// <summary>
/// Findings intake end to end (issue 5), timed with a stopwatch rather than BenchmarkDotNet because one operation takes
/// seconds and needs a fresh database: the bare <see cref="JsonDocument.Parse(Stream, JsonDocumentOptions)"/> of the log,
/// <see cref="SarifFindings.Read"/> alone, and read + normalize + <see cref="Intake.SubmitAsync"/> into a freshly
/// migrated database, the same steps as <c>POST /api/findings/sarif</c> without HTTP and the upload spool.
/// </summary>
public static class FindingsIngest
{
    private static readonly FindingTarget Target = new() { Repository = "https://github.com/WebGoat/WebGoat", Commit = "8d9c1f0e2b7a6c5d4e3f2a1b0c9d8e7f6a5b4c3d" };

    private static readonly FindingsOptions Options = new() { EvidenceKey = Convert.ToBase64String(new byte[32]) };

    // The generated logs name a repository and no aliases, which the knowledge base is never asked about.
    private static readonly NoKnownVulnerabilities NoPublishedVulnerabilities = new();

    public static async Task RunAsync(string log, DatabaseProvider provider, int warmups, int iterations)
    {
        var size = new FileInfo(log).Length;
        Console.WriteLine($"# {log}: {size:N0} bytes; {provider}; {warmups} warm-up, {iterations} measured iterations");
        var vault = new EvidenceVault(Microsoft.Extensions.Options.Options.Create(Options));
        for (var i = -warmups; i < iterations; i++)
        {
            var label = i < 0 ? "warm-up" : $"iteration {i + 1}";
            var parse = Time(() => BareParse(log));
            var read = Time(() => ReadLog(log).Count);

            var timings = new IntakeTimings();
            await using var db = await FreshDatabaseAsync(provider, timings);
            var caller = await CallerAsync(db);
            timings.Reset();
            var total = Stopwatch.StartNew();
            var step = Stopwatch.StartNew();
            var submissions = ReadLog(log);
            var readTime = step.Elapsed;
            step.Restart();
            var requestHash = HashFile(log);
            var (replay, _) = await Intake.FindReplayAsync(db, caller, requestHash, null, CancellationToken.None);
            var hashTime = step.Elapsed;
            step.Restart();
            var errors = new Dictionary<string, string[]>();
            var normalized = FindingRules.NormalizeAll(submissions, "results", Options, errors);

            var normalizeTime = step.Elapsed;
            if (errors.Count > 0 || replay is not null)
            {
                throw new InvalidOperationException($"{errors.Count} findings refused, e.g. {errors.First().Key}: {errors.First().Value[0]}");
            }

            step.Restart();
            var result = await Intake.SubmitAsync(db, caller, new Intake.Request("sarif", requestHash, null, normalized), vault, NoPublishedVulnerabilities, CancellationToken.None);
            var submitTime = step.Elapsed;
            var endToEnd = total.Elapsed;

            // Not part of the end-to-end time: what the fingerprints alone cost inside SubmitAsync.
            var fingerprints = Time(() => normalized.Sum(f => FindingFingerprints.Compute(f).Count));
            var count = submissions.Count;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{label}: {count:N0} results | bare parse {parse.Seconds:F2} s | SarifFindings.Read {read.Seconds:F2} s | end to end {endToEnd.TotalSeconds:F2} s = {count / endToEnd.TotalSeconds:N0} results/s, {endToEnd.TotalSeconds / parse.Seconds:F1}x bare parse"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  breakdown: read+map {readTime.TotalSeconds:F2} s, hash+replay check {hashTime.TotalSeconds:F2} s, normalize {normalizeTime.TotalSeconds:F2} s, Intake.SubmitAsync {submitTime.TotalSeconds:F2} s (of which fingerprints alone ~{fingerprints.Seconds:F2} s)"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  database: EF Core SaveChanges {timings.SaveChanges.TotalSeconds:F2} s; commands: {timings.Report()}"));
            var (bulkRows, bulkTime) = db.BulkWritten;
            var floor = bulkTime + timings.Commits;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  bulk writes: {bulkRows:N0} rows in {db.BulkStatements:N0} statements, {bulkTime.TotalSeconds:F2} s; commit {timings.Commits.TotalSeconds:F2} s; writing alone allows at most {count / floor.TotalSeconds:N0} results/s"));
            Console.WriteLine($"  outcome: {result.NewCases:N0} new cases, {result.JoinedCases:N0} joined, {result.AlreadySubmitted:N0} already submitted; {await CountAsync(db):N0} findings stored");
        }
    }

    /// <summary>
    /// The cost of one more finding against a database already holding many: pre-loads unique findings (made from the
    /// log's results under new module folders) in batches, and at each size in <paramref name="sizes"/> times single
    /// submissions, each on a context of its own as an HTTP request has: a new finding, and one already stored.
    /// </summary>
    public static async Task MarginalAsync(string log, DatabaseProvider provider, IReadOnlyList<int> sizes, int probes, int batch)
    {
        var vault = new EvidenceVault(Microsoft.Extensions.Options.Options.Create(Options));
        var templates = ReadLog(log).DistinctBy(s => s.ExternalId).ToList();
        Console.WriteLine($"# marginal cost on {provider}: {templates.Count:N0} distinct templates from {log}; pre-load batches of {batch:N0}; {probes} probes per size");
        var target = TestDatabases.Create(provider);
        Principal caller;
        await using (var setup = ClearinghouseDb.Open(target, TimeProvider.System))
        {
            await SchemaMigrations.ApplyAsync(setup, CancellationToken.None);
            caller = await CallerAsync(setup);
        }

        var loaded = 0;
        var variant = 0;
        var loadTime = TimeSpan.Zero;
        foreach (var size in sizes)
        {
            var load = Stopwatch.StartNew();
            while (loaded < size)
            {
                var take = Math.Min(batch, size - loaded);
                var findings = Enumerable.Range(0, take).Select(n => Variant(templates[(loaded + n) % templates.Count], variant++)).ToList();
                await SubmitAsync(target, caller, vault, findings);
                loaded += take;
            }

            loadTime += load.Elapsed;
            var fresh = new List<double>();
            var again = new List<double>();
            for (var p = 0; p < probes; p++)
            {
                var one = Variant(templates[p % templates.Count], variant++);
                fresh.Add(await TimeAsync(() => SubmitAsync(target, caller, vault, [one])));
                again.Add(await TimeAsync(() => SubmitAsync(target, caller, vault, [one with { ExternalId = one.ExternalId + "/again" }])));
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{size,9:N0} findings stored (loaded in {loadTime.TotalSeconds:F0} s so far, {loaded / loadTime.TotalSeconds:N0}/s): one new finding median {Median(fresh):F1} ms (p90 {Percentile(fresh, 0.9):F1}), one corroborating finding median {Median(again):F1} ms (p90 {Percentile(again, 0.9):F1})"));
            loaded += probes * 2;
        }
    }

    private static FindingSubmission Variant(FindingSubmission template, int variant)
    {
        var suffix = "/" + variant.ToString(CultureInfo.InvariantCulture);
        return template with
        {
            Location = template.Location is { } location ? location with { File = $"preload/{variant / 1000:D4}/{location.File}" } : new FindingLocation { File = $"preload/{variant}" },
            ExternalId = template.ExternalId + suffix,
            PartialFingerprints = template.PartialFingerprints?.ToDictionary(p => p.Key, p => p.Value + suffix),
        };
    }

    private static async Task SubmitAsync(DatabaseTarget target, Principal caller, EvidenceVault vault, List<FindingSubmission> submissions)
    {
        await using var db = ClearinghouseDb.Open(target, TimeProvider.System);
        var requestHash = Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(submissions, Contracts.ContractJson.Options)));
        var (replay, _) = await Intake.FindReplayAsync(db, caller, requestHash, null, CancellationToken.None);
        var errors = new Dictionary<string, string[]>();
        var normalized = submissions.Select((s, i) => FindingRules.Normalize(s, $"findings[{i}]", Options, errors)).OfType<NormalizedFinding>().ToList();
        if (errors.Count > 0 || replay is not null)
        {
            throw new InvalidOperationException($"{errors.Count} findings refused, replayed: {replay is not null}");
        }

        await Intake.SubmitAsync(db, caller, new Intake.Request("native", requestHash, null, normalized), vault, NoPublishedVulnerabilities, CancellationToken.None);
    }

    /// <summary>
    /// Reading alone, with no database: the bare parse and <see cref="SarifFindings.Read"/> of the log, alternating, each
    /// timed by wall clock and by the process's CPU time (less disturbed than wall time when other work shares the machine).
    /// </summary>
    public static void ReadOnly(string log, int iterations)
    {
        Console.WriteLine($"# {log}: {new FileInfo(log).Length:N0} bytes; bare parse and SarifFindings.Read, alternating, {iterations} iterations");
        for (var i = 1; i <= iterations; i++)
        {
            GC.Collect();
            var parse = Time(() => BareParse(log));
            GC.Collect();
            var read = Time(() => ReadLog(log).Count);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"iteration {i}: bare parse {parse.Seconds:F2} s wall, {parse.Cpu:F2} s CPU | SarifFindings.Read {read.Seconds:F2} s wall, {read.Cpu:F2} s CPU | ratio {read.Seconds / parse.Seconds:F1}x wall, {read.Cpu / parse.Cpu:F1}x CPU"));
        }
    }

    /// <summary>The bare parse the intake is compared with: the whole log into a document, nothing else.</summary>
    private static int BareParse(string log)
    {
        using var stream = Open(log);
        using var document = JsonDocument.Parse(stream);
        return document.RootElement.GetProperty("runs").GetArrayLength();
    }

    private static List<FindingSubmission> ReadLog(string log)
    {
        var diagnostics = new List<JsonDiagnostic>();
        var findings = SarifFindings.Read(() => Open(log), Target, null, diagnostics).ToList();
        return diagnostics.Count == 0 ? findings : throw new InvalidOperationException($"The generated log is not valid SARIF: {diagnostics[0].Location}: {diagnostics[0].Reason}");
    }

    private static FileStream Open(string path) => new(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);

    private static string HashFile(string path)
    {
        using var stream = Open(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    private static async Task<ClearinghouseDb> FreshDatabaseAsync(DatabaseProvider provider, IntakeTimings timings)
    {
        var target = TestDatabases.Create(provider);
        var builder = new Microsoft.EntityFrameworkCore.DbContextOptionsBuilder<ClearinghouseDb>().AddInterceptors(timings);
        var db = new ClearinghouseDb(ClearinghouseDb.Configure(builder, target), target, TimeProvider.System);
        await SchemaMigrations.ApplyAsync(db, CancellationToken.None);
        return db;
    }

    /// <summary>The instance's first administrator, created as <c>admin init</c> does, submitting as a token of theirs would.</summary>
    private static async Task<Principal> CallerAsync(ClearinghouseDb db)
    {
        var outcome = await InitializeInstance.RunAsync(db, "Benchmark staff", new NewMember { DisplayName = "Bench Admin", Email = "bench@clearinghouse.example" }, CancellationToken.None);
        var enrolment = outcome.Enrolment ?? throw new InvalidOperationException(outcome.Refusal);
        db.ChangeTracker.Clear();
        return new Principal(MemberId.From(enrolment.Admin.Id), OrganizationId.From(enrolment.Organization.Id), OrganizationKind.ClearinghouseStaff, MemberRole.Admin,
            TokenId.From(enrolment.AdminToken.Token.Id));
    }

    private static async Task<long> CountAsync(ClearinghouseDb db) =>
        await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.LongCountAsync(db.Set<Finding>());

    /// <summary>The wall time and the process's CPU time (every thread) of <paramref name="action"/>, and what it returned.</summary>
    private static (double Seconds, double Cpu, int Value) Time(Func<int> action)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var value = action();
        return (watch.Elapsed.TotalSeconds, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds, value);
    }

    private static async Task<double> TimeAsync(Func<Task> action)
    {
        var watch = Stopwatch.StartNew();
        await action();
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values) => Percentile(values, 0.5);

    private static double Percentile(List<double> values, double share)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)(share * sorted.Count))];
    }
}
