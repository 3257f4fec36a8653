using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Clearinghouse.Jobs;

public static class JobsModule
{
    /// <summary>The job worker, as a hosted service, with its options from the <c>Jobs</c> section. Handlers are added with <see cref="AddJobHandler{THandler}"/>.</summary>
    public static IServiceCollection AddJobs(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<JobsOptions>().Bind(configuration.GetSection("Jobs"))
            .Validate(
                o => o.PollInterval > TimeSpan.Zero && o.LeaseDuration > TimeSpan.Zero && o.RetryBaseDelay >= TimeSpan.Zero
                    && o.RetryMaxDelay >= o.RetryBaseDelay && o.KeepSucceededFor >= TimeSpan.Zero,
                "Jobs: PollInterval and LeaseDuration must be positive, RetryMaxDelay at least RetryBaseDelay, and no delay negative.")
            .ValidateOnStart();
        services.TryAddSingleton<JobWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<JobWorker>());
        return services;
    }

    /// <summary>Registers the handler of one job kind; it is resolved from a fresh scope for every attempt.</summary>
    public static IServiceCollection AddJobHandler<THandler>(this IServiceCollection services)
        where THandler : class, IJobHandler
    {
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IJobHandler, THandler>());
        return services;
    }
}
