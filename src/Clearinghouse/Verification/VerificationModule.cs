using Clearinghouse.Jobs;
using Clearinghouse.Verification.Sandbox;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Clearinghouse.Verification;

public static class VerificationModule
{
    public static IServiceCollection AddVerification(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<VerificationOptions>().Bind(configuration)
            .Validate(o => o.Runs >= 1 && o.RunTimeLimit > TimeSpan.Zero && o.MemoryLimitBytes >= 0, "Verification: Runs at least 1, a positive RunTimeLimit, no negative memory limit.")
            .ValidateOnStart();
        services.AddSingleton(sp => new ReproductionSandbox(new SandboxSettings(sp.GetRequiredService<IOptions<VerificationOptions>>().Value.BwrapPath), sp.GetRequiredService<TimeProvider>()));
        services.AddJobHandler<ReproduceFinding>();
        return services;
    }
}
