using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Clearinghouse.Storage;

public static partial class StorageModule
{
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        var options = new StorageOptions();
        configuration.Bind(options);
        if (!DatabaseTarget.TryParse(options.Database, out var target, out var error))
        {
            throw new InvalidOperationException(error);
        }

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(target);
        services.AddSingleton(options);
        services.AddDbContext<ClearinghouseDb>(builder => ClearinghouseDb.Configure((DbContextOptionsBuilder<ClearinghouseDb>)builder, target));
        if (options.MigrateOnStart)
        {
            services.AddHostedService<MigrateOnStart>();
        }

        return services;
    }

    private sealed partial class MigrateOnStart(IServiceScopeFactory scopes, DatabaseTarget target, ILogger<MigrateOnStart> log) : IHostedService
    {
        public async Task StartAsync(CancellationToken cancellationToken)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ClearinghouseDb>();
            var report = await SchemaMigrations.ApplyAsync(db, cancellationToken);
            Migrated(log, target, report.CurrentVersion, report.Applied.Count);
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        [LoggerMessage(Level = LogLevel.Information, Message = "Database {Database} at schema version {Version} ({Applied} migrations applied now)")]
        private static partial void Migrated(ILogger logger, DatabaseTarget database, int version, int applied);
    }
}
