using Clearinghouse.Audit;
using Clearinghouse.Jobs;
using Clearinghouse.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Clearinghouse.Tests.Jobs;

/// <summary>
/// A migrated test database and workers on it. Each worker has its own service provider, so its own contexts and
/// connections, as a separate server process would; all share the test's manual clock and execution counts.
/// </summary>
internal sealed class WorkerHarness : IAsyncDisposable
{
    private readonly List<ServiceProvider> providers = [];

    private WorkerHarness(DatabaseTarget target)
    {
        Target = target;
    }

    public DatabaseTarget Target { get; }

    public ManualClock Clock { get; } = new();

    public TestJobs.Executions Executions { get; } = new();

    public static async Task<WorkerHarness> CreateAsync(DatabaseProvider provider)
    {
        var harness = new WorkerHarness(TestDatabases.Create(provider));
        await using var db = harness.Open();
        await SchemaMigrations.ApplyAsync(db, CancellationToken.None);
        return harness;
    }

    public JobWorker NewWorker(Action<JobsOptions>? configure = null, Action<IServiceCollection>? services = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Database"] = Target.ConnectionString, ["MigrateOnStart"] = "false" })
            .Build();
        var collection = new ServiceCollection();
        services?.Invoke(collection);
        collection.AddLogging();
        collection.AddSingleton<TimeProvider>(Clock);
        collection.AddSingleton(Executions);
        collection.AddStorage(configuration);
        collection.AddJobs(configuration);
        collection.Configure<JobsOptions>(o => configure?.Invoke(o));
        collection.AddJobHandler<TestJobs.CountingHandler>();
        collection.AddJobHandler<TestJobs.ThrowingHandler>();
        collection.AddJobHandler<TestJobs.GivingUpHandler>();
        collection.AddJobHandler<TestJobs.BlockingHandler>();
        collection.AddJobHandler<TestJobs.MeetingHandler>();
        var built = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        providers.Add(built);
        return built.GetRequiredService<JobWorker>();
    }

    public ClearinghouseDb Open() => ClearinghouseDb.Open(Target, Clock);

    /// <summary>Enqueues jobs together with an audited change and commits them, as a use case does.</summary>
    public async Task<List<JobId>> EnqueueAsync(string kind, int count = 1, int maxAttempts = JobQueue.DefaultMaxAttempts, DateTimeOffset? runAfter = null)
    {
        await using var db = Open();
        var ids = Enumerable.Range(0, count).Select(i => JobQueue.Enqueue(db, kind, new TestJobs.Note($"note {i}"), maxAttempts, runAfter)).ToList();
        RecordChange(db);
        await db.SaveChangesAsync();
        return ids;
    }

    public async Task<Job> JobAsync(JobId id)
    {
        await using var db = Open();
        return await db.Set<Job>().AsNoTracking().SingleAsync(j => j.Id == id);
    }

    public async Task<List<Job>> JobsAsync()
    {
        await using var db = Open();
        return await db.Set<Job>().AsNoTracking().ToListAsync();
    }

    /// <summary>The audited state change a job is the outbox of.</summary>
    public static void RecordChange(ClearinghouseDb db) =>
        db.Record(null, "test.changed", "test", "1", null, null, new { Changed = true });

    public async ValueTask DisposeAsync()
    {
        foreach (var provider in providers)
        {
            await provider.DisposeAsync();
        }
    }
}
